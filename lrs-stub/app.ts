/**
 * buildApp(): the whole LRS as a fastify instance that is not listening yet, so tests inject
 * requests and main.ts decides where to listen. Layering: http/ (routes, auth, errors) →
 * xapi/ (statement and document rules) → store/ (the storage port).
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { openAccounts, type Accounts } from './accounts/accounts.ts';
import { mountSessionRoutes } from './accounts/session-routes.ts';
import { mountCmi5Launcher } from './cmi5/cmi5-routes.ts';
import { installCors } from './http/cors.ts';
import { CredentialRegistry, type KeySecret } from './http/credentials.ts';
import { documentResources } from './http/documents-resources.ts';
import { stderrErrorLog, type ErrorLog } from './http/error-log.ts';
import { installErrorHandling } from './http/errors.ts';
import { checkJsonDepthInSlices } from './http/json-body.ts';
import { lookupResources } from './http/lookup-resources.ts';
import { collectRoutes } from './http/method-not-allowed.ts';
import { DEFAULT_TIMEOUTS, serverTimeoutOptions, type ServerTimeouts } from './http/server-timeouts.ts';
import { statementsResource } from './http/statements-resource.ts';
import { holdWritesWhileTransactionOpen } from './http/write-gate.ts';
import { mediaType } from './http/xapi-call.ts';
import { mountXapiResources } from './http/xapi-router.ts';
import { groupCommit } from './store/group-commit.ts';
import type { LrsStore } from './store/store.ts';
import { documentRules } from './xapi/documents.ts';
import { storedClock } from './xapi/statement-prepare.ts';
import { statementReader } from './xapi/statement-reader.ts';
import { statementWriter, type StatementWriter } from './xapi/statement-writer.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The LRS's statement writer, for services that record statements themselves (live sessions). */
    statementWriter: StatementWriter;
  }
}

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
  /** Fastify's per-request logger; off in production. Errors are logged regardless, to errorLog. */
  logger?: boolean;
  /** Where unexpected errors go, with their request id. Default: one JSON line on stderr. */
  errorLog?: ErrorLog;
  /** How long a client may take (only matters once listening). Defaults: DEFAULT_TIMEOUTS. */
  timeouts?: Partial<ServerTimeouts>;
  /** Coordinator logins for the dashboard (closed with the app). Default: none, in memory. */
  accounts?: Accounts;
}

/** JSON bodies are checked for absurd nesting on arrival; other media types are bytes to us. */
const isJson = (contentType: string | undefined) => {
  const type = mediaType(contentType);
  return type === 'application/json' || type.endsWith('+json');
};

export const XAPI_PREFIX = '/xapi';

export function buildApp(options: BuildAppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? 10 * 1024 * 1024;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    exposeHeadRoutes: false,
    return503OnClosing: false,
    // Random, not fastify's counter that restarts at req-1 with every start: an id a user
    // quotes from a 500 must find one log line.
    genReqId: () => randomUUID(),
    ...serverTimeoutOptions({ ...DEFAULT_TIMEOUTS, ...options.timeouts }),
  });
  // Every body arrives as bytes: statements may be multipart, documents any media type, and
  // our own JSON parsing gives messages that say where the syntax broke.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => {
    if (isJson(request.headers['content-type'])) await checkJsonDepthInSlices(body);
    return body;
  });
  installErrorHandling(app, { bodyLimit, errorLog: options.errorLog ?? stderrErrorLog });
  installCors(app);
  const routes = collectRoutes(app);

  const store = options.store;
  const credentials = new CredentialRegistry(options.credentials, options.authorityHomePage ?? 'urn:workmentor:lrs-stub');
  const clock = storedClock(store.statements.lastStored());
  const now = () => new Date().toISOString();
  const statementsPath = `${XAPI_PREFIX}/statements`;
  // One writer for the process: its clock keeps `stored` growing with insertion order, which a
  // second writer with its own clock (the live sessions' votes) could break.
  const writer = statementWriter(store, clock, groupCommit(store));
  app.decorate('statementWriter', writer);
  mountXapiResources(
    app,
    [
      statementsResource({
        writer,
        reader: statementReader(store, { maxLimit: options.maxLimit ?? 500, statementsPath }),
        statements: store.statements,
      }),
      ...documentResources(documentRules(store.documents, now)),
      ...lookupResources(store.activities),
    ],
    { prefix: XAPI_PREFIX, credentials },
  );
  mountCmi5Launcher(app, { store, credentials, xapiPrefix: XAPI_PREFIX, publicUrl: options.publicUrl });
  const accounts = options.accounts ?? openAccounts({ path: ':memory:' });
  app.decorate('accounts', accounts);
  mountSessionRoutes(app, { accounts });
  routes.answerOtherMethods();
  holdWritesWhileTransactionOpen(app, store, { xapiPrefix: XAPI_PREFIX });
  app.addHook('onClose', async () => {
    store.close();
    accounts.close();
  });
  return app;
}
