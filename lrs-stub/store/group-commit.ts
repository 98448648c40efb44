/**
 * Group commit: statement writes that arrive while the previous commit is on disk are
 * committed together in one transaction (one fsync), and each request is acknowledged only
 * after the transaction holding its rows is durable. With synchronous=FULL an fsync costs
 * milliseconds, so committing requests one by one would cap ingest at a few hundred per
 * second; grouping keeps the "acknowledged means on disk" promise and scales with clients.
 *
 * Each queued write runs in its own savepoint, so one failing write rejects only its request.
 */
import type { LrsStore } from './store.ts';

interface Pending {
  work: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface GroupCommit {
  /** Runs `work` in the next group transaction; resolves once that transaction committed. */
  enqueue(work: () => void): Promise<void>;
}

export function groupCommit(store: LrsStore): GroupCommit {
  let queue: Pending[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    const failures = new Map<Pending, unknown>();
    try {
      store.transaction(() => {
        for (const item of batch) {
          try {
            store.transaction(item.work);
          } catch (error) {
            failures.set(item, error);
          }
        }
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const item of batch) {
      if (failures.has(item)) item.reject(failures.get(item));
      else item.resolve();
    }
  };

  return {
    enqueue(work) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          // setImmediate runs after the I/O callbacks of this loop turn, so every request that
          // arrived while the last commit blocked the thread joins this one.
          setImmediate(flush);
        }
      });
    },
  };
}
