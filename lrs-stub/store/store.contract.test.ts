/** Runs the store contract against every store implementation. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openMemoryStore } from './memory-store.ts';
import { withPostgresTestUrl } from './postgres/postgres-test-schema.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { describeStoreContract } from './store.contract.ts';

describeStoreContract('memory', openMemoryStore);
describeStoreContract('sqlite', () => openSqliteStore({ path: ':memory:' }));

// A file, unlike :memory:, gets WAL and a second connection for reads during open transactions.
const dir = mkdtempSync(join(tmpdir(), 'lrs-contract-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
describeStoreContract('sqlite file', () => openSqliteStore({ path: join(dir, `${++files}.sqlite`) }));

// PostgreSQL when LRS_TEST_POSTGRES_URL is set (postgres/ci-postgres.sh), each store on a fresh schema; skipped with a note otherwise.
withPostgresTestUrl((open) => describeStoreContract('postgres', () => open()));
