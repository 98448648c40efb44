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

describe('group commit', () => {
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
