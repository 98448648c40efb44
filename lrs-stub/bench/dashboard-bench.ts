/**
 * The dashboard benchmark (`npm run bench -- --only dashboard [--statements 100000]`, and
 * `runDashboardBench()`): how long coordinators wait for the dashboard with a big cohort.
 *
 * For each size (100,000 and 1,000,000 statements by default): a seeded cohort (the real
 * course, seed-cohort.ts) is written straight into a SQLite store in a temp folder, in big
 * transactions (untimed: that is the LRS's ingest, which lrs-bench.ts measures); then
 * - projection: the projector catches up from nothing, timed on its own (statements/s);
 * - first view: the six requests the dashboard makes on opening (filters, funnel, scores,
 *   time, dialogues, rubrics), each through the app in-process (login cookie, query parsing,
 *   catch-up check, SQL, JSON), one after the other as a single-threaded server answers them;
 * - filtered view: the same six with a language, a month and a module chosen;
 * each the median of `runs` rounds (default 5), with the median per panel.
 *
 * Budget: the first view under 1 s at 1,000,000 statements. Numbers only; no assertion.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccounts } from '../accounts/accounts.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { SESSION_PATH } from '../accounts/session-routes.ts';
import { DASHBOARD_API, FilterOptionsSchema } from '../analytics/dashboard-api.ts';
import { mountAnalytics } from '../analytics/dashboard-routes.ts';
import { analyticsPathFor } from '../analytics/projection/analytics-db.ts';
import { loadSeedCourse } from '../analytics/seed/seed-course.ts';
import { seedCohort } from '../analytics/seed/seed-cohort.ts';
import { insertStatements } from '../analytics/seed/seed-store.ts';
import { buildApp } from '../app.ts';
import { dropPostgresSchema, openPostgresStore } from '../store/postgres/postgres-store.ts';
import { isPostgresUrl } from '../store/postgres/postgres-url.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

export interface DashboardBenchOptions {
  /** Store sizes to measure (default 100,000 and 1,000,000). */
  sizes?: number[];
  /** Rounds per view; the median is reported (default 5). */
  runs?: number;
  seed?: number;
  /** The LRS store the statements are kept in: sqlite (default), or a postgres:// URL (a fresh schema is made and dropped). */
  store?: string;
}

const FIRST_VIEW = ['filters', 'funnel', 'scores', 'time', 'dialogues', 'rubrics'] as const;
const PASSWORD = 'bench password for the dashboard';
/** Statements per learner of the seeded cohort, about: learners are drawn for the size wanted. */
const PER_LEARNER = 380;

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function measureSize(size: number, runs: number, seed: number, storeUrl: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
  const postgresUrl = storeUrl && isPostgresUrl(storeUrl) ? `${storeUrl}${storeUrl.includes('?') ? '&' : '?'}schema=dashboard_bench_${process.pid}` : undefined;
  try {
    const lrsPath = join(dir, 'lrs.sqlite');
    // The analytics are SQLite beside the process either way; only where the statements live changes.
    const store = postgresUrl ? openPostgresStore({ url: postgresUrl }) : openSqliteStore({ path: lrsPath });
    const course = await loadSeedCourse();
    let started = performance.now();
    const stored = insertStatements(store, seedCohort({ seed, learners: Math.ceil(size / PER_LEARNER) + 10, course }), { limit: size, transaction: 20_000, storedFrom: Date.parse('2026-06-01T00:00:00Z') });
    const seedSeconds = (performance.now() - started) / 1000;

    const accounts = openAccounts({ path: ':memory:' });
    const app = buildApp({ store, credentials: [{ key: 'bench', secret: 'bench-secret' }], accounts });
    const analytics = mountAnalytics(app, { store, analyticsPath: analyticsPathFor(lrsPath) });
    await app.ready();
    try {
      started = performance.now();
      const projected = analytics.projector.catchUp();
      const projectSeconds = (performance.now() - started) / 1000;

      accounts.users.add({ username: 'bench', role: 'viewer', passwordHash: await hashPassword(PASSWORD) });
      const login = await app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'bench', password: PASSWORD }) });
      const cookie = (login.headers['set-cookie'] as string).split(';')[0]!;
      const get = async (path: string) => {
        const t = performance.now();
        const response = await app.inject({ method: 'GET', url: `${DASHBOARD_API}/${path}`, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(`GET ${path} answered ${response.statusCode}: ${response.body}`);
        return { ms: performance.now() - t, body: response.body };
      };

      // The filtered view: Dutch, the second month of the data, a module from the middle of the course.
      const options = FilterOptionsSchema.parse(JSON.parse((await get('filters')).body));
      const from = new Date(Date.parse(options.firstDay!) + 30 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.parse(from) + 30 * 86_400_000).toISOString().slice(0, 10);
      const module = options.modules[Math.floor(options.modules.length / 2)]!.id;
      const filtered = new URLSearchParams({ language: 'nl', from, to, module }).toString();

      const view = async (query: string) => {
        const totals: number[] = [];
        const panels: Record<string, number[]> = Object.fromEntries(FIRST_VIEW.map((p) => [p, []]));
        let bytes = 0;
        for (let run = 0; run < runs; run++) {
          let total = 0;
          bytes = 0;
          for (const panel of FIRST_VIEW) {
            const { ms, body } = await get(query ? `${panel}?${query}` : panel);
            panels[panel]!.push(ms);
            total += ms;
            bytes += body.length;
          }
          totals.push(total);
        }
        return { medianMs: round(median(totals)), budgetUnder1s: median(totals) < 1000, panelsMedianMs: Object.fromEntries(Object.entries(panels).map(([p, ms]) => [p, round(median(ms))])), jsonBytes: bytes };
      };
      const firstView = await view('');
      const filteredView = { filter: { language: 'nl', from, to, module }, ...(await view(filtered)) };
      const items = await get('items?quiz=final-assessment%2Ffinal-quiz');
      return {
        statements: stored,
        learners: options.learners,
        seedSeconds: round(seedSeconds),
        projection: { statements: projected, seconds: round(projectSeconds), statementsPerSecond: Math.round(projected / projectSeconds) },
        firstView,
        filteredView,
        itemsFinalQuizMs: round(items.ms),
      };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (postgresUrl) dropPostgresSchema(postgresUrl);
  }
}

export async function runDashboardBench(options: DashboardBenchOptions = {}): Promise<object> {
  const sizes = options.sizes ?? [100_000, 1_000_000];
  const results: Record<string, object> = {};
  for (const size of sizes) {
    results[String(size)] = await measureSize(size, options.runs ?? 5, options.seed ?? 12, options.store);
    process.stderr.write(`dashboard bench, ${size} statements: ${JSON.stringify(results[String(size)])}\n`);
  }
  return { environment: { node: process.version, cpus: (await import('node:os')).cpus().length, store: options.store && isPostgresUrl(options.store) ? 'postgres' : 'sqlite', analytics: 'SQLite in its own file, WAL' }, sizes: results };
}
