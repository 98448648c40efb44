/**
 * Writes wait while a huge batch's transaction is open. The group commit keeps a 20,000-
 * statement batch in one transaction that stays open across turns of the event loop (so other
 * clients are served meanwhile); a document PUT served in between would write into that
 * transaction, be answered 204, and then commit or roll back with somebody else's batch.
 * So every request that may write waits for store.idle() before its handler runs (at once when
 * nothing is open, the usual case); statement writes would queue in the group commit anyway.
 *
 * Reads go ahead: the store answers them from committed data while the transaction is open.
 * The list is of what may pass, not of what must wait, so a route added later waits unless it
 * is known to only read: GET and HEAD on the xAPI resources, and CORS preflights.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LrsStore } from '../store/store.ts';

function onlyReads(request: FastifyRequest, xapiPrefix: string): boolean {
  if (request.method === 'OPTIONS') return true;
  return (request.method === 'GET' || request.method === 'HEAD') && request.url.startsWith(`${xapiPrefix}/`);
}

export function holdWritesWhileTransactionOpen(app: FastifyInstance, store: LrsStore, options: { xapiPrefix: string }): void {
  app.addHook('preHandler', async (request) => {
    if (!onlyReads(request, options.xapiPrefix)) await store.idle();
  });
}
