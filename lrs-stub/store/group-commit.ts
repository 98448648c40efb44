/**
 * Group commit: statement writes that arrive while the previous commit is on its way to disk
 * are committed together in one transaction (one fsync), and each request is acknowledged
 * only after the transaction holding its rows is durable. With synchronous=FULL an fsync
 * costs milliseconds, so committing requests one by one would cap ingest at a few hundred per
 * second; grouping keeps the "acknowledged means on disk" promise and scales with clients.
 *
 * The fsync runs off the event loop: a group commits with `deferSync` (rows written, no
 * fsync) and then `store.sync()` runs on the thread pool while the event loop goes on
 * parsing and validating the next requests, which queue up as the next group. At most one
 * group is syncing at a time; the next group commits as soon as that sync is done, so a busy
 * LRS keeps the disk busy with one fsync after another, each for everything that queued
 * meanwhile. Nothing is acknowledged before the sync that covers it resolved.
 *
 * Each queued write runs in its own savepoint, so one failing write rejects only its request.
 * A write that failed stored nothing, so it is rejected at once, without waiting for the disk.
 *
 * Huge writes (a 20,000-statement batch takes half a second to insert) come as a generator:
 * each `yield` ends a step, and once a time slice is used up the group's transaction stays
 * open while the event loop serves other clients (store.begin(): they read only committed
 * rows meanwhile, and writes wait for it). The batch is still one savepoint in one
 * transaction, so it is stored whole or not at all, in order; groups never overlap, so
 * nothing else writes in between.
 */
import { timeSlices, type TimeSlices } from './time-slices.ts';
import type { LrsStore, OpenTransaction } from './store.ts';

/** Writes done at once, or a generator whose steps (separated by `yield`) may be a turn apart. */
export type CommitWork = () => void | Iterator<unknown, void>;

interface Pending {
  work: CommitWork;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface GroupCommit {
  /** Runs `work` in the next group transaction; resolves once that transaction is durable. */
  enqueue(work: CommitWork): Promise<void>;
}

const isSteps = (value: unknown): value is Iterator<unknown, void> => typeof (value as Iterator<unknown> | undefined)?.next === 'function';

export function groupCommit(store: LrsStore): GroupCommit {
  let queue: Pending[] = [];
  let scheduled = false;
  let committing = false;
  let syncing = false;

  const schedule = () => {
    if (scheduled || committing || syncing || queue.length === 0) return;
    scheduled = true;
    // setImmediate runs after the I/O callbacks of this loop turn, so every request that
    // arrived meanwhile joins this group.
    setImmediate(() => void flush());
  };

  const sync = (committed: readonly Pending[]) => {
    syncing = true;
    store.sync().then(
      () => {
        for (const item of committed) item.resolve();
      },
      (error: unknown) => {
        for (const item of committed) item.reject(error);
      },
    ).finally(() => {
      syncing = false;
      schedule();
    });
  };

  /** Runs one queued write in its own savepoint; returns its error when it failed (and was undone). */
  const run = async (transaction: OpenTransaction, item: Pending, slices: TimeSlices): Promise<unknown> => {
    const savepoint = transaction.step(() => transaction.savepoint());
    try {
      const steps = transaction.step(item.work);
      if (isSteps(steps)) {
        while (!transaction.step(() => steps.next()).done) {
          // Only a store whose readers see committed rows only may be left mid-transaction.
          if (store.isolatesOpenTransactions && slices.due()) await slices.turn();
        }
      }
    } catch (error) {
      transaction.step(() => savepoint.rollback());
      return error ?? new Error('write failed');
    }
    transaction.step(() => savepoint.release());
    return undefined;
  };

  const flush = async () => {
    scheduled = false;
    committing = true;
    const batch = queue;
    queue = [];
    try {
      let transaction: OpenTransaction;
      try {
        transaction = store.begin({ deferSync: true });
      } catch (error) {
        for (const item of batch) item.reject(error);
        return;
      }
      const committed: Pending[] = [];
      const failed: Array<[Pending, unknown]> = [];
      try {
        const slices = timeSlices();
        for (const item of batch) {
          const error = await run(transaction, item, slices);
          if (error === undefined) committed.push(item);
          else failed.push([item, error]);
          if (store.isolatesOpenTransactions && slices.due()) await slices.turn();
        }
        transaction.commit();
      } catch (error) {
        try {
          transaction.rollback();
        } catch {
          // The failure already ended the transaction; nothing is left to undo.
        }
        for (const item of batch) item.reject(error);
        return;
      }
      for (const [item, error] of failed) item.reject(error);
      if (committed.length > 0) sync(committed);
    } finally {
      committing = false;
      schedule();
    }
  };

  return {
    enqueue(work) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        schedule();
      });
    },
  };
}
