/**
 * The main thread's end of a PostgreSQL store's connection: one blocking call into the worker
 * thread (pg-worker.mjs, through synckit) per store method, and transaction control queued
 * rather than sent.
 *
 * Why queued: the group commit wraps every request in a savepoint, so BEGIN, SAVEPOINT and
 * RELEASE would each cost a blocking call (a thread hop and a network round trip) for no
 * answer anybody reads. Instead they ride along with the next operation, executed before it in
 * order; a savepoint released with nothing done inside it is dropped, and a transaction that
 * never sent anything commits or rolls back without a call at all. COMMIT is always sent at
 * once: the caller must know it worked.
 *
 * Bytes cross the thread boundary by structured clone, which turns a Buffer into a Uint8Array:
 * they become Buffers again here, without a copy.
 */
import { fileURLToPath } from 'node:url';
import { createSyncFn } from 'synckit';
import type { PostgresMigration } from './migrations.ts';
import type { PostgresTarget } from './postgres-url.ts';

const WORKER = fileURLToPath(new URL('./pg-worker.mjs', import.meta.url));

type WorkerRequest = { op: string; [field: string]: unknown };
let worker: ((request: WorkerRequest) => unknown) | undefined;
// Started by the first store that opens; synckit keeps one worker per file for the process
// and unrefs it, so it never keeps the process alive.
const call = (request: WorkerRequest): unknown => (worker ??= createSyncFn(WORKER) as (request: WorkerRequest) => unknown)(request);

/** A Uint8Array that came through structured clone, as the Buffer it was. */
export const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/**
 * Bytes to send: a small Buffer is a view into an 8 KiB pool, and structured clone would copy
 * the whole pool, so such a view is cut to its own bytes first.
 */
export const ownBytes = (bytes: Buffer): Uint8Array => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes));

export interface OpenedConnection {
  connection: PostgresConnection;
  /** Ids of the migrations this open applied. */
  migrated: number[];
  /** The greatest `stored` in the schema when it opened. */
  lastStored: string | undefined;
}

export class PostgresConnection {
  private control: string[] = [];
  private closed = false;

  private constructor(
    private readonly handle: number,
    private readonly where: string,
  ) {}

  static open(target: PostgresTarget, migrations: readonly PostgresMigration[]): OpenedConnection {
    const opened = call({ op: 'open', target, migrations }) as { handle: number; migrated: number[]; lastStored: string | undefined };
    return { connection: new PostgresConnection(opened.handle, target.where), migrated: opened.migrated, lastStored: opened.lastStored };
  }

  static dropSchema(target: PostgresTarget): void {
    call({ op: 'dropSchema', target });
  }

  /** Runs one worker operation, after the queued transaction control. */
  run<T>(op: string, args?: object): T {
    if (this.closed) throw new Error(`PostgreSQL store (${this.where}): ${op} after close()`);
    const control = this.control;
    this.control = [];
    return call({ op, handle: this.handle, control, args }) as T;
  }

  /** Queues transaction control for the next call. */
  defer(sql: string): void {
    this.control.push(sql);
  }

  /** Ends a savepoint: when nothing ran since it was queued, neither statement is sent. */
  release(name: string): void {
    if (this.control.at(-1) === `SAVEPOINT ${name}`) this.control.pop();
    else this.control.push(`RELEASE SAVEPOINT ${name}`);
  }

  rollbackTo(name: string): void {
    if (this.control.at(-1) === `SAVEPOINT ${name}`) this.control.pop();
    else this.control.push(`ROLLBACK TO SAVEPOINT ${name}`, `RELEASE SAVEPOINT ${name}`);
  }

  /** Commits; nothing to send when the BEGIN itself was never sent. */
  commit(): void {
    if (this.dropUnsentTransaction()) return;
    this.control.push('COMMIT');
    this.run('control');
  }

  rollback(): void {
    if (this.dropUnsentTransaction()) return;
    // What was queued after the BEGIN that went out earlier is undone by the ROLLBACK anyway.
    this.control = ['ROLLBACK'];
    this.run('control');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.control = [];
    call({ op: 'close', handle: this.handle });
  }

  private dropUnsentTransaction(): boolean {
    const begin = this.control.lastIndexOf('BEGIN');
    if (begin === -1) return false;
    this.control.splice(begin);
    return true;
  }
}
