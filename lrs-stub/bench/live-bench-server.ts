/**
 * The server side of the live-session load benchmark (live-bench.ts), in its own process so the
 * 200 simulated phones do not share its event loop: an LRS as `npm run lrs` runs it (SQLite
 * store file, live sessions on the real course, the votes recorded as statements), with one
 * coordinator. Prints `READY <url>` when it listens; stops on SIGTERM.
 *
 *   LIVE_BENCH_DIR   where the store files go
 *   LIVE_BENCH_STORE the live-session store: `sqlite` (default) or a postgres:// URL
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openAccounts } from '../accounts/accounts.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { buildApp } from '../app.ts';
import { mountLiveSessions } from '../live/live-sessions.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { BENCH_PASSWORD, BENCH_USER } from './live-bench-login.ts';


const dir = process.env.LIVE_BENCH_DIR;
if (!dir) throw new Error('LIVE_BENCH_DIR: set it to an empty folder for the store files');
const liveStore = process.env.LIVE_BENCH_STORE ?? 'sqlite';
const accounts = openAccounts({ path: ':memory:' });
accounts.users.add({ username: BENCH_USER, role: 'coordinator', passwordHash: await hashPassword(BENCH_PASSWORD) });
const sidecar = join(dir, 'lrs.sqlite');
const app = buildApp({ store: openSqliteStore({ path: sidecar }), credentials: [{ key: 'bench', secret: 'bench-secret' }], accounts });
const postgres = liveStore.startsWith('postgres');
const hub = await mountLiveSessions(app, { db: postgres ? liveStore : sidecar, postgres, sidecar, accounts, publicUrl: 'http://127.0.0.1:8787', retentionHours: 1 });
if (!hub) throw new Error('live sessions did not start (see above)');
await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`READY http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
