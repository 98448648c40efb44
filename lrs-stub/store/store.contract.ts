/**
 * The store contract: what any LrsStore must do, as one suite that each implementation's
 * test file runs (`describeStoreContract('sqlite', open)`). A new store passes it or it is
 * not a store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexKey, LrsStore, NewStatement } from './store.ts';

let n = 0;
function row(keys: IndexKey[] = [], extra: Partial<NewStatement> = {}): NewStatement {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { id, stored: new Date(Date.UTC(2024, 0, 1, 0, 0, n)).toISOString(), json: JSON.stringify({ id }), keys, ...extra };
}
const agent = (value: string): IndexKey => ({ kind: 'agent', value });
const verb = (value: string): IndexKey => ({ kind: 'verb', value });
const cond = (key: IndexKey) => ({ kinds: [key.kind], value: key.value });
const all = { keys: [], ascending: true, limit: 100 };

export function describeStoreContract(name: string, openStore: () => LrsStore): void {
  describe(`${name} store contract`, () => {
    // Closed after each test: a file store holds connections and a checkpoint worker.
    const opened: LrsStore[] = [];
    const open = () => {
      const store = openStore();
      opened.push(store);
      return store;
    };
    afterEach(() => {
      for (const store of opened.splice(0)) store.close();
    });

    it('returns an inserted statement by id with its JSON', () => {
      const store = open();
      const r = row();
      store.statements.insert([r], []);
      expect(store.statements.get(r.id)).toMatchObject({ id: r.id, json: r.json, stored: r.stored, voided: false });
      expect(store.statements.get('00000000-0000-4000-8000-ffffffffffff')).toBeUndefined();
    });

    it('gives increasing seq numbers in insertion order', () => {
      const store = open();
      const rows = [row(), row(), row()];
      store.statements.insert(rows, []);
      const seqs = store.statements.query(all).map((s) => s.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(store.statements.lastSeq()).toBe(seqs[2]);
    });

    it('inserts a batch all or nothing (a duplicate id fails the whole batch)', () => {
      const store = open();
      const first = row();
      store.statements.insert([first], []);
      expect(() => store.statements.insert([row(), { ...row(), id: first.id }], [])).toThrow();
      expect(store.statements.count()).toBe(1);
    });

    it('rolls back everything written in a failed transaction', () => {
      const store = open();
      expect(() =>
        store.transaction(() => {
          store.statements.insert([row()], []);
          store.documents.put({ kind: 'state', activityId: 'a', agent: 'x', registration: '' }, { id: 'd', contentType: 'text/plain', content: Buffer.from('x'), etag: '"1"', updated: '2024-01-01T00:00:00.000Z' });
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(store.statements.count()).toBe(0);
      expect(store.documents.ids({ kind: 'state', activityId: 'a', agent: 'x', registration: '' })).toEqual([]);
    });

    it('matches every key condition of a filter', () => {
      const store = open();
      const both = row([agent('a'), verb('v')]);
      store.statements.insert([both, row([agent('a')]), row([verb('v')])], []);
      expect(store.statements.query({ ...all, keys: [cond(agent('a')), cond(verb('v'))] }).map((s) => s.id)).toEqual([both.id]);
    });

    it('matches a condition under any of its kinds', () => {
      const store = open();
      const direct = row([agent('a')]);
      const related = row([{ kind: 'related-agent', value: 'a' }]);
      store.statements.insert([direct, related, row([agent('b')])], []);
      expect(store.statements.query({ ...all, keys: [{ kinds: ['agent', 'related-agent'], value: 'a' }] }).map((s) => s.id)).toEqual([direct.id, related.id]);
      expect(store.statements.query({ ...all, keys: [{ kinds: ['agent'], value: 'a' }] }).map((s) => s.id)).toEqual([direct.id]);
    });

    it('filters by since (exclusive) and until (inclusive)', () => {
      const store = open();
      const rows = [row(), row(), row()];
      store.statements.insert(rows, []);
      expect(store.statements.query({ ...all, since: rows[0]!.stored, until: rows[1]!.stored }).map((s) => s.id)).toEqual([rows[1]!.id]);
    });

    it('orders descending by default and pages with afterSeq and maxSeq', () => {
      const store = open();
      const rows = [row(), row(), row(), row()];
      store.statements.insert(rows, []);
      const page1 = store.statements.query({ ...all, ascending: false, limit: 2 });
      expect(page1.map((s) => s.id)).toEqual([rows[3]!.id, rows[2]!.id]);
      const page2 = store.statements.query({ ...all, ascending: false, limit: 2, afterSeq: page1[1]!.seq });
      expect(page2.map((s) => s.id)).toEqual([rows[1]!.id, rows[0]!.id]);
      expect(store.statements.query({ ...all, maxSeq: page1[1]!.seq }).map((s) => s.id)).toEqual([rows[0]!.id, rows[1]!.id, rows[2]!.id]);
    });

    it('voids the target of a voiding statement and leaves it out of queries', () => {
      const store = open();
      const target = row();
      store.statements.insert([target], []);
      const voiding = row([], { refTarget: target.id, voidsTarget: target.id });
      store.statements.insert([voiding], []);
      expect(store.statements.get(target.id)?.voided).toBe(true);
      expect(store.statements.query(all).map((s) => s.id)).toEqual([voiding.id]);
    });

    it('stores a statement voided when its voiding statement arrived first', () => {
      const store = open();
      const targetId = '00000000-0000-4000-8000-bbbbbbbbbbbb';
      store.statements.insert([row([], { refTarget: targetId, voidsTarget: targetId })], []);
      store.statements.insert([{ ...row(), id: targetId }], []);
      expect(store.statements.get(targetId)?.voided).toBe(true);
    });

    it('lets a statement referring to another match the target\'s keys, in either arrival order', () => {
      const store = open();
      const target = row([verb('http://v/answered')]);
      const later = row([verb('http://v/liked')], { refTarget: target.id });
      store.statements.insert([target], []);
      store.statements.insert([later], []);
      const early = row([verb('http://v/liked')], { refTarget: '00000000-0000-4000-8000-aaaaaaaaaaaa' });
      store.statements.insert([early], []);
      store.statements.insert([{ ...row([verb('http://v/answered')]), id: '00000000-0000-4000-8000-aaaaaaaaaaaa' }], []);
      const ids = store.statements.query({ ...all, keys: [cond(verb('http://v/answered'))] }).map((s) => s.id);
      expect(ids).toContain(later.id);
      expect(ids).toContain(early.id);
    });

    it('keeps attachments by sha2', () => {
      const store = open();
      store.statements.insert([row()], [{ sha2: 'abc', contentType: 'text/plain', content: Buffer.from('hi') }]);
      expect(store.statements.attachment('abc')?.content.toString()).toBe('hi');
    });

    it('tracks the latest stored value', () => {
      const store = open();
      expect(store.statements.lastStored()).toBeUndefined();
      const rows = [row(), row()];
      store.statements.insert(rows, []);
      expect(store.statements.lastStored()).toBe(rows[1]!.stored);
    });

    it('puts, gets, lists, deletes documents per scope', () => {
      const store = open();
      const scope = { kind: 'state' as const, activityId: 'http://a', agent: 'mbox|mailto:a@b.c', registration: '' };
      const other = { ...scope, registration: 'r' };
      const doc = (id: string, updated: string) => ({ id, contentType: 'application/json', content: Buffer.from('{}'), etag: `"${id}"`, updated });
      store.documents.put(scope, doc('b', '2024-01-02T00:00:00.000Z'));
      store.documents.put(scope, doc('a', '2024-01-01T00:00:00.000Z'));
      store.documents.put(other, doc('c', '2024-01-01T00:00:00.000Z'));
      expect(store.documents.get(scope, 'a')?.etag).toBe('"a"');
      expect(store.documents.ids(scope)).toEqual(['a', 'b']);
      expect(store.documents.ids(scope, '2024-01-01T12:00:00.000Z')).toEqual(['b']);
      store.documents.put(scope, { ...doc('a', '2024-01-03T00:00:00.000Z'), etag: '"a2"' });
      expect(store.documents.get(scope, 'a')?.etag).toBe('"a2"');
      store.documents.delete(scope, 'a');
      expect(store.documents.get(scope, 'a')).toBeUndefined();
      store.documents.deleteAll(scope);
      expect(store.documents.ids(scope)).toEqual([]);
      expect(store.documents.ids(other)).toEqual(['c']);
    });

    it('erases a person: their statements, keys, documents and unshared attachments, nobody else\'s', () => {
      const store = open();
      const ana = 'mbox|mailto:ana@example.com';
      const ben = 'mbox|mailto:ben@example.com';
      const withAttachment = (sha2: string, keys: IndexKey[]) => {
        const r = row(keys);
        return { ...r, json: JSON.stringify({ id: r.id, attachments: [{ sha2 }] }) };
      };
      const anaOwn = withAttachment('a1', [agent(ana), verb('v')]);
      const anaShared = withAttachment('s1', [agent(ana)]);
      const anaInTeam = row([agent('mbox|mailto:coach@example.com'), { kind: 'related-agent', value: ana }]);
      const benOwn = withAttachment('s1', [agent(ben), verb('v')]);
      const benRefersToAna = row([agent(ben)], { refTarget: anaOwn.id });
      store.statements.insert([anaOwn, anaShared, anaInTeam, benOwn, benRefersToAna], [
        { sha2: 'a1', contentType: 'text/plain', content: Buffer.from('ana') },
        { sha2: 's1', contentType: 'text/plain', content: Buffer.from('shared') },
      ]);
      const scope = { kind: 'state' as const, activityId: 'http://a', agent: ana, registration: '' };
      const doc = { id: 'resume', contentType: 'application/json', content: Buffer.from('{}'), etag: '"r"', updated: '2024-01-01T00:00:00.000Z' };
      store.documents.put(scope, doc);
      store.documents.put({ ...scope, agent: ben }, doc);

      expect(store.documents.ofAgent(ana)).toEqual([{ scope, document: doc }]);
      expect(store.transaction(() => store.statements.eraseAgent(ana))).toBe(3);
      expect(store.transaction(() => store.documents.eraseAgent(ana))).toBe(1);

      for (const gone of [anaOwn, anaShared, anaInTeam]) expect(store.statements.get(gone.id)).toBeUndefined();
      expect(store.statements.query({ ...all, keys: [cond(agent(ana))] })).toEqual([]);
      expect(store.statements.query({ ...all, keys: [{ kinds: ['agent', 'related-agent'], value: ana }] })).toEqual([]);
      expect(store.statements.query({ ...all, keys: [cond(agent(ben))] }).map((s) => s.id)).toEqual([benOwn.id, benRefersToAna.id]);
      expect(store.statements.attachment('a1')).toBeUndefined();
      expect(store.statements.attachment('s1')?.content.toString()).toBe('shared');
      expect(store.documents.ids(scope)).toEqual([]);
      expect(store.documents.ids({ ...scope, agent: ben })).toEqual(['resume']);
      expect(store.documents.ofAgent(ana)).toEqual([]);
      expect(store.statements.count()).toBe(2);
    });

    it('keeps activity definitions by id', () => {
      const store = open();
      expect(store.activities.get('http://a')).toBeUndefined();
      store.activities.put('http://a', '{"id":"http://a"}');
      store.activities.put('http://a', '{"id":"http://a","definition":{}}');
      expect(store.activities.get('http://a')).toBe('{"id":"http://a","definition":{}}');
    });

    describe('transactions open across turns (begin)', () => {
      it('commits the steps together, in order', async () => {
        const store = open();
        const transaction = store.begin();
        const rows = [row(), row(), row()];
        for (const r of rows) {
          transaction.step(() => store.statements.insert([r], []));
          await new Promise((resolve) => setImmediate(resolve));
        }
        transaction.commit();
        expect(store.statements.query(all).map((s) => s.id)).toEqual(rows.map((r) => r.id));
      });

      it('rolls back every step, statements, documents and activities alike', () => {
        const store = open();
        const scope = { kind: 'state' as const, activityId: 'a', agent: 'x', registration: '' };
        const transaction = store.begin();
        transaction.step(() => store.statements.insert([row()], []));
        transaction.step(() => store.documents.put(scope, { id: 'd', contentType: 'text/plain', content: Buffer.from('x'), etag: '"1"', updated: '2024-01-01T00:00:00.000Z' }));
        transaction.step(() => store.activities.put('http://a', '{}'));
        transaction.rollback();
        expect(store.statements.count()).toBe(0);
        expect(store.documents.ids(scope)).toEqual([]);
        expect(store.activities.get('http://a')).toBeUndefined();
      });

      it('undoes only what followed a savepoint that is rolled back', () => {
        const store = open();
        const kept = row();
        const transaction = store.begin();
        transaction.step(() => store.statements.insert([kept], []));
        const savepoint = transaction.savepoint();
        transaction.step(() => store.statements.insert([row()], []));
        savepoint.rollback();
        const released = transaction.savepoint();
        const second = row();
        transaction.step(() => store.statements.insert([second], []));
        released.release();
        transaction.commit();
        expect(store.statements.query(all).map((s) => s.id)).toEqual([kept.id, second.id]);
      });

      it('refuses a write outside the steps, and is idle again once committed', async () => {
        const store = open();
        await store.idle();
        const transaction = store.begin();
        let idle = false;
        const waiting = store.idle().then(() => (idle = true));
        expect(() => store.statements.insert([row()], [])).toThrow(/idle\(\)/);
        expect(() => store.activities.put('http://a', '{}')).toThrow(/idle\(\)/);
        await new Promise((resolve) => setImmediate(resolve));
        expect(idle).toBe(false);
        transaction.commit();
        await waiting;
        expect(idle).toBe(true);
        store.activities.put('http://a', '{}');
      });

      it('lets readers outside the steps see only committed data, when the store isolates', (context) => {
        const store = open();
        if (!store.isolatesOpenTransactions) return context.skip();
        const committed = row();
        store.statements.insert([committed], []);
        const scope = { kind: 'state' as const, activityId: 'a', agent: 'x', registration: '' };
        const transaction = store.begin();
        const pending = row();
        transaction.step(() => {
          store.statements.insert([pending], []);
          store.documents.put(scope, { id: 'd', contentType: 'text/plain', content: Buffer.from('x'), etag: '"1"', updated: '2024-01-01T00:00:00.000Z' });
          // The transaction's own steps read what they wrote.
          expect(store.statements.get(pending.id)).toBeDefined();
        });
        expect(store.statements.get(pending.id)).toBeUndefined();
        expect(store.statements.query(all).map((s) => s.id)).toEqual([committed.id]);
        expect(store.documents.get(scope, 'd')).toBeUndefined();
        transaction.commit();
        expect(store.statements.query(all).map((s) => s.id)).toEqual([committed.id, pending.id]);
        expect(store.documents.get(scope, 'd')).toBeDefined();
      });
    });
  });
}
