/** Group commit: concurrent writes share one transaction, and one failure stays its own. */
import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';
import { openMemoryStore } from './memory-store.ts';
import type { LrsStore } from './store.ts';

function countingStore(): { store: LrsStore; outerTransactions: () => number } {
  const inner = openMemoryStore();
  let depth = 0;
  let outer = 0;
  const store: LrsStore = {
    ...inner,
    transaction(work) {
      if (depth === 0) outer += 1;
      depth += 1;
      try {
        return inner.transaction(work);
      } finally {
        depth -= 1;
      }
    },
  };
  return { store, outerTransactions: () => outer };
}

/** A store whose sync() the test finishes by hand, recording what each sync covered. */
function manualSyncStore(): { store: LrsStore; syncs: Array<{ finish: () => void; fail: (error: Error) => void }>; deferred: () => number } {
  const inner = openMemoryStore();
  const syncs: Array<{ finish: () => void; fail: (error: Error) => void }> = [];
  let deferred = 0;
  const store: LrsStore = {
    ...inner,
    transaction(work, options) {
      if (options?.deferSync) deferred += 1;
      return inner.transaction(work);
    },
    sync: () => new Promise<void>((resolve, reject) => void syncs.push({ finish: resolve, fail: reject })),
  };
  return { store, syncs, deferred: () => deferred };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('acknowledges a write only once the sync after its commit has finished', async () => {
    const { store, syncs, deferred } = manualSyncStore();
    const commits = groupCommit(store);
    let acknowledged = false;
    const promise = commits.enqueue(() => store.activities.put('http://a', '{}')).then(() => {
      acknowledged = true;
    });
    await turn();
    expect(deferred()).toBe(1);
    expect(store.activities.get('http://a')).toBe('{}');
    expect(syncs).toHaveLength(1);
    await turn();
    expect(acknowledged).toBe(false);
    syncs[0]!.finish();
    await promise;
    expect(acknowledged).toBe(true);
  });

  it('commits the writes that arrive during a sync as the next group, once that sync is done', async () => {
    const { store, syncs, deferred } = manualSyncStore();
    const commits = groupCommit(store);
    const first = commits.enqueue(() => store.activities.put('http://a', '{}'));
    await turn();
    const later = [commits.enqueue(() => store.activities.put('http://b', '{}')), commits.enqueue(() => store.activities.put('http://c', '{}'))];
    await turn();
    expect(deferred()).toBe(1);
    expect(store.activities.get('http://b')).toBeUndefined();
    syncs[0]!.finish();
    await first;
    await turn();
    await turn();
    expect(deferred()).toBe(2);
    expect(store.activities.get('http://c')).toBe('{}');
    expect(syncs).toHaveLength(2);
    syncs[1]!.finish();
    await Promise.all(later);
  });

  it('rejects the writes of a group whose sync failed, and keeps serving', async () => {
    const { store, syncs } = manualSyncStore();
    const commits = groupCommit(store);
    const lost = commits.enqueue(() => store.activities.put('http://a', '{}'));
    await turn();
    syncs[0]!.fail(new Error('EIO'));
    await expect(lost).rejects.toThrow('EIO');
    const next = commits.enqueue(() => store.activities.put('http://b', '{}'));
    await turn();
    syncs[1]!.finish();
    await expect(next).resolves.toBeUndefined();
  });

  it('commits writes queued in the same turn in one transaction', async () => {
    const { store, outerTransactions } = countingStore();
    const commits = groupCommit(store);
    const done: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => commits.enqueue(() => void done.push(n))));
    expect(done).toEqual([1, 2, 3, 4]);
    expect(outerTransactions()).toBe(1);
  });

  it('resolves only after the work ran (acknowledged means written)', async () => {
    const { store } = countingStore();
    const commits = groupCommit(store);
    let written = false;
    const promise = commits.enqueue(() => {
      written = true;
    });
    expect(written).toBe(false);
    await promise;
    expect(written).toBe(true);
  });

  it('rejects only the write that failed; the others in the group still commit', async () => {
    const { store } = countingStore();
    const commits = groupCommit(store);
    const results = await Promise.allSettled([
      commits.enqueue(() => store.activities.put('http://a', '{}')),
      commits.enqueue(() => {
        throw new Error('disk says no');
      }),
      commits.enqueue(() => store.activities.put('http://b', '{}')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.activities.get('http://a')).toBe('{}');
    expect(store.activities.get('http://b')).toBe('{}');
  });
});
