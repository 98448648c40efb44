/**
 * The storage port of the LRS, one protocol per resource (the lrsql way): statements,
 * documents (state, activity profile, agent profile), activity definitions and attachments.
 * The xAPI rules (xapi/) decide what to store; a store only keeps it and answers queries.
 *
 * The port is synchronous on purpose: better-sqlite3 is synchronous, and the statement rules
 * rely on "look up then write" running without another request in between (conflict checks,
 * voiding), which a synchronous store gives for free in Node's single thread.
 */
import type { IndexKey, IndexKind } from '../xapi/statement-index.ts';

export interface NewStatement {
  id: string;
  /** ISO 8601 UTC with milliseconds, non-decreasing in insertion order. */
  stored: string;
  /** The statement as stored (exact format), serialized. */
  json: string;
  keys: IndexKey[];
  refTarget?: string;
  voidsTarget?: string;
}

export interface StoredStatement {
  /** Insertion order, unique and increasing: the paging cursor. */
  seq: number;
  id: string;
  stored: string;
  voided: boolean;
  json: string;
}

/** Matches a statement having `value` under any of `kinds`. */
export interface KeyCondition {
  kinds: readonly IndexKind[];
  value: string;
}

export interface StatementFilter {
  /** Every condition must hold; each matches a statement's own keys or its target's. */
  keys: KeyCondition[];
  /** Exclusive lower bound on `stored`. */
  since?: string;
  /** Inclusive upper bound on `stored`. */
  until?: string;
  ascending: boolean;
  /** Continue after this seq (exclusive) in the chosen order. */
  afterSeq?: number;
  /** Ignore statements inserted after this seq, so later pages do not shift. */
  maxSeq?: number;
  limit: number;
}

export interface AttachmentContent {
  sha2: string;
  contentType: string;
  content: Buffer;
}

export interface StatementStore {
  /** Inserts all or nothing, voids the `voidsTarget`s, keeps the attachments. */
  insert(statements: readonly NewStatement[], attachments: readonly AttachmentContent[]): void;
  get(id: string): StoredStatement | undefined;
  query(filter: StatementFilter): StoredStatement[];
  /** The highest seq stored so far (0 when empty). */
  lastSeq(): number;
  /** The greatest `stored` value so far. */
  lastStored(): string | undefined;
  attachment(sha2: string): AttachmentContent | undefined;
  count(): number;
  /**
   * Erases a person (GDPR article 17): every statement with `ifi` as an agent or related
   * agent, their index rows, and the attachments no remaining statement uses. Returns how
   * many statements went. Statements that only referred to an erased one stay (they carry
   * no more of the person than their own keys, which go too).
   */
  eraseAgent(ifi: string): number;
}

export type DocumentKind = 'state' | 'activity-profile' | 'agent-profile';

/** Where a document lives; fields not used by a kind are ''. */
export interface DocumentScope {
  kind: DocumentKind;
  activityId: string;
  agent: string;
  registration: string;
}

export interface StoredDocument {
  id: string;
  contentType: string;
  content: Buffer;
  etag: string;
  /** ISO 8601 UTC, the Last-Modified value. */
  updated: string;
}

export interface DocumentStore {
  get(scope: DocumentScope, id: string): StoredDocument | undefined;
  put(scope: DocumentScope, document: StoredDocument): void;
  delete(scope: DocumentScope, id: string): void;
  /** Ids in a scope, optionally only those updated after `since`. */
  ids(scope: DocumentScope, since?: string): string[];
  /** Deletes every document of a scope (State DELETE without stateId). */
  deleteAll(scope: DocumentScope): void;
  /** Every document (state, agent profile) kept for the agent with this IFI, for a data export. */
  ofAgent(ifi: string): { scope: DocumentScope; document: StoredDocument }[];
  /** Deletes every document (state, agent profile) kept for the agent with this IFI; returns how many. */
  eraseAgent(ifi: string): number;
}

export interface ActivityStore {
  /** The canonical definition as JSON, or undefined when never seen. */
  get(activityId: string): string | undefined;
  put(activityId: string, json: string): void;
}

export interface TransactionOptions {
  /** Commit without waiting for the disk; durable only once a later `sync()` resolved. */
  deferSync?: boolean;
}

/** A point inside an open transaction that its later writes can be undone back to. */
export interface Savepoint {
  /** Keeps the writes made since the savepoint (they commit or roll back with the transaction). */
  release(): void;
  /** Undoes the writes made since the savepoint, and ends it. */
  rollback(): void;
}

/**
 * A transaction that may stay open across turns of the event loop: work too big for one turn
 * (20,000 statements take about half a second to insert) runs in steps, and other requests
 * are served between the steps. Every write must happen inside `step()`: that is how the
 * store tells the transaction's own reads and writes from those of requests served meanwhile.
 */
export interface OpenTransaction {
  /** Runs one step of the transaction's work; nested `transaction()` calls inside are savepoints. */
  step<T>(work: () => T): T;
  savepoint(): Savepoint;
  /** Commits (as `transaction()` would, `deferSync` included) and closes the transaction. */
  commit(): void;
  rollback(): void;
}

export interface LrsStore {
  readonly statements: StatementStore;
  readonly documents: DocumentStore;
  readonly activities: ActivityStore;
  /**
   * Runs `work` atomically (one transaction for SQLite), durable when it returns. With
   * `deferSync`, the commit does not wait for the disk: the caller must await `sync()` before
   * it acknowledges anything written (the group commit does, so the fsync leaves the event loop).
   */
  transaction<T>(work: () => T, options?: TransactionOptions): T;
  /**
   * Opens a transaction for work done in steps (see OpenTransaction). While it is open, a write
   * outside its steps throws: callers that write directly (documents) wait for `idle()` first.
   */
  begin(options?: TransactionOptions): OpenTransaction;
  /**
   * True when reads made between the steps of an open transaction see only committed data
   * (the SQLite file store reads through a second connection then). Only such a store lets a
   * transaction stay open across turns of the event loop; the others (memory, SQLite
   * :memory:) run the steps back to back, so nobody can read half a batch.
   */
  readonly isolatesOpenTransactions: boolean;
  /** Resolves once no transaction is open; at once when none is. */
  idle(): Promise<void>;
  /** Resolves once every transaction committed before the call is on stable storage. */
  sync(): Promise<void>;
  close(): void;
}

export type { IndexKey, IndexKind };
