/**
 * The PostgreSQL store (LRS_DB=postgres://...): the same port as SQLite and memory, for a
 * school or a cohort that already runs PostgreSQL or outgrows one file.
 *
 * The port is synchronous (store.ts says why), so this is a synchronous facade: each method is
 * one blocking call into a worker thread that talks to PostgreSQL over ONE dedicated connection
 * (postgres-connection.ts, pg-worker.mjs). One connection makes the store's transaction the
 * connection's: `transaction()` is BEGIN ... COMMIT, nested calls and `begin()`'s savepoints are
 * SAVEPOINTs, and reads inside see the transaction's own writes.
 *
 * What follows from that:
 * - The event loop waits while PostgreSQL works, as it does for SQLite; every method is one
 *   network round trip or a few, and a batch goes in with a handful of set-based statements.
 * - Reads between the steps of an open transaction would see its uncommitted rows (there is no
 *   second connection), so `isolatesOpenTransactions` is false: like the memory store, the group
 *   commit runs the steps back to back and nobody reads half a batch.
 * - A commit is durable when COMMIT returns (PostgreSQL flushes its WAL then, with the server's
 *   default synchronous_commit), so `deferSync` changes nothing and `sync()` resolves at once.
 * - One LRS process per schema, as with one SQLite file: the stored clock and the look-up-then-
 *   write rules assume nobody else writes in between.
 */
import type { ActivityStore, AttachmentContent, DocumentStore, LrsStore, OpenTransaction, StatementStore, StoredDocument, StoredStatement } from '../store.ts';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.ts';
import { asBuffer, ownBytes, PostgresConnection } from './postgres-connection.ts';
import { parsePostgresUrl } from './postgres-url.ts';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database, optionally ?schema=name (default public). */
  url: string;
  /** The schema's migrations; tests hand in their own list. */
  migrations?: readonly PostgresMigration[];
}

export interface PostgresStore extends LrsStore {
  /** Ids of the migrations applied when this store opened (empty when the schema was current). */
  readonly migrated: readonly number[];
}

/** Deletes a schema and everything in it (tests' throw-away stores). */
export function dropPostgresSchema(url: string): void {
  PostgresConnection.dropSchema(parsePostgresUrl(url));
}

type WireDocument = Omit<StoredDocument, 'content'> & { content: Uint8Array };
const fromWire = (d: WireDocument): StoredDocument => ({ ...d, content: asBuffer(d.content) });

export function openPostgresStore(options: PostgresStoreOptions): PostgresStore {
  const target = parsePostgresUrl(options.url);
  const { connection, migrated, lastStored: storedAtOpen } = PostgresConnection.open(target, options.migrations ?? POSTGRES_MIGRATIONS);
  // The stored clock's high-water mark, kept here as the SQLite store keeps it: it starts from
  // it and must never go back, so a rolled-back insert does not lower it either.
  let lastStored = storedAtOpen;

  let inTransaction = false;
  let savepoints = 0;
  let open: { idle: Promise<void>; settle: () => void } | undefined;
  let stepping = 0;
  const writable = (what: string) => {
    if (open && stepping === 0) throw new Error(`${what} while a transaction is open across turns: wait for store.idle() before writing outside its steps`);
  };
  const write = <T>(what: string, op: string, args: object): T => {
    writable(what);
    return connection.run<T>(op, args);
  };

  const statements: StatementStore = {
    insert(rows, attachments) {
      writable('statements.insert');
      connection.run('insertStatements', { statements: rows, attachments: attachments.map((a) => ({ ...a, content: ownBytes(a.content) })) });
      for (const row of rows) if (lastStored === undefined || row.stored > lastStored) lastStored = row.stored;
    },
    get: (id) => connection.run<StoredStatement | undefined>('getStatement', { id }),
    query: (filter) => connection.run<StoredStatement[]>('queryStatements', { filter }),
    lastSeq: () => connection.run<number>('lastSeq'),
    lastStored: () => lastStored,
    attachment(sha2) {
      const found = connection.run<(Omit<AttachmentContent, 'content'> & { content: Uint8Array }) | undefined>('attachment', { sha2 });
      return found && { ...found, content: asBuffer(found.content) };
    },
    count: () => connection.run<number>('countStatements'),
    eraseAgent: (ifi) => write<number>('statements.eraseAgent', 'eraseAgentStatements', { ifi }),
  };

  const documents: DocumentStore = {
    get(scope, id) {
      const found = connection.run<WireDocument | undefined>('getDocument', { scope, id });
      return found && fromWire(found);
    },
    put: (scope, document) => write<void>('documents.put', 'putDocument', { scope, document: { ...document, content: ownBytes(document.content) } }),
    delete: (scope, id) => write<void>('documents.delete', 'deleteDocument', { scope, id }),
    ids: (scope, since) => connection.run<string[]>('documentIds', { scope, since }),
    deleteAll: (scope) => write<void>('documents.deleteAll', 'deleteAllDocuments', { scope }),
    ofAgent: (ifi) => connection.run<{ scope: Parameters<DocumentStore['get']>[0]; document: WireDocument }[]>('documentsOfAgent', { ifi }).map(({ scope, document }) => ({ scope, document: fromWire(document) })),
    eraseAgent: (ifi) => write<number>('documents.eraseAgent', 'eraseAgentDocuments', { ifi }),
  };

  const activities: ActivityStore = {
    get: (id) => connection.run<string | undefined>('getActivity', { id }),
    put: (id, json) => write<void>('activities.put', 'putActivity', { id, json }),
  };

  /** Runs `work` in a savepoint of the open transaction. */
  const inSavepoint = <T>(work: () => T): T => {
    const name = `wm_nested_${++savepoints}`;
    connection.defer(`SAVEPOINT ${name}`);
    let result: T;
    try {
      result = work();
    } catch (error) {
      connection.rollbackTo(name);
      throw error;
    }
    connection.release(name);
    return result;
  };

  const beginTransaction = () => {
    connection.defer('BEGIN');
    inTransaction = true;
  };
  const endTransaction = (end: 'commit' | 'rollback') => {
    inTransaction = false;
    connection[end]();
  };

  return {
    statements,
    documents,
    activities,
    migrated,
    isolatesOpenTransactions: false,
    transaction(work) {
      if (open && stepping === 0) throw new Error('transaction() while a transaction is open across turns: wait for store.idle()');
      if (inTransaction) return inSavepoint(work);
      beginTransaction();
      let result;
      try {
        result = work();
      } catch (error) {
        endTransaction('rollback');
        throw error;
      }
      endTransaction('commit');
      return result;
    },
    begin(): OpenTransaction {
      if (inTransaction) throw new Error('begin(): a transaction is already open');
      beginTransaction();
      let settle = () => {};
      const idle = new Promise<void>((resolve) => (settle = resolve));
      open = { idle, settle };
      const close = (end: 'commit' | 'rollback') => {
        open = undefined;
        try {
          endTransaction(end);
        } finally {
          settle();
        }
      };
      return {
        step(work) {
          stepping += 1;
          try {
            return work();
          } finally {
            stepping -= 1;
          }
        },
        savepoint() {
          const name = `wm_step_${++savepoints}`;
          connection.defer(`SAVEPOINT ${name}`);
          return { release: () => connection.release(name), rollback: () => connection.rollbackTo(name) };
        },
        commit: () => close('commit'),
        rollback: () => close('rollback'),
      };
    },
    idle: () => open?.idle ?? Promise.resolve(),
    // COMMIT returned only once PostgreSQL had the transaction on disk.
    sync: () => Promise.resolve(),
    close() {
      if (inTransaction) {
        inTransaction = false;
        open?.settle();
        open = undefined;
      }
      // Closing the connection rolls back whatever transaction it still had open.
      connection.close();
    },
  };
}
