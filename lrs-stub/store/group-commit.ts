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
 */
import type { LrsStore } from './store.ts';

interface Pending {
  work: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface GroupCommit {
  /** Runs `work` in the next group transaction; resolves once that transaction is durable. */
  enqueue(work: () => void): Promise<void>;
}

export function groupCommit(store: LrsStore): GroupCommit {
  let queue: Pending[] = [];
  let scheduled = false;
  let syncing = false;

  const schedule = () => {
    if (scheduled || syncing || queue.length === 0) return;
    scheduled = true;
    // setImmediate runs after the I/O callbacks of this loop turn, so every request that
    // arrived meanwhile joins this group.
    setImmediate(flush);
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

  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    const committed: Pending[] = [];
    const failed: Array<[Pending, unknown]> = [];
    try {
      store.transaction(
        () => {
          for (const item of batch) {
            try {
              store.transaction(item.work);
              committed.push(item);
            } catch (error) {
              failed.push([item, error]);
            }
          }
        },
        { deferSync: true },
      );
    } catch (error) {
      for (const item of batch) item.reject(error);
      schedule();
      return;
    }
    for (const [item, error] of failed) item.reject(error);
    if (committed.length > 0) sync(committed);
    else schedule();
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
