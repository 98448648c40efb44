/**
 * `onStatementsWritten(app, fn)`: runs `fn` after each response to a request that may have
 * stored statements (a successful write under /xapi/, or the cmi5 launcher's own under
 * /cmi5/), once the response has gone out, and whenever a service that writes statements
 * outside a request (the live sessions' votes, which come over a socket) says it did, with
 * `statementsWritten(app)`. The services that follow the store by seq (the analytics'
 * projector, the register's follower) schedule their catch-up here, so they agree on what
 * counts as a write; a statement stored by another process is read at their next catch-up anyway.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

const WRITES_UNDER = /^\/(xapi|cmi5)\//;

/** True for a request that may have stored statements, given the status it was answered with. */
export function mayHaveWritten(request: Pick<FastifyRequest, 'method' | 'url'>, statusCode: number): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && statusCode < 300 && WRITES_UNDER.test(request.url);
}

const followers = new WeakMap<FastifyInstance, (() => void)[]>();

export function onStatementsWritten(app: FastifyInstance, fn: () => void): void {
  let list = followers.get(app);
  if (!list) {
    const created: (() => void)[] = [];
    followers.set(app, (list = created));
    app.addHook('onResponse', async (request, reply) => {
      if (mayHaveWritten(request, reply.statusCode)) for (const follower of created) follower();
    });
  }
  list.push(fn);
}

/** Tells every follower that statements were stored by this process outside an xAPI request. */
export function statementsWritten(app: FastifyInstance): void {
  for (const follower of followers.get(app) ?? []) follower();
}
