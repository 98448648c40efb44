/**
 * `onStatementsWritten(app, fn)`: runs `fn` after each response to a request that may have
 * stored statements (a successful write under /xapi/, or the cmi5 launcher's own under
 * /cmi5/), once the response has gone out. The services that follow the store by seq (the
 * analytics' projector, the register's follower) schedule their catch-up here, so they agree
 * on what counts as a write; a statement stored by another process is read at their next
 * catch-up anyway.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

const WRITES_UNDER = /^\/(xapi|cmi5)\//;

/** True for a request that may have stored statements, given the status it was answered with. */
export function mayHaveWritten(request: Pick<FastifyRequest, 'method' | 'url'>, statusCode: number): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && statusCode < 300 && WRITES_UNDER.test(request.url);
}

export function onStatementsWritten(app: FastifyInstance, fn: () => void): void {
  app.addHook('onResponse', async (request, reply) => {
    if (mayHaveWritten(request, reply.statusCode)) fn();
  });
}
