/**
 * `npm run lrs`: starts the LRS on HOST:PORT (127.0.0.1:8787 by default) with the SQLite store
 * at LRS_DB. Reads credentials from LRS_BASIC_AUTH, or generates a key and prints it; a
 * generated key is only good enough for loopback, so a public HOST without LRS_BASIC_AUTH is
 * refused.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openAccounts } from './accounts/accounts.ts';
import { describeFirstCoordinator, ensureFirstCoordinator } from './accounts/first-coordinator.ts';
import { accountsPathFor } from './accounts/user-store.ts';
import { buildApp } from './app.ts';
import { isLoopback, readEnv, timeoutsOf } from './config.ts';
import { loadOrCreateCredentials } from './generated-credentials.ts';
import { parseBasicAuthList, type KeySecret } from './http/credentials.ts';
import { describeListening } from './listen-address.ts';
import { mountCoordinatorServices } from './coordinators.ts';
import { registerSettingsFromEnv } from './register/register-settings.ts';
import { openPostgresStore } from './store/postgres/postgres-store.ts';
import { isPostgresUrl, redactPostgresUrl } from './store/postgres/postgres-url.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import { mountLiveSessions } from './live/live-sessions.ts';

async function main(): Promise<void> {
  const env = readEnv(process.env);
  const postgres = isPostgresUrl(env.LRS_DB);
  // The files kept beside the store (keys, logins, analytics, register) are named after it.
  const sidecar = postgres ? join(env.LRS_DATA_DIR, 'lrs.postgres') : env.LRS_DB;
  let credentials: KeySecret[];
  if (env.LRS_BASIC_AUTH !== undefined && env.LRS_BASIC_AUTH.trim() !== '') {
    credentials = parseBasicAuthList(env.LRS_BASIC_AUTH);
  } else {
    if (!isLoopback(env.HOST)) {
      throw new Error(`HOST=${env.HOST} is not a loopback address and LRS_BASIC_AUTH is not set; set LRS_BASIC_AUTH=key:secret with a strong secret before exposing the LRS beyond this machine`);
    }
    const generated = loadOrCreateCredentials(sidecar);
    credentials = [generated];
    const where = generated.file ? (generated.created ? `created ${generated.file}` : `from ${generated.file}`) : 'in-memory store: new key each start';
    console.log(`lrs-stub credentials (${where}): key=${generated.key} secret=${generated.secret}`);
    console.log(`  Authorization: Basic ${Buffer.from(`${generated.key}:${generated.secret}`).toString('base64')}`);
  }
  const accounts = openAccounts({ path: accountsPathFor(sidecar) });
  const firstCoordinator = await ensureFirstCoordinator(accounts.users);
  if (firstCoordinator) for (const line of describeFirstCoordinator(firstCoordinator, accounts.users.path)) console.log(line);
  const store = postgres ? openPostgresStore({ url: env.LRS_DB }) : openSqliteStore({ path: env.LRS_DB });
  const options: Parameters<typeof buildApp>[0] = { store, credentials, accounts, bodyLimit: env.LRS_BODY_LIMIT, maxLimit: env.LRS_MAX_LIMIT, timeouts: timeoutsOf(env) };
  if (env.LRS_PUBLIC_URL !== undefined) options.publicUrl = env.LRS_PUBLIC_URL;
  const app = buildApp(options);
  const register = registerSettingsFromEnv(process.env);
  const services = await mountCoordinatorServices(app, { store, sidecar, publicUrl: register.publicUrl, issuer: register.issuer, ...(register.courseVersion ? { courseVersion: register.courseVersion } : {}) });
  if (services.register.key.created) console.log(`register signing key: created ${services.register.key.file} (keep it: every certificate is signed with it)`);
  const live = await mountLiveSessions(app, { db: env.LRS_DB, postgres, sidecar, accounts, publicUrl: register.publicUrl, retentionHours: env.LIVE_RETENTION_HOURS, ...(register.courseVersion ? { courseVersion: register.courseVersion } : {}) });
  await app.listen({ host: env.HOST, port: env.PORT });
  // The bound address itself: listen()'s answer shows 127.0.0.1 for a server bound to 0.0.0.0.
  const listening = describeListening(app.server.address() as AddressInfo);
  console.log(`lrs-stub listening on ${listening.url} (${listening.scope}); xAPI endpoint /xapi/, store ${postgres ? redactPostgresUrl(env.LRS_DB) : env.LRS_DB}`);
  console.log(`  dashboard ${listening.url}/dashboard, register ${listening.url}/register, public verification ${register.publicUrl}/verify`);
  console.log(live ? `  live sessions ${listening.url}/dashboard/live, phones join at ${register.publicUrl}/live (deleted ${env.LIVE_RETENTION_HOURS} h after their last change)` : '  live sessions: off (see the message above)');
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`lrs-stub could not start: ${(error as Error).message}`);
  process.exit(1);
});
