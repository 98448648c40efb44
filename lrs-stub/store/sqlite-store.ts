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
 *
 * Transactions open across turns of the event loop (`begin()`, for huge batches): the writes
 * happen in steps on the one connection, and between the steps other requests read through a
 * second, read-only connection, which (WAL) sees only what was committed: nobody reads half a
 * batch that could still roll back. A write from outside the steps would land inside the open
 * transaction (commit or roll back with it, after its own request was answered), so it throws;
 * the HTTP layer holds writing requests until `idle()`.
 *
 * Privacy: the database holds learners' data, so a new database file is created mode 0600
 * whatever the umask; SQLite gives its -wal and -shm files the database file's mode.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createPrivateFile } from './private-file.ts';
import { migrate } from './sqlite/migrations.ts';
import { sqliteActivities, sqliteDocuments } from './sqlite/sqlite-documents.ts';
import { sqliteStatements } from './sqlite/sqlite-statements.ts';
import { startWalCheckpointer } from './sqlite/wal-checkpointer.ts';
import type { ActivityStore, DocumentStore, LrsStore, OpenTransaction, StatementStore, TransactionOptions } from './store.ts';

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

interface Side {
  statements: StatementStore;
  documents: DocumentStore;
  activities: ActivityStore;
}

export function openSqliteStore(options: SqliteStoreOptions): LrsStore {
  const memory = options.path === ':memory:';
  if (!memory) {
    // 0700 for a folder made here: it holds the database and the generated credentials.
    mkdirSync(dirname(options.path), { recursive: true, mode: 0o700 });
    createPrivateFile(options.path);
  }
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
  // Started by the first begin(), i.e. the first group commit: until then SQLite's own
  // checkpoints are on, and a store that never group-commits never starts a thread.
  let checkpointer: ReturnType<typeof startWalCheckpointer> | undefined;
  const writer: Side = { statements: sqliteStatements(db), documents: sqliteDocuments(db), activities: sqliteActivities(db) };

  // Opened the first time somebody reads while a transaction is open across turns.
  let reader: { db: Database.Database; side: Side } | undefined;
  const readerSide = (): Side => {
    if (!reader) {
      const readonly = new Database(options.path, { readonly: true, fileMustExist: true });
      readonly.pragma('busy_timeout = 5000');
      reader = { db: readonly, side: { statements: sqliteStatements(readonly), documents: sqliteDocuments(readonly), activities: sqliteActivities(readonly) } };
    }
    return reader.side;
  };

  let openTransaction: { idle: Promise<void>; settle: () => void } | undefined;
  let stepping = false;
  /** Where a read goes: the open transaction's own steps read their writes; everybody else the committed data. */
  const readSide = (): Side => (openTransaction && !stepping && !memory ? readerSide() : writer);
  const writable = (what: string) => {
    if (openTransaction && !stepping) throw new Error(`${what} while a transaction is open across turns: wait for store.idle() before writing outside its steps`);
  };
  const withSync = <T>(transactionOptions: TransactionOptions | undefined, work: () => T): T => {
    if (!transactionOptions?.deferSync || !wal) return work();
    // PRAGMA synchronous acts when it is prepared, so it is exec'd each time (about 10 µs).
    db.exec('PRAGMA synchronous = NORMAL');
    try {
      return work();
    } finally {
      db.exec('PRAGMA synchronous = FULL');
    }
  };

  const statements: StatementStore = {
    insert(rows, attachments) {
      writable('statements.insert');
      writer.statements.insert(rows, attachments);
    },
    get: (id) => readSide().statements.get(id),
    query: (filter) => readSide().statements.query(filter),
    lastSeq: () => readSide().statements.lastSeq(),
    // The writer's high-water mark: the stored clock starts from it and must never go back.
    lastStored: () => writer.statements.lastStored(),
    attachment: (sha2) => readSide().statements.attachment(sha2),
    count: () => readSide().statements.count(),
    eraseAgent(ifi) {
      writable('statements.eraseAgent');
      return writer.statements.eraseAgent(ifi);
    },
  };
  const documents: DocumentStore = {
    get: (scope, id) => readSide().documents.get(scope, id),
    ids: (scope, since) => readSide().documents.ids(scope, since),
    ofAgent: (ifi) => readSide().documents.ofAgent(ifi),
    put(scope, document) {
      writable('documents.put');
      writer.documents.put(scope, document);
    },
    delete(scope, id) {
      writable('documents.delete');
      writer.documents.delete(scope, id);
    },
    deleteAll(scope) {
      writable('documents.deleteAll');
      writer.documents.deleteAll(scope);
    },
    eraseAgent(ifi) {
      writable('documents.eraseAgent');
      return writer.documents.eraseAgent(ifi);
    },
  };
  const activities: ActivityStore = {
    get: (id) => readSide().activities.get(id),
    put(id, json) {
      writable('activities.put');
      writer.activities.put(id, json);
    },
  };

  return {
    statements,
    documents,
    activities,
    isolatesOpenTransactions: !memory,
    transaction: (work, transactionOptions) => {
      writable('transaction');
      // Nested calls are savepoints; only the outermost commit decides how it syncs.
      if (db.inTransaction) return db.transaction(work)();
      return withSync(transactionOptions, () => db.transaction(work)());
    },
    begin(transactionOptions): OpenTransaction {
      if (db.inTransaction) throw new Error('begin(): a transaction is already open');
      if (wal) checkpointer ??= startWalCheckpointer(db, resolve(options.path));
      const deferred = transactionOptions?.deferSync === true && wal !== undefined;
      if (deferred) db.exec('PRAGMA synchronous = NORMAL');
      try {
        // IMMEDIATE takes the write lock now, so a step never waits for it.
        db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if (deferred) db.exec('PRAGMA synchronous = FULL');
        throw error;
      }
      let settle = () => {};
      const idle = new Promise<void>((resolve) => (settle = resolve));
      openTransaction = { idle, settle };
      let savepoints = 0;
      const close = () => {
        openTransaction = undefined;
        if (deferred) db.exec('PRAGMA synchronous = FULL');
        settle();
      };
      return {
        step(work) {
          if (stepping) return work();
          stepping = true;
          try {
            return work();
          } finally {
            stepping = false;
          }
        },
        savepoint() {
          const name = `wm_step_${++savepoints}`;
          db.exec(`SAVEPOINT ${name}`);
          return {
            release: () => db.exec(`RELEASE ${name}`),
            rollback: () => db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`),
          };
        },
        commit() {
          try {
            db.exec('COMMIT');
          } catch (error) {
            if (db.inTransaction) db.exec('ROLLBACK');
            close();
            throw error;
          }
          close();
        },
        rollback() {
          try {
            if (db.inTransaction) db.exec('ROLLBACK');
          } finally {
            close();
          }
        },
      };
    },
    idle: () => openTransaction?.idle ?? Promise.resolve(),
    sync: () => wal?.sync() ?? Promise.resolve(),
    close: () => {
      checkpointer?.close();
      reader?.db.close();
      db.close();
      void wal?.close();
    },
  };
}
