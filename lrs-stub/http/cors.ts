/**
 * CORS for browser clients (the course runs in an LMS page on another origin): every response
 * allows any origin and exposes the xAPI headers; preflight OPTIONS is answered 204 without
 * credentials, as browsers send it without them. Clients send the Authorization header
 * explicitly, so credentialed CORS (cookies, a browser's cached Basic login) is not allowed:
 * another site cannot ride on a login the browser remembers.
 */
import type { FastifyInstance } from 'fastify';

const ALLOWED_HEADERS = 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language';
const EXPOSED_HEADERS = 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through, Location, X-LRS-Limit, X-Request-Id';

export function installCors(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    done();
  });
  app.options('/*', async (_request, reply) => {
    reply
      .header('Access-Control-Allow-Methods', 'GET, HEAD, PUT, POST, DELETE, OPTIONS')
      .header('Access-Control-Allow-Headers', ALLOWED_HEADERS)
      .header('Access-Control-Max-Age', '86400')
      .code(204)
      .send();
  });
}
