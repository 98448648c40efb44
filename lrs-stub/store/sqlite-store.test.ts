/** The SQLite store's deferred sync: what the group commit relies on to fsync off the event loop. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
