/**
 * The default store: one SQLite file through better-sqlite3.
 *
 * Durability: WAL with synchronous=FULL, so every commit is fsynced to the WAL before the
 * LRS answers 200/204; an acknowledged statement survives kill -9 and power loss (NORMAL
 * would only survive a process crash, and the school's machine may lose power).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './sqlite/migrations.ts';
import { sqliteActivities, sqliteDocuments } from './sqlite/sqlite-documents.ts';
import { sqliteStatements } from './sqlite/sqlite-statements.ts';
import type { LrsStore } from './store.ts';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for a throw-away database. */
  path: string;
}

export function openSqliteStore(options: SqliteStoreOptions): LrsStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // 64 MiB of page cache: the id and key indexes of a cohort's 100,000+ statements stay in
  // memory, so an insert dirties pages instead of first reading them back (default is 2 MiB).
  db.pragma('cache_size = -65536');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return {
    statements: sqliteStatements(db),
    documents: sqliteDocuments(db),
    activities: sqliteActivities(db),
    transaction: (work) => db.transaction(work)(),
    close: () => db.close(),
  };
}
