/**
 * The projector: keeps the analytics database caught up with the LRS's statements, so the
 * dashboard's aggregates are computed in SQL over compact tables, never by shipping statements
 * anywhere.
 *
 * It reads the store in `seq` order (the LRS's insertion order) from its cursor, in chunks;
 * each chunk is one transaction that writes the facts, the summary deltas, the rebuilt dialogue
 * runs and the new cursor together, so a crash at any point leaves either the whole chunk or
 * none of it, and the next catch-up neither repeats nor misses a statement.
 *
 * Voiding: the store never returns a voided statement, so a statement voided before the
 * projector reached it (including one that arrived voided, its voiding statement having come
 * first) is simply never projected. A voiding statement for one projected earlier deletes that
 * statement's fact rows (found by its seq) and rebuilds what was derived from them.
 *
 * When: `catchUp()` runs to the end synchronously (tests, the bench, start-up); `settle()` does
 * the same a chunk per turn of the event loop, so a big backlog never blocks the server, and
 * callers waiting at the same time share one run (every panel awaits it before its query);
 * `scheduleCatchUp()` coalesces the calls made after writes into one `settle()` on the next
 * turn.
 */
import type { StatementStore } from '../../store/store.ts';
import type { AnalyticsDb } from './analytics-db.ts';
import { dialogueRuns, runKeyString, type RunKey } from './dialogue-runs.ts';
import { Dimensions } from './dimensions.ts';
import { factWriter } from './fact-writer.ts';
import { learnerSummary } from './learner-summary.ts';
import { readStatement } from './read-statement.ts';

export interface ProjectorOptions {
  db: AnalyticsDb;
  statements: Pick<StatementStore, 'query' | 'lastSeq' | 'get'>;
  /** Statements per transaction (default 2,000: a few tens of milliseconds each). */
  chunkSize?: number;
  /** Where failures of scheduled catch-ups go (a panel's own catch-up fails its request). Default: stderr. */
  onError?: (error: unknown) => void;
}

export interface ProjectionStatus {
  /** The LRS seq projected up to. */
  seq: number;
  /** Statements placed in the course (and not voided since). */
  statements: number;
}

export class Projector {
  private readonly db: AnalyticsDb;
  private readonly statements: ProjectorOptions['statements'];
  private readonly chunkSize: number;
  private readonly onError: (error: unknown) => void;
  readonly dimensions: Dimensions;
  private readonly facts;
  private readonly summary;
  private readonly runs;
  private readonly sql;
  private running: Promise<void> | undefined;
  private scheduled = false;
  private stopped = false;

  constructor(options: ProjectorOptions) {
    this.db = options.db;
    this.statements = options.statements;
    this.chunkSize = options.chunkSize ?? 2_000;
    this.onError = options.onError ?? ((error) => process.stderr.write(`analytics projector: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    this.dimensions = new Dimensions(this.db);
    this.facts = factWriter(this.db);
    this.summary = learnerSummary(this.db);
    this.runs = dialogueRuns(this.db);
    this.sql = {
      status: this.db.prepare('SELECT seq, statements FROM projection WHERE id = 1'),
      advance: this.db.prepare('UPDATE projection SET seq = ?, statements = statements + ? WHERE id = 1'),
    };
  }

  status(): ProjectionStatus {
    return this.sql.status.get() as ProjectionStatus;
  }

  /** Projects every statement stored so far; returns how many statements were read. */
  catchUp(): number {
    let read = 0;
    for (;;) {
      const step = this.step();
      read += step.read;
      if (step.done) return read;
    }
  }

  /** Catches up a chunk per turn of the event loop; concurrent callers share one run. */
  settle(): Promise<void> {
    if (this.running) return this.running;
    // The first chunk at once: with nothing (or one chunk) to do, the caller goes on this turn.
    let first;
    try {
      first = this.step();
    } catch (error) {
      return Promise.reject(error);
    }
    if (first.done) return Promise.resolve();
    this.running = (async () => {
      try {
        do await new Promise((resolve) => setImmediate(resolve));
        while (!this.stopped && !this.step().done);
      } finally {
        // After an await, so `running` was assigned before it is cleared.
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** After a write: one settle() on the next turn, however many writes asked for it. */
  scheduleCatchUp(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.stopped) this.settle().catch(this.onError);
    });
  }

  /** No more catch-ups (the app is closing; the store may close first). */
  stop(): void {
    this.stopped = true;
  }

  /** One chunk in one transaction. */
  private step(): { read: number; done: boolean } {
    if (this.stopped) return { read: 0, done: true };
    const cursor = this.status().seq;
    const last = this.statements.lastSeq();
    if (cursor >= last) return { read: 0, done: true };
    const rows = this.statements.query({ keys: [], ascending: true, afterSeq: cursor, maxSeq: last, limit: this.chunkSize });
    // Fewer rows than asked: the rest up to `last` were voided, so the cursor moves past them.
    const reached = rows.length < this.chunkSize ? last : rows[rows.length - 1]!.seq;
    const chunk = this.db.transaction(() => {
      const touchedRuns = new Map<string, RunKey>();
      let placed = 0;
      for (const row of rows) {
        const statement = readStatement(row.json, row.stored, this.dimensions);
        if (statement.kind === 'skipped') continue;
        if (statement.kind === 'voiding') {
          placed -= this.void(statement.target, touchedRuns);
          continue;
        }
        const learner = this.dimensions.learner(statement.learner);
        this.dimensions.learn(statement.learned);
        this.dimensions.place(row.seq, statement);
        if (statement.definition) this.dimensions.define(statement, statement.definition);
        if (statement.answer?.kind === 'ratings' && statement.answer.scale) this.dimensions.rubric(statement, statement.answer.scale);
        this.facts.write(row.seq, learner, statement);
        this.summary.add(learner, statement);
        if (statement.answer?.kind === 'choice' || statement.answer?.kind === 'ending') {
          const key = { learner, registration: statement.registration, module: statement.module, activity: statement.activity };
          touchedRuns.set(runKeyString(key), key);
        }
        placed += 1;
      }
      this.summary.flush();
      for (const key of touchedRuns.values()) this.runs.rebuild(key);
      this.sql.advance.run(reached, placed);
    });
    try {
      chunk();
    } catch (error) {
      // The transaction rolled back; so must what was kept in memory for it (new learners' ids,
      // pending summary deltas), or the next try would count on rows that are not there.
      this.summary.discard();
      this.dimensions.reload();
      throw error;
    }
    return { read: rows.length, done: reached >= last };
  }

  /** Undoes a projected statement; returns 1 when it had been placed. */
  private void(targetId: string, touchedRuns: Map<string, RunKey>): number {
    const target = this.statements.get(targetId);
    if (!target) return 0;
    // Pending deltas first, so the rebuild below is not added to afterwards.
    this.summary.flush();
    const read = readStatement(target.json, target.stored, this.dimensions);
    const removed = this.facts.remove(target.seq, read.kind === 'placed' ? read.registration : '');
    if (!removed) return 0;
    this.summary.rebuild(removed.learner);
    const key = { learner: removed.learner, registration: removed.registration, module: removed.module, activity: removed.activity };
    touchedRuns.set(runKeyString(key), key);
    return 1;
  }
}
