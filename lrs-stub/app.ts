/**
 * buildApp(): the whole LRS as a fastify instance that is not listening yet, so tests inject
 * requests and main.ts decides where to listen. Layering: http/ (routes, auth, errors) →
 * xapi/ (statement and document rules) → store/ (the storage port).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { mountCmi5Launcher } from './cmi5/cmi5-routes.ts';
import { installCors } from './http/cors.ts';
import { CredentialRegistry, type KeySecret } from './http/credentials.ts';
import { documentResources } from './http/documents-resources.ts';
import { installErrorHandling } from './http/errors.ts';
import { lookupResources } from './http/lookup-resources.ts';
import { statementsResource } from './http/statements-resource.ts';
import { mountXapiResources } from './http/xapi-router.ts';
import { groupCommit } from './store/group-commit.ts';
import type { LrsStore } from './store/store.ts';
import { documentRules } from './xapi/documents.ts';
import { storedClock } from './xapi/statement-prepare.ts';
import { statementReader } from './xapi/statement-reader.ts';
import { statementWriter } from './xapi/statement-writer.ts';

export interface BuildAppOptions {
  store: LrsStore;
  /** Basic-auth key/secret pairs allowed in. */
  credentials: readonly KeySecret[];
  /** Largest request body in bytes; larger ones get 413. Default 10 MiB. */
  bodyLimit?: number;
  /** Largest page of statements; limit=0 and larger limits are clamped to it. Default 500. */
  maxLimit?: number;
  /** account.homePage of the authority written into statements. */
  authorityHomePage?: string;
  /** Where the LRS is reachable from a browser, for cmi5 launch URLs, e.g. http://127.0.0.1:8787. */
  publicUrl?: string;
  logger?: boolean;
}

export const XAPI_PREFIX = '/xapi';

export function buildApp(options: BuildAppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? 10 * 1024 * 1024;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit, exposeHeadRoutes: false, return503OnClosing: false });
  // Every body arrives as bytes: statements may be multipart, documents any media type, and
  // our own JSON parsing gives messages that say where the syntax broke.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  installErrorHandling(app, { bodyLimit });
  installCors(app);

  const store = options.store;
  const credentials = new CredentialRegistry(options.credentials, options.authorityHomePage ?? 'urn:workmentor:lrs-stub');
  const clock = storedClock(store.statements.lastStored());
  const now = () => new Date().toISOString();
  const statementsPath = `${XAPI_PREFIX}/statements`;
  mountXapiResources(
    app,
    [
      statementsResource({
        writer: statementWriter(store, clock, groupCommit(store)),
        reader: statementReader(store, { maxLimit: options.maxLimit ?? 500, statementsPath }),
        statements: store.statements,
      }),
      ...documentResources(documentRules(store.documents, now)),
      ...lookupResources(store.activities),
    ],
    { prefix: XAPI_PREFIX, credentials },
  );
  mountCmi5Launcher(app, { store, credentials, xapiPrefix: XAPI_PREFIX, publicUrl: options.publicUrl });
  app.addHook('onClose', async () => store.close());
  return app;
}
