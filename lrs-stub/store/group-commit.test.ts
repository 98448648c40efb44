/** Group commit: concurrent writes share one transaction, and one failure stays its own. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';
import { openMemoryStore } from './memory-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { LrsStore } from './store.ts';
import { SLICE_MS } from './time-slices.ts';

function countingStore(): { store: LrsStore; outerTransactions: () => number } {
  const inner = openMemoryStore();
  let outer = 0;
  const store: LrsStore = {
    ...inner,
    begin(options) {
      outer += 1;
      return inner.begin(options);
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
    begin(options) {
      if (options?.deferSync) deferred += 1;
      return inner.begin(options);
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

/** Holds the thread for longer than a slice, as inserting a few thousand statements does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

const dir = mkdtempSync(join(tmpdir(), 'lrs-group-commit-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fileStore = () => openSqliteStore({ path: join(dir, `${++files}.sqlite`) });

describe('group commit, huge writes in steps', () => {
  it('serves other callbacks between the steps, which readers cannot see until the whole write commits', async () => {
    const store = fileStore();
    const commits = groupCommit(store);
    let finished = false;
    const write = commits.enqueue(function* () {
      for (let i = 0; i < 5; i++) {
        store.activities.put(`http://a/${i}`, '{}');
        busyFor(SLICE_MS + 1);
        yield;
      }
      finished = true;
    });
    // Queued after the group's flush, so it runs at the flush's first turn, mid-write.
    const seenMeanwhile = await new Promise<{ finished: boolean; read: string | undefined; write: unknown }>((resolve) =>
      setImmediate(() => {
        let refused: unknown;
        try {
          store.activities.put('http://outside', '{}');
        } catch (error) {
          refused = error;
        }
        resolve({ finished, read: store.activities.get('http://a/0'), write: refused });
      }),
    );
    expect(seenMeanwhile.finished).toBe(false);
    expect(seenMeanwhile.read).toBeUndefined();
    expect(seenMeanwhile.write).toBeInstanceOf(Error);
    await write;
    expect(finished).toBe(true);
    expect(Array.from({ length: 5 }, (_, i) => store.activities.get(`http://a/${i}`))).toEqual(Array(5).fill('{}'));
    await store.idle();
    store.activities.put('http://outside', '{}');
    store.close();
  });

  it('undoes a huge write that fails in a later step, and commits the others of its group', async () => {
    const store = fileStore();
    const commits = groupCommit(store);
    const results = await Promise.allSettled([
      commits.enqueue(() => store.activities.put('http://before', '{}')),
      commits.enqueue(function* () {
        store.activities.put('http://huge/0', '{}');
        busyFor(SLICE_MS + 1);
        yield;
        store.activities.put('http://huge/1', '{}');
        yield;
        throw new Error('refused at step 3');
      }),
      commits.enqueue(() => store.activities.put('http://after', '{}')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.activities.get('http://huge/0')).toBeUndefined();
    expect(store.activities.get('http://huge/1')).toBeUndefined();
    expect(store.activities.get('http://before')).toBe('{}');
    expect(store.activities.get('http://after')).toBe('{}');
    store.close();
  });

  it('runs the steps back to back on a store whose readers would see them (memory)', async () => {
    const store = openMemoryStore();
    const commits = groupCommit(store);
    let finished = false;
    const write = commits.enqueue(function* () {
      for (let i = 0; i < 3; i++) {
        store.activities.put(`http://a/${i}`, '{}');
        busyFor(SLICE_MS + 1);
        yield;
      }
      finished = true;
    });
    const finishedMeanwhile = await new Promise<boolean>((resolve) => setImmediate(() => resolve(finished)));
    expect(finishedMeanwhile).toBe(true);
    await write;
  });
});
