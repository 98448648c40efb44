/**
 * A 20,000-statement POST used to hold the event loop for 2-14 s, stalling every other client.
 * Now it is validated, prepared and inserted in time slices, in one transaction that stays
 * open across turns of the event loop. What that must keep: the batch is stored whole or not
 * at all, in order; readers never see part of it; writes made meanwhile are neither lost nor
 * swept into it. How long others wait is measured by `npm run bench:lrs`, not asserted here.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { LrsStore } from '../store/store.ts';
import { statement, testLrs } from '../testing/test-lrs.ts';
import type { ErrorLogEntry } from './error-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'lrs-huge-batch-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A file store: only it keeps a transaction open across turns (a :memory: one runs it straight through). */
const fileStore = () => openSqliteStore({ path: join(dir, `${++files}.sqlite`) });

const batchOf = (n: number) => Array.from({ length: n }, () => statement({ id: randomUUID() }));

/**
 * The store, logging into `events` when the batch's statements are looked up (its preparation)
 * and when a transaction opens and closes (its insert), so a test can tell whether another
 * request was answered in the middle of either.
 */
function watchedStore(inner: LrsStore, batchIds: ReadonlySet<string>, events: string[]): LrsStore {
  return {
    ...inner,
    statements: {
      ...inner.statements,
      get(id) {
        if (batchIds.has(id)) events.push('prepare');
        return inner.statements.get(id);
      },
    },
    begin(options) {
      const transaction = inner.begin(options);
      events.push('begin');
      return {
        ...transaction,
        commit() {
          transaction.commit();
          events.push('end');
        },
        rollback() {
          transaction.rollback();
          events.push('end');
        },
      };
    },
  };
}

/** The events during the batch's preparation, and during the transaction it was inserted in. */
function phases(events: readonly string[]): { preparing: readonly string[]; inserting: readonly string[] } {
  const prepared = events.lastIndexOf('prepare');
  // The batch is enqueued right after its last lookup: the next transaction to open holds it.
  const begin = events.indexOf('begin', prepared);
  return { preparing: events.slice(events.indexOf('prepare'), prepared), inserting: events.slice(begin, events.indexOf('end', begin)) };
}
const allRows = (store: LrsStore) => store.statements.query({ keys: [], ascending: true, limit: 100_000 });
const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:ana@example.com' }));
const stateUrl = (id: string) => `/xapi/activities/state?activityId=${encodeURIComponent('http://example.com/a')}&agent=${agent}&stateId=${id}`;

describe('a 20,000-statement batch', () => {
  it('is stored whole and in order while other clients are answered, read only committed data, and have their writes kept', async () => {
    const batch = batchOf(20_000);
    const events: string[] = [];
    const lrs = await testLrs({ store: watchedStore(fileStore(), new Set(batch.map((s) => s.id as string)), events), bodyLimit: 50 * 1024 * 1024 });
    try {
      const earlier = await lrs.request('POST', '/xapi/statements', { body: statement() });
      expect(earlier.status).toBe(200);
      events.length = 0;
      let posted = false;
      const post = lrs.request('POST', '/xapi/statements', { body: batch }).finally(() => {
        posted = true;
      });
      // Readers and writers, each in their own loop, for as long as the batch is on its way.
      const seen = new Set<number>();
      const meanwhile = { documents: [] as number[], statements: [] as Array<{ status: number; ids: string[] }> };
      const reading = (async () => {
        for (let round = 0; !posted && round < 100_000; round++) {
          expect((await lrs.request('GET', '/xapi/about')).status).toBe(200);
          if (posted) break;
          events.push('about');
          seen.add(lrs.store.statements.count());
          // An injected request can complete without leaving the microtask queue; a real
          // client's next request arrives in a later turn of the event loop.
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      const writing = (async () => {
        for (let round = 0; !posted && round < 10_000; round++) {
          meanwhile.documents.push((await lrs.request('PUT', stateUrl(`during-${round}`), { body: 'x', headers: { 'content-type': 'text/plain' } })).status);
          const single = await lrs.request('POST', '/xapi/statements', { body: statement() });
          meanwhile.statements.push({ status: single.status, ids: single.status === 200 ? single.json<string[]>() : [] });
        }
      })();
      await Promise.all([reading, writing]);
      const response = await post;
      expect(response.status).toBe(200);
      expect(response.json<string[]>()).toEqual(batch.map((s) => s.id));

      // Others were answered in the middle of its preparation and of its insert transaction
      // (the first is the batch's, whose statements the single POSTs wait behind).
      const { preparing, inserting } = phases(events);
      expect(preparing).toContain('about');
      expect(inserting).toContain('about');
      // Nobody saw part of it: every count is from before it, or after it plus other writes.
      for (const count of seen) expect(count < 21 + meanwhile.statements.length || count >= 20_001).toBe(true);
      expect([...seen].some((count) => count < 20_001)).toBe(true);

      // Writes made meanwhile waited for it and were kept.
      expect(meanwhile.documents.every((status) => status === 204)).toBe(true);
      expect(meanwhile.statements.every((s) => s.status === 200)).toBe(true);
      for (let i = 0; i < meanwhile.documents.length; i++) expect((await lrs.request('GET', stateUrl(`during-${i}`))).body).toBe('x');

      // In order, and in `stored` order: seq never goes against stored.
      const rows = allRows(lrs.store);
      const ids = rows.map((row) => row.id);
      const batchIds = batch.map((s) => s.id as string);
      const first = ids.indexOf(batchIds[0]!);
      expect(ids.slice(first, first + batchIds.length)).toEqual(batchIds);
      for (const single of meanwhile.statements) expect(ids).toContain(single.ids[0]);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.stored >= rows[i - 1]!.stored).toBe(true);
    } finally {
      await lrs.close();
    }
  }, 120_000);
});

describe('a big batch that fails', () => {
  it('stores none of it when the insert fails part-way, answers 500 with a request id, and goes on storing', async () => {
    const inner = fileStore();
    let inserts = 0;
    // The disk fails on the fifth insert step, after 1,000 statements were written.
    const store: LrsStore = {
      ...inner,
      statements: {
        ...inner.statements,
        insert(rows, attachments) {
          if (rows.length > 1 && ++inserts === 5) throw new Error('SQLITE_FULL: database or disk is full');
          inner.statements.insert(rows, attachments);
        },
      },
    };
    const logged: ErrorLogEntry[] = [];
    const lrs = await testLrs({ store, bodyLimit: 50 * 1024 * 1024, errorLog: (entry) => logged.push(entry) });
    try {
      const response = await lrs.request('POST', '/xapi/statements', { body: batchOf(2_000) });
      expect(response.status).toBe(500);
      expect(logged.map((entry) => entry.requestId)).toEqual([response.json<{ requestId: string }>().requestId]);
      expect(lrs.store.statements.count()).toBe(0);
      expect((await lrs.request('POST', '/xapi/statements', { body: batchOf(3) })).status).toBe(200);
      expect(lrs.store.statements.count()).toBe(3);
    } finally {
      await lrs.close();
    }
  }, 60_000);

  it('stores none of it when its last statement conflicts, and the same batch without it goes in afterwards', async () => {
    const lrs = await testLrs({ store: fileStore(), bodyLimit: 50 * 1024 * 1024 });
    try {
      const taken = statement({ id: randomUUID() });
      expect((await lrs.request('POST', '/xapi/statements', { body: taken })).status).toBe(200);
      const batch = batchOf(3_000);
      const conflicting = await lrs.request('POST', '/xapi/statements', { body: [...batch, { ...statement(), id: taken.id }] });
      expect(conflicting.status).toBe(409);
      expect(conflicting.json<{ message: string }>().message).toContain('statements[3000].id');
      expect(lrs.store.statements.count()).toBe(1);
      // Nothing of the refused batch is left pending: the same statements are new again.
      expect((await lrs.request('POST', '/xapi/statements', { body: batch })).status).toBe(200);
      expect(lrs.store.statements.count()).toBe(3_001);
    } finally {
      await lrs.close();
    }
  }, 60_000);

  it('names the first invalid statement of a big batch by its index', async () => {
    const lrs = await testLrs({ store: fileStore(), bodyLimit: 50 * 1024 * 1024 });
    try {
      const batch: unknown[] = batchOf(3_000);
      batch[2_345] = { ...statement(), verb: { id: 'not an IRI' } };
      const response = await lrs.request('POST', '/xapi/statements', { body: batch });
      expect(response.status).toBe(400);
      expect(response.json<{ message: string }>().message).toContain('statements[2345].verb.id');
      expect(lrs.store.statements.count()).toBe(0);
    } finally {
      await lrs.close();
    }
  }, 60_000);
});
