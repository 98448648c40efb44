/**
 * The importer benchmark (`npm run bench -- --only import [--statements N] [--store URL]`, and
 * `runImportBench()`): how fast a coordinator's LRS pulls a cohort out of another LRS.
 *
 * The source is this LRS as `npm run lrs` serves it (a SQLite store seeded with the real
 * course's cohort, seed-cohort.ts, listening on loopback); the target a fresh store, SQLite or
 * PostgreSQL (`--store postgres://…`). Measured, over real HTTP with Basic auth:
 * - the first import, from nothing to every statement (statements/s, pages);
 * - a second run straight after, which finds nothing new: the cost of a cron job's poll;
 * - a rerun with the ledger forgotten, which receives everything again and stores nothing
 *   (idempotent by statement id): what a lost resume point costs.
 * Numbers only; no assertion.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openImportLedger } from '../analytics/import/import-ledger.ts';
import { importStatements, type ImportReport } from '../analytics/import/importer.ts';
import { loadSeedCourse } from '../analytics/seed/seed-course.ts';
import { seedCohort } from '../analytics/seed/seed-cohort.ts';
import { insertStatements } from '../analytics/seed/seed-store.ts';
import { buildApp } from '../app.ts';
import { dropPostgresSchema, openPostgresStore } from '../store/postgres/postgres-store.ts';
import { isPostgresUrl } from '../store/postgres/postgres-url.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

export interface ImportBenchOptions {
  /** Statements in the source (default 100,000). */
  statements?: number;
  seed?: number;
  /** The target store: sqlite (default), or a postgres:// URL (a fresh schema is made and dropped). */
  store?: string;
}

const KEY = 'import-bench';
const SECRET = 'import-bench-secret';
/** Statements per learner of the seeded cohort, about. */
const PER_LEARNER = 380;

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const summary = (report: ImportReport) => ({
  received: report.received,
  imported: report.imported,
  alreadyPresent: report.present,
  pages: report.pages,
  milliseconds: round(report.elapsedMs),
  /** Stored per second (the importer's own figure). */
  statementsPerSecond: report.statementsPerSecond,
  /** Fetched and checked per second, stored or not. */
  receivedPerSecond: report.elapsedMs > 0 ? Math.round(report.received / (report.elapsedMs / 1000)) : 0,
});

export async function runImportBench(options: ImportBenchOptions = {}): Promise<object> {
  const size = options.statements ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  const postgresUrl = options.store && isPostgresUrl(options.store) ? `${options.store}${options.store.includes('?') ? '&' : '?'}schema=import_bench_${process.pid}` : undefined;
  const source = openSqliteStore({ path: join(dir, 'source.sqlite') });
  const app = buildApp({ store: source, credentials: [{ key: KEY, secret: SECRET }] });
  const target = postgresUrl ? openPostgresStore({ url: postgresUrl }) : openSqliteStore({ path: join(dir, 'target.sqlite') });
  try {
    const course = await loadSeedCourse();
    const stored = insertStatements(source, seedCohort({ seed: options.seed ?? 21, learners: Math.ceil(size / PER_LEARNER) + 10, course }), {
      limit: size,
      transaction: 20_000,
      storedFrom: Date.parse('2026-06-01T00:00:00Z'),
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const run = (ledgerFile: string) => {
      const ledger = openImportLedger(join(dir, ledgerFile));
      return importStatements({ from: `${address}/xapi`, auth: `${KEY}:${SECRET}`, store: target, ledger }).finally(() => ledger.close());
    };
    const first = await run('ledger.sqlite');
    const poll = await run('ledger.sqlite');
    const again = await run('forgotten-ledger.sqlite');
    const result = {
      environment: { node: process.version, cpus: (await import('node:os')).cpus().length, source: 'this LRS over HTTP on loopback (SQLite)', target: postgresUrl ? 'postgres' : 'sqlite' },
      sourceStatements: stored,
      firstImport: summary(first),
      pollWithNothingNew: summary(poll),
      rerunWithoutResumePoint: summary(again),
    };
    process.stderr.write(`import bench, ${stored} statements: ${JSON.stringify(result)}\n`);
    return result;
  } finally {
    await app.close();
    target.close();
    rmSync(dir, { recursive: true, force: true });
    if (postgresUrl) dropPostgresSchema(postgresUrl);
  }
}
