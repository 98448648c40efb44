/**
 * One store's connection to PostgreSQL, inside the worker thread: ONE dedicated pg.Client, so
 * BEGIN / SAVEPOINT / COMMIT are plain SQL and the connection's transaction is the store's.
 *
 * Every call from the main thread brings the transaction control it deferred (BEGIN, SAVEPOINT,
 * RELEASE, ROLLBACK TO, COMMIT: postgres-connection.ts queues them so a savepoint costs no
 * blocking call of its own) and at most one operation. A write operation is atomic by itself:
 * in a transaction it runs in a savepoint of its own, so a failed write (a duplicate id) is
 * undone and leaves the transaction usable, as a failed statement does in SQLite; outside one
 * it runs in BEGIN ... COMMIT. PostgreSQL would otherwise abort the whole transaction.
 *
 * A lost connection (server restart, network) is reopened on the next call, unless it was lost
 * inside a transaction: that transaction is gone (the server rolled it back), so every call
 * fails with that news until the main thread ends the transaction, and then it reconnects.
 *
 * Plain JavaScript (.mjs), like the rest of the worker: a worker thread does not inherit the
 * TypeScript loader of tsx or vitest, and plain modules run the same under both and under node.
 */
import pg from 'pg';
import { textSafeClient } from './pg-text.mjs';

// seq is BIGINT; the LRS's seq numbers stay far below 2^53, so they are plain numbers here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** A PostgreSQL identifier in double quotes (the schema name comes from LRS_DB). */
export const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/** pg's message, with PostgreSQL's detail when it has one (which key was duplicated, and so on). */
export function describePgError(error) {
  const message = error instanceof Error ? error.message : String(error);
  return error && typeof error === 'object' && typeof error.detail === 'string' ? `${message} (${error.detail})` : message;
}

/** An error for the main thread: what failed, in which operation, with PostgreSQL's SQLSTATE as `code`. */
export function operationError(operation, error) {
  const wrapped = new Error(`PostgreSQL store, ${operation}: ${describePgError(error)}`);
  if (error && typeof error === 'object' && typeof error.code === 'string') wrapped.code = error.code;
  return wrapped;
}

const CONNECT_TIMEOUT_MS = 10_000;

export class PgSession {
  /** @param {{ connectionString: string, schema: string, where: string, password: string }} target */
  constructor(target) {
    this.target = target;
    this.client = undefined;
    this.lost = undefined;
    /** Set when the connection was lost inside a transaction, until the main thread ends it. */
    this.lostTransaction = false;
  }

  /** Opens the connection and points it at the store's schema; the error says where and why, never the password. */
  async connect() {
    const client = new pg.Client({
      connectionString: this.target.connectionString,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      application_name: 'workmentor-lrs',
    });
    // Without a listener an idle connection's error would end the worker thread.
    client.on('error', (error) => this.markLost(client, error));
    client.on('end', () => this.markLost(client, new Error('the connection was closed')));
    try {
      await client.connect();
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw new Error(`could not connect to PostgreSQL at ${this.target.where}: ${this.redact(describePgError(error))}; check LRS_DB`);
    }
    const encoding = (await client.query('SHOW server_encoding')).rows[0].server_encoding;
    if (encoding !== 'UTF8') {
      await client.end();
      throw new Error(`PostgreSQL at ${this.target.where} stores text as ${encoding}; the LRS needs a UTF8 database (createdb -E UTF8 ...); check LRS_DB`);
    }
    this.client = client;
    this.lost = undefined;
    return client;
  }

  markLost(client, error) {
    if (client !== this.client || this.lost) return;
    this.lost = error;
    if (client.getTransactionStatus() !== 'I') this.lostTransaction = true;
  }

  redact(text) {
    return this.target.password ? text.split(this.target.password).join('***') : text;
  }

  /** Runs the deferred transaction control, then `operation` (atomic when it writes). */
  async run(control, operation, args) {
    const ending = control.some((sql) => sql === 'COMMIT' || sql === 'ROLLBACK');
    if (this.lost) {
      if (this.lostTransaction) {
        if (!ending) throw new Error(`PostgreSQL store: the connection to ${this.target.where} was lost inside a transaction (${this.lost.message}); the server rolled the transaction back`);
        this.lostTransaction = false;
        // A COMMIT of the lost transaction must not pretend to succeed; a ROLLBACK is what happened anyway.
        if (control.includes('COMMIT')) throw new Error(`PostgreSQL store: the connection to ${this.target.where} was lost before COMMIT (${this.lost.message}); nothing of the transaction was stored`);
        control = [];
      }
      await this.client?.end().catch(() => undefined);
      await this.connect();
      await this.client.query(`SET search_path TO ${quoteIdent(this.target.schema)}`);
    }
    const client = this.client;
    if (control.length > 0) {
      let results;
      try {
        results = await client.query(control.join('; '));
      } catch (error) {
        // A failed COMMIT ends the transaction in PostgreSQL; anything else leaves it to the caller's ROLLBACK.
        throw operationError(control.join('; '), error);
      }
      // PostgreSQL answers COMMIT of a transaction that had an error with ROLLBACK, not an error.
      const last = Array.isArray(results) ? results.at(-1) : results;
      if (control.at(-1) === 'COMMIT' && last?.command === 'ROLLBACK') {
        throw new Error('PostgreSQL store, COMMIT: the transaction was rolled back instead, because a statement in it had failed; nothing of it was stored');
      }
    }
    if (!operation) return undefined;
    const safe = textSafeClient(client);
    if (!operation.write) return this.guard(operation.name, () => operation.run(safe, args));
    return this.guard(operation.name, () => this.atomic(client, () => operation.run(safe, args), operation.write === 'one statement'));
  }

  async guard(name, work) {
    try {
      return await work();
    } catch (error) {
      throw operationError(name, error);
    }
  }

  /**
   * `work` all or nothing: in a savepoint inside a transaction, in a transaction of its own
   * otherwise (unless it is one SQL statement, which PostgreSQL runs atomically anyway).
   */
  async atomic(client, work, oneStatement) {
    const status = client.getTransactionStatus();
    if (status === 'E') throw new Error('the transaction failed earlier and must be rolled back first');
    const inTransaction = status === 'T';
    if (!inTransaction && oneStatement) return work();
    await client.query(inTransaction ? 'SAVEPOINT wm_operation' : 'BEGIN');
    let result;
    try {
      result = await work();
    } catch (error) {
      await client.query(inTransaction ? 'ROLLBACK TO SAVEPOINT wm_operation; RELEASE SAVEPOINT wm_operation' : 'ROLLBACK').catch(() => undefined);
      throw error;
    }
    await client.query(inTransaction ? 'RELEASE SAVEPOINT wm_operation' : 'COMMIT');
    return result;
  }

  async close() {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.removeAllListeners('end');
    await client.end().catch(() => undefined);
  }
}
