/**
 * What the statement writer promises readers: X-Experience-API-Consistent-Through, checked
 * against a group commit the test holds open, so "written but not yet durable" can be seen.
 */
import { describe, expect, it } from 'vitest';
import type { GroupCommit } from '../store/group-commit.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import { statement } from '../testing/test-lrs.ts';
import { storedClock } from './statement-prepare.ts';
import { statementWriter } from './statement-writer.ts';

const AUTHORITY = { objectType: 'Agent' as const, account: { homePage: 'urn:test', name: 'test' } };

/** A group commit that runs each write at once but acknowledges it only when released. */
function heldCommit(): GroupCommit & { release(): void } {
  const waiting: Array<() => void> = [];
  return {
    enqueue(work) {
      work();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StatementWriter.consistentThrough', () => {
  it('is the current time on an empty store, not the epoch', () => {
    const store = openMemoryStore();
    const writer = statementWriter(store, storedClock(store.statements.lastStored()), heldCommit());
    const before = new Date().toISOString();
    expect(writer.consistentThrough() >= before).toBe(true);
  });

  it('never precedes the last stored statement, even when the wall clock is behind it', () => {
    const store = openMemoryStore();
    const future = '2999-01-01T00:00:00.000Z';
    const writer = statementWriter(store, storedClock(future), heldCommit());
    expect(writer.consistentThrough()).toBe(future);
  });

  it('stops at a statement still waiting for its commit, then moves on once it is durable', async () => {
    const store = openMemoryStore();
    const commits = heldCommit();
    const writer = statementWriter(store, storedClock(), commits);
    const writing = writer.write({ body: statement(), version: '2.0.0', authority: AUTHORITY, parts: [], multipart: false });
    const stored = store.statements.query({ keys: [], ascending: true, limit: 1 })[0]!.stored;
    await later(5);
    expect(writer.consistentThrough()).toBe(stored);
    commits.release();
    await writing;
    expect(writer.consistentThrough() > stored).toBe(true);
  });
});
