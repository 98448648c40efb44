/**
 * The default store: one SQLite file through better-sqlite3.
 *
 * Durability: WAL with synchronous=FULL, so every commit is fsynced to the WAL before the
 * LRS answers 200/204; an acknowledged statement survives kill -9 and power loss (NORMAL
 * would only survive a process crash, and the school's machine may lose power).
 *
 * Deferred sync, for the group commit: better-sqlite3 is synchronous, so with FULL the fsync
 * of every commit blocks the event loop, and no request can be parsed or validated while the
 * disk works. A `deferSync` transaction commits with synchronous=NORMAL (in WAL mode: the
 * same frames written to the WAL, only the fsync left out) and `sync()` then fsyncs the WAL
 * file on libuv's thread pool. FULL is exactly NORMAL plus that fsync after each commit,
 * so a deferred commit followed by a resolved `sync()` is as durable as a FULL commit; the
 * group commit acknowledges nothing before that. Every other write stays FULL.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { migrate } from './sqlite/migrations.ts';
import { sqliteActivities, sqliteDocuments } from './sqlite/sqlite-documents.ts';
import { sqliteStatements } from './sqlite/sqlite-statements.ts';
import type { LrsStore } from './store.ts';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for a throw-away database. */
  path: string;
}

/**
 * fsync of the WAL, the one synchronous=FULL would have done at commit (SQLite calls fsync(),
 * so does this). SQLite keeps
 * the WAL file (same inode) while the database is open and only rewrites it from the start
 * after a checkpoint, so one handle serves the store's lifetime. The WAL is created when the
 * database opens; SQLite fsyncs the directory on its first sync of a new WAL, which a NORMAL
 * commit never does, so the directory is fsynced once here as well: the WAL's directory
 * entry cannot be lost with power even if no FULL commit ever ran.
 */
function walSyncer(path: string): { sync(): Promise<void>; close(): Promise<void> } {
  let wal: Promise<FileHandle> | undefined;
  const openWal = async () => {
    const handle = await open(`${path}-wal`, 'r');
    const directory = await open(dirname(path), 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
    return handle;
  };
  return {
    async sync() {
      wal ??= openWal();
      await (await wal).sync();
    },
    async close() {
      if (wal) await (await wal.catch(() => undefined))?.close();
    },
  };
}

export function openSqliteStore(options: SqliteStoreOptions): LrsStore {
  const memory = options.path === ':memory:';
  if (!memory) mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // 64 MiB of page cache: the id and key indexes of a cohort's 100,000+ statements stay in
  // memory, so an insert dirties pages instead of first reading them back (default is 2 MiB).
  db.pragma('cache_size = -65536');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // The group commit runs each request in its own savepoint, and SQLite copies every page a
  // savepoint changes that an earlier one already dirtied into the statement sub-journal;
  // past 64 KiB that journal spills to a temp file, about 80 µs of file writes per statement
  // in a group of eight. It only serves rolling back a savepoint of the open transaction (crash
  // recovery is the WAL's job), so memory is enough and durability is unchanged.
  db.pragma('temp_store = MEMORY');
  migrate(db);
  // A :memory: database has no WAL and nothing to sync.
  const wal = memory ? undefined : walSyncer(resolve(options.path));
  return {
    statements: sqliteStatements(db),
    documents: sqliteDocuments(db),
    activities: sqliteActivities(db),
    transaction: (work, transactionOptions) => {
      // Nested calls are savepoints; only the outermost commit decides how it syncs.
      if (!transactionOptions?.deferSync || db.inTransaction || !wal) return db.transaction(work)();
      // PRAGMA synchronous acts when it is prepared, so it is exec'd each time (about 10 µs).
      db.exec('PRAGMA synchronous = NORMAL');
      try {
        return db.transaction(work)();
      } finally {
        db.exec('PRAGMA synchronous = FULL');
      }
    },
    sync: () => wal?.sync() ?? Promise.resolve(),
    close: () => {
      db.close();
      void wal?.close();
    },
  };
}
