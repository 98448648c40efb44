/**
 * The analytics database: `lrs-analytics.sqlite`, a SQLite file of its own beside the LRS
 * database (mode 0600: it holds learners' names and results), or in memory when the LRS is.
 *
 * Why not tables in the LRS database: the LRS's one writing connection may hold a transaction
 * open across turns of the event loop for a huge batch, and projecting meanwhile would land
 * inside it; and the projection is derived data, so it can be thrown away and rebuilt (delete
 * the file) without touching a single acknowledged statement.
 *
 * Durability: WAL with synchronous=NORMAL. A power cut may lose the last projected chunks, but
 * the cursor is written in the same transaction as their facts, so the projector simply
 * projects them again: never twice, never half.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createPrivateFile } from '../../store/private-file.ts';
import { migrateAnalytics } from './analytics-migrations.ts';

export const ANALYTICS_FILE = 'lrs-analytics.sqlite';

/** The analytics file for an LRS database path; `:memory:` stays in memory. */
export function analyticsPathFor(lrsDbPath: string): string {
  return lrsDbPath === ':memory:' ? ':memory:' : join(dirname(lrsDbPath), ANALYTICS_FILE);
}

export type AnalyticsDb = Database.Database;

export function openAnalyticsDb(path: string): AnalyticsDb {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    createPrivateFile(path);
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // The panel queries group tens of thousands of summary rows; 64 MiB keeps the summaries and
  // the indexes they walk in memory (the default 2 MiB would reread them from disk each time).
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  // A catch-up touches pages all over the fact tables' B-trees; checkpointing every 40 MiB of
  // WAL instead of every 4 MiB writes a page changed by many chunks back to the file once, not
  // ten times (a third less time in commits at a million statements).
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('busy_timeout = 5000');
  migrateAnalytics(db, path);
  return db;
}
