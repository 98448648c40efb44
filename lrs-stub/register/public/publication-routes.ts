/**
 * What verifiers fetch, without logging in: the school's public key set, against which every
 * certificate and the status list are checked, and the revocation status list itself.
 *
 *   GET /.well-known/jwks.json     the JWKS (application/jwk-set+json)
 *   GET /register/status/<list>    the BitstringStatusListCredential (application/vc+jwt)
 *
 * Both are meant to be cached and fetched by anyone; the status list is cached briefly so a
 * revocation reaches verifiers within a minute.
 */
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../../http/errors.ts';
import { type IssuerKey, issuerJwks } from '../credentials/issuer-key.ts';
import { STATUS_LIST_ID, type StatusListPublisher } from '../credentials/status-list-publisher.ts';

export const JWKS_PATH = '/.well-known/jwks.json';
export const STATUS_LIST_PATH = '/register/status';

export function mountPublicationRoutes(app: FastifyInstance, options: { key: IssuerKey; statusList: StatusListPublisher }): void {
  app.get(JWKS_PATH, async (_request, reply) =>
    reply.header('content-type', 'application/jwk-set+json').header('cache-control', 'public, max-age=3600').header('x-content-type-options', 'nosniff').send(JSON.stringify(issuerJwks(options.key))),
  );

  app.get(`${STATUS_LIST_PATH}/:list`, async (request, reply) => {
    const { list } = request.params as { list: string };
    if (list !== STATUS_LIST_ID) {
      return reply.code(404).send(errorBody(404, `${STATUS_LIST_PATH}/${list.slice(0, 40)}: no such status list; this register publishes ${STATUS_LIST_PATH}/${STATUS_LIST_ID}`));
    }
    return reply
      .header('content-type', 'application/vc+jwt')
      .header('cache-control', 'public, max-age=60')
      .header('x-content-type-options', 'nosniff')
      .send(await options.statusList.jwt());
  });
}
