/** The SQLite store's deferred sync: what the group commit relies on to fsync off the event loop. */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';
import { openSqliteStore } from './sqlite-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lrs-sqlite-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sqlite store, deferred sync', () => {
  it('keeps what a deferSync transaction wrote once sync() resolved, across a reopen', async () => {
    const path = join(dir, 'lrs.sqlite');
    const store = openSqliteStore({ path });
    store.transaction(() => store.activities.put('http://a', '{"id":"http://a"}'), { deferSync: true });
    expect(store.activities.get('http://a')).toBe('{"id":"http://a"}');
    await store.sync();
    await store.sync();
    store.close();
    const reopened = openSqliteStore({ path });
    expect(reopened.activities.get('http://a')).toBe('{"id":"http://a"}');
    reopened.close();
  });

  it('rolls a failed deferSync transaction back and goes on writing', async () => {
    const store = openSqliteStore({ path: join(dir, 'lrs.sqlite') });
    expect(() =>
      store.transaction(
        () => {
          store.activities.put('http://a', '{}');
          throw new Error('refused');
        },
        { deferSync: true },
      ),
    ).toThrow('refused');
    expect(store.activities.get('http://a')).toBeUndefined();
    store.transaction(() => store.activities.put('http://b', '{}'));
    store.transaction(() => store.activities.put('http://c', '{}'), { deferSync: true });
    await store.sync();
    expect(store.activities.get('http://b')).toBe('{}');
    expect(store.activities.get('http://c')).toBe('{}');
    store.close();
  });

  it('has nothing to sync for :memory:', async () => {
    const store = openSqliteStore({ path: ':memory:' });
    store.transaction(() => store.activities.put('http://a', '{}'), { deferSync: true });
    await expect(store.sync()).resolves.toBeUndefined();
    store.close();
  });
});

describe('sqlite store, privacy', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;

  it('creates the database and its -wal and -shm files 0600, even under umask 000', () => {
    const previous = process.umask(0o000);
    try {
      const path = join(dir, 'new', 'lrs.sqlite');
      const store = openSqliteStore({ path });
      store.transaction(() => store.activities.put('http://a', '{}'));
      expect(existsSync(`${path}-wal`)).toBe(true);
      expect([mode(path), mode(`${path}-wal`), mode(`${path}-shm`)]).toEqual([0o600, 0o600, 0o600]);
      expect(mode(join(dir, 'new'))).toBe(0o700);
      store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('leaves the mode of an existing database as its owner set it', () => {
    const path = join(dir, 'lrs.sqlite');
    writeFileSync(path, '', { mode: 0o640 });
    const store = openSqliteStore({ path });
    store.close();
    expect(mode(path)).toBe(0o640 & ~process.umask());
  });
});

describe('sqlite store, WAL checkpoints', () => {
  it('keeps copying the WAL into the database file once checkpoints move to the worker', async () => {
    const path = join(dir, 'lrs.sqlite');
    const store = openSqliteStore({ path });
    const commits = groupCommit(store);
    const before = statSync(path).size;
    const payload = 'x'.repeat(4_000);
    await Promise.all(Array.from({ length: 200 }, (_, i) => commits.enqueue(() => store.activities.put(`http://a/${i}`, payload))));
    // Nothing in this process checkpoints now (automatic checkpoints are off), so the file
    // grows only when the worker has copied the WAL into it. Bounded wait for the whole of it:
    // on a loaded machine the worker's passive checkpoint copied it in more than one pass, and
    // waiting for the first growth alone read the file at half its size.
    const copied = before + 200 * 4_000;
    for (let i = 0; i < 900 && statSync(path).size <= copied; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(path).size).toBeGreaterThan(copied);
    store.close();
  }, 90_000);
});
