/**
 * The real LRS as `npm run lrs` runs it (lrs-stub/main.ts, with the dashboard, the register and
 * the public verification pages mounted), started as a child process for the coordinators'
 * end-to-end tests: on a free port of 127.0.0.1, its SQLite store in a fresh temporary folder,
 * the generated LRS key and the first coordinator's password read from what it prints, as a
 * person starting it would read them. Builds the dashboard first when dist/dashboard is missing
 * or older than its sources.
 *
 * Also: posting statements with the Basic credentials, adding a user with the real
 * `npm run lrs:user` CLI, and a logged-in HTTP client for the API (a coordinator or a viewer
 * session, as a browser would hold it).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startLrsProcess, type LrsProcess } from '../../../lrs-stub/testing/lrs-process.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DASHBOARD_INDEX = path.join(ROOT, 'dist/dashboard/index.html');

export interface CoordinatorLrs {
  /** http://127.0.0.1:<port>, also the public URL written into every credential. */
  url: string;
  /** Basic credentials the LRS generated and printed. */
  key: string;
  secret: string;
  auth: string;
  /** The first coordinator the LRS created and printed. */
  username: string;
  password: string;
  /** The LRS_DB the process uses (the CLI must point at the same file). */
  dbPath: string;
  process: LrsProcess;
  /** Stops the process (SIGTERM, then SIGKILL if it lingers) and removes the temporary folder. */
  stop(): Promise<void>;
}

/** Where the dashboard's bundle takes its code and words from. */
const DASHBOARD_SOURCES = ['lrs-stub/dashboard/client', 'locales', 'lrs-stub/live'].map((folder) => path.join(ROOT, folder));

/** The newest modification time of a file under the folders, skipping tests. */
function newestChange(folders: string[]): number {
  let newest = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.test\.ts$/.test(entry.name)) continue;
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/**
 * `npm run build:dashboard` when there is no build, or when a source changed after it: a stale
 * build once had the end-to-end test read a heading the code no longer wrote.
 */
export function ensureDashboardBuilt(): void {
  if (existsSync(DASHBOARD_INDEX) && statSync(DASHBOARD_INDEX).mtimeMs >= newestChange(DASHBOARD_SOURCES)) return;
  execFileSync('npm', ['run', 'build:dashboard'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  if (!existsSync(DASHBOARD_INDEX)) throw new Error(`npm run build:dashboard did not write ${DASHBOARD_INDEX}`);
}

/** A port nothing listens on right now (the LRS's public URL must name its real port, so PORT=0 will not do). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function printed(output: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(output);
  if (!match) throw new Error(`the LRS did not print ${what}; its output was:\n${output}`);
  return match;
}

/** Every LRS this test process started, so an aborted run still kills them on exit. */
const running = new Set<LrsProcess>();
process.once('exit', () => {
  for (const lrs of running) lrs.child.kill('SIGKILL');
});

export async function startCoordinatorLrs(): Promise<CoordinatorLrs> {
  ensureDashboardBuilt();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wm-e2e-lrs-'));
  const dbPath = path.join(dir, 'lrs.sqlite');
  let lrs: LrsProcess | undefined;
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // LRS_BASIC_AUTH empty: the LRS generates a key and prints it, as `npm run lrs` does on a laptop.
    lrs = await startLrsProcess({ PORT: String(port), LRS_DB: dbPath, LRS_BASIC_AUTH: '', LRS_PUBLIC_URL: url }, 60_000);
    running.add(lrs);
    const output = lrs.output();
    const [, key, secret] = printed(output, /lrs-stub credentials .*: key=(\S+) secret=(\S+)/, 'the generated key and secret');
    const [, username, password] = printed(output, /coordinator login .*: username=(\S+) password=(\S+)/, "the first coordinator's login");
    if (lrs.baseUrl !== url) throw new Error(`the LRS listens on ${lrs.baseUrl}, not ${url}`);
    const started = lrs;
    return {
      url,
      key: key!,
      secret: secret!,
      auth: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
      username: username!,
      password: password!,
      dbPath,
      process: started,
      async stop() {
        running.delete(started);
        const killer = setTimeout(() => started.child.kill('SIGKILL'), 5_000);
        await started.stop();
        clearTimeout(killer);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (lrs) {
      running.delete(lrs);
      await lrs.kill9();
    }
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** POSTs statements to /xapi/statements in batches, as a package or seed-cli.ts would. */
export async function postStatements(lrs: CoordinatorLrs, statements: readonly object[], batch = 500): Promise<void> {
  for (let start = 0; start < statements.length; start += batch) {
    const body = JSON.stringify(statements.slice(start, start + batch));
    const response = await fetch(`${lrs.url}/xapi/statements`, {
      method: 'POST',
      headers: { authorization: lrs.auth, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' },
      body,
    });
    if (response.status !== 200) throw new Error(`POST /xapi/statements answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
}

/**
 * `npm run lrs:user -- add <name> --role <role>` on the LRS's own database, the password from
 * LRS_USER_PASSWORD; a coordinator follows the cohorts given, or all.
 */
export async function addUser(lrs: CoordinatorLrs, username: string, role: 'coordinator' | 'viewer', password: string, cohorts: readonly string[] | 'all' = 'all'): Promise<string> {
  const scope = role === 'viewer' ? [] : cohorts === 'all' ? ['--all-cohorts'] : cohorts.flatMap((cohort) => ['--cohort', cohort]);
  const { stdout } = await run('npm', ['run', '--silent', 'lrs:user', '--', 'add', username, '--role', role, ...scope], {
    cwd: ROOT,
    env: { ...process.env, LRS_DB: lrs.dbPath, LRS_USER_PASSWORD: password },
    timeout: 60_000,
  });
  return stdout;
}

/** A logged-in client for the dashboard's and the register's APIs, holding the session cookie. */
export interface ApiSession {
  role: string;
  csrfToken: string;
  get(pathAndQuery: string): Promise<Response>;
  json<T = any>(pathAndQuery: string): Promise<T>;
}

export async function apiSession(lrs: CoordinatorLrs, username: string, password: string): Promise<ApiSession> {
  const login = await fetch(`${lrs.url}/dashboard/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (login.status !== 200) throw new Error(`login as ${username}: HTTP ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const session = (await login.json()) as { role: string; csrfToken: string };
  const get = (pathAndQuery: string) => fetch(`${lrs.url}${pathAndQuery}`, { headers: { cookie } });
  return {
    ...session,
    get,
    async json(pathAndQuery) {
      const response = await get(pathAndQuery);
      if (!response.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    },
  };
}
