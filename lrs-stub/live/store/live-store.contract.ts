/**
 * What every live-session store must do, run against each (sqlite-live-store.test.ts,
 * postgres-live-store.test.ts): keep sessions whole, refuse a second running session with the
 * same join code, refuse a write made from a stale revision, delete old sessions, and tell a
 * second store object on the same storage (another server process) of every change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testContext, withParticipants } from '../live-module.test-support.ts';
import { play } from '../live-module.test-support.ts';
import type { LiveSession } from '../session-schema.ts';
import type { LiveChange, LiveStore } from './live-store.ts';

export interface LiveStoreFactory {
  /** A fresh, empty storage, opened twice: as two server processes would. */
  openPair(): Promise<[LiveStore, LiveStore]>;
}

/** Resolves once `condition` holds; checks at every turn of the event loop and on a short timer. */
export async function until(condition: () => boolean, what: string, attempts = 400): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const session = (id: string, joinCode = 'KMP-7RX'): LiveSession => ({ ...withParticipants(['Ann', 'Bo']).state, id, joinCode });

export function liveStoreContract(name: string, factory: LiveStoreFactory): void {
  describe(`${name}: the live-session store contract`, () => {
    const opened: LiveStore[] = [];
    const pair = async () => {
      const stores = await factory.openPair();
      opened.push(...stores);
      return stores;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    it('keeps a session whole and finds it by id, running join code and facilitator', async () => {
      const [store] = await pair();
      const stored = session('s-1');
      expect(await store.create(stored)).toBe('created');
      expect(await store.get('s-1')).toEqual(stored);
      expect(await store.byJoinCode('KMP-7RX')).toEqual(stored);
      expect((await store.ofFacilitator(stored.facilitator)).map((s) => s.id)).toEqual(['s-1']);
      expect(await store.get('nope')).toBeUndefined();
      expect(await store.ofFacilitator('someone-else')).toEqual([]);
    });

    it('refuses a join code in use by a running session, and frees it when that one finishes', async () => {
      const [store] = await pair();
      const first = session('s-1');
      await store.create(first);
      expect(await store.create(session('s-2'))).toBe('code-taken');
      const context = testContext();
      const finished = play(first, context, { type: 'start' }, { type: 'end' }).state;
      expect(await store.update(finished, first.revision)).toBe(true);
      expect(await store.byJoinCode('KMP-7RX')).toBeUndefined();
      expect(await store.create(session('s-2'))).toBe('created');
    });

    it('stores a change only from the revision it was made on (compare-and-set)', async () => {
      const [a, b] = await pair();
      const start = session('s-1');
      await a.create(start);
      const context = testContext();
      const fromA = play(start, context, { type: 'start' }).state;
      const fromB = play(start, context, { type: 'end' }).state;
      expect(await a.update(fromA, start.revision)).toBe(true);
      expect(await b.update(fromB, start.revision)).toBe(false);
      expect((await b.get('s-1'))!.phase).toBe(fromA.phase);
    });

    it('tells the other process of every change, with its revision', async () => {
      const [a, b] = await pair();
      const heard: LiveChange[] = [];
      b.onChange((change) => heard.push(change));
      const start = session('s-1');
      await a.create(start);
      const next = play(start, testContext(), { type: 'start' }).state;
      await a.update(next, start.revision);
      await until(() => heard.some((change) => change.id === 's-1' && change.revision === next.revision), 'the second store to hear the change');
      expect(heard.every((change) => change.id === 's-1')).toBe(true);
    });

    it('deletes sessions last changed before a given time, names and all', async () => {
      const [store] = await pair();
      await store.create({ ...session('old', 'AAA-333'), updatedAt: '2026-01-01T00:00:00.000Z' });
      await store.create({ ...session('new', 'CCC-444'), updatedAt: '2026-03-01T00:00:00.000Z' });
      expect(await store.deleteChangedBefore('2026-02-01T00:00:00.000Z')).toBe(1);
      expect(await store.get('old')).toBeUndefined();
      expect(await store.get('new')).toBeDefined();
    });
  });
}

