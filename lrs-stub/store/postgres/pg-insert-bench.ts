/**
 * How the PostgreSQL store compares with the SQLite file store through the same port: 10,000
 * cohort-shaped statements (the LRS benchmark's mix, about 8 index keys each) inserted in
 * transactions of 50, then 500 single-statement transactions (the shape of one xAPI POST per
 * request), then a typical agent + verb query and a get by id, with their latencies.
 *
 *   LRS_TEST_POSTGRES_URL=postgres://... npx tsx lrs-stub/store/postgres/pg-insert-bench.ts
 *
 * No HTTP and no validation: this measures the store (and, for PostgreSQL, the worker-thread
 * hop of every call), not the LRS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAgent, benchStatement } from '../../bench/bench-statements.ts';
import { indexStatement } from '../../xapi/statement-index.ts';
import type { Statement } from '../../xapi/statement-schema.ts';
import { openSqliteStore } from '../sqlite-store.ts';
import type { LrsStore, NewStatement } from '../store.ts';
import { dropPostgresSchema, openPostgresStore } from './postgres-store.ts';
import { freshSchemaName, withSchema } from './postgres-test-schema.ts';

const STATEMENTS = 10_000;
const BATCH = 50;
const SINGLES = 500;
const QUERIES = 300;

const authority = { objectType: 'Agent', name: 'LRS key', account: { homePage: 'http://lrs.example.com', name: 'key' } };

function rows(count: number, offset: number): NewStatement[] {
  const base = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, n) => {
    const i = offset + n;
    const statement = { ...benchStatement(i), authority, stored: new Date(base + i).toISOString(), version: '1.0.0' } as Record<string, unknown>;
    (statement.context as Record<string, unknown>).instructor = benchAgent(i % 37);
    const index = indexStatement(statement as unknown as Statement);
    return { id: statement.id as string, stored: statement.stored as string, json: JSON.stringify(statement), keys: index.keys };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const ms = (value: number) => `${value.toFixed(2)} ms`;

function measure(name: string, store: LrsStore) {
  const data = rows(STATEMENTS, 0);
  const keys = data.reduce((sum, row) => sum + row.keys.length, 0) / data.length;
  let started = performance.now();
  for (let i = 0; i < data.length; i += BATCH) store.transaction(() => store.statements.insert(data.slice(i, i + BATCH), []));
  const batched = STATEMENTS / ((performance.now() - started) / 1000);

  const singles = rows(SINGLES, STATEMENTS);
  started = performance.now();
  for (const row of singles) store.transaction(() => store.statements.insert([row], []));
  const single = SINGLES / ((performance.now() - started) / 1000);

  const times: number[] = [];
  let found = 0;
  for (let q = 0; q < QUERIES; q++) {
    // An agent and a verb that occur together, as a dashboard asks for one learner's answers.
    const keys = data[(q * 97) % data.length]!.keys;
    const wanted = (kind: 'agent' | 'verb') => ({ kinds: [kind], value: keys.find((k) => k.kind === kind)!.value });
    const filter = { keys: [wanted('agent'), wanted('verb')], ascending: false, limit: 10 };
    const t = performance.now();
    found += store.statements.query(filter).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const gets: number[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const t = performance.now();
    store.statements.get(data[(q * 31) % data.length]!.id);
    gets.push(performance.now() - t);
  }
  gets.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(16)} ${Math.round(batched).toString().padStart(6)} statements/s in batches of ${BATCH} (${keys.toFixed(1)} keys each) | ` +
      `${Math.round(single).toString().padStart(5)}/s one per transaction | ` +
      `agent+verb query median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))} (${(found / QUERIES).toFixed(1)} rows) | ` +
      `get median ${ms(percentile(gets, 0.5))}`,
  );
}

const url = process.env.LRS_TEST_POSTGRES_URL;
const dir = mkdtempSync(join(tmpdir(), 'pg-insert-bench-'));
try {
  const sqlite = openSqliteStore({ path: join(dir, 'lrs.sqlite') });
  measure('sqlite file', sqlite);
  sqlite.close();
  if (!url) {
    console.log('postgres         skipped: set LRS_TEST_POSTGRES_URL (lrs-stub/store/postgres/ci-postgres.sh prints one)');
  } else {
    const schemaUrl = withSchema(url, freshSchemaName());
    try {
      const postgres = openPostgresStore({ url: schemaUrl });
      measure('postgres', postgres);
      postgres.close();
    } finally {
      dropPostgresSchema(schemaUrl);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
