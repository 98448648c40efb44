/**
 * PostgreSQL for tests: a throw-away schema per store, dropped when the test file ends, on the
 * server named by LRS_TEST_POSTGRES_URL (lrs-stub/store/postgres/ci-postgres.sh sets one up and
 * prints it). Without that variable the PostgreSQL suites are skipped with a note that says how
 * to run them, so `npm test` passes on a fresh clone without a PostgreSQL server.
 */
import { afterAll, describe, it } from 'vitest';
import { dropPostgresSchema, openPostgresStore, type PostgresStore, type PostgresStoreOptions } from './postgres-store.ts';

export const POSTGRES_TEST_URL = process.env.LRS_TEST_POSTGRES_URL;

const HOW_TO_RUN = 'set LRS_TEST_POSTGRES_URL to run it (lrs-stub/store/postgres/ci-postgres.sh prints one)';

/** `url` with `?schema=` set to `schema`. */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.toString();
}

let schemas = 0;

/** A schema name unique to this test process and call. */
export const freshSchemaName = (): string => `wm_test_${process.pid}_${++schemas}_${Math.random().toString(36).slice(2, 8)}`;

/**
 * Calls `define(open, freshUrl)` when PostgreSQL is available: `open()` opens a store on a fresh
 * schema, `freshUrl()` gives a fresh schema's URL (to open, close and reopen). Every such schema
 * is dropped after the file's tests. Otherwise one skipped test says how to run the suite.
 */
export function withPostgresTestUrl(define: (open: (options?: Omit<PostgresStoreOptions, 'url'>) => PostgresStore, freshUrl: () => string) => void, what = 'postgres store'): void {
  const base = POSTGRES_TEST_URL;
  if (!base) {
    describe(what, () => {
      // Skipped, not failed: `npm test` must pass on a fresh clone without a PostgreSQL server.
      // .ci/run starts one and runs these suites with `npm run test:postgres`.
      it.skip(`needs PostgreSQL: ${HOW_TO_RUN}`, () => {});
    });
    return;
  }
  const used: string[] = [];
  afterAll(() => {
    for (const url of used.splice(0)) dropPostgresSchema(url);
  });
  const freshUrl = () => {
    const url = withSchema(base, freshSchemaName());
    used.push(url);
    return url;
  };
  define((options = {}) => openPostgresStore({ ...options, url: freshUrl() }), freshUrl);
}
