import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../learner-event.ts';
import { MemoryStorage } from '../offline/memory-storage.ts';
import { fingerprint, newEntryId, Outbox } from './outbox.ts';

const at = '2025-06-30T09:15:00.000Z';
const choice = (n: number): LearnerEvent => ({ type: 'choice-made', at, moduleId: 'm', activityId: 'd', nodeId: `n${n}`, choiceId: 'c', quality: 'good', score: 10 });
const viewed = (n: number): LearnerEvent => ({ type: 'activity-experienced', at, moduleId: 'm', activityId: `p${n}`, activityType: 'page' });
const KEY = 'workmentor:c:web:outbox:ann';

describe('Outbox', () => {
  it('writes every queued event through to storage, versioned, and removes the key when empty', () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox(storage);
    outbox.open(KEY);
    outbox.add(choice(1), 'id-1');
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ v: 1, events: [{ id: 'id-1', event: choice(1) }] });
    outbox.remove('id-1');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('puts events queued before it was opened after the stored ones', () => {
    const storage = new MemoryStorage();
    const before = new Outbox(storage);
    before.open(KEY);
    before.add(choice(1), 'a');
    const outbox = new Outbox(storage);
    outbox.add(choice(2), 'b');
    expect(storage.length).toBe(1);
    outbox.open(KEY);
    expect(outbox.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(JSON.parse(storage.getItem(KEY)!).events).toHaveLength(2);
  });

  it('keeps the state with the fingerprints of the states sent from here', () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox(storage);
    outbox.open(KEY);
    outbox.state = { value: 'S2', sent: false };
    outbox.seen = [fingerprint('S1')];
    outbox.sending('S2');
    const again = new Outbox(storage);
    again.open(KEY);
    expect(again.state).toEqual({ value: 'S2', sent: false });
    expect(again.seen).toEqual([fingerprint('S1'), fingerprint('S2')]);
  });

  it('leaves out what is damaged, repeated or of another version, and says so', () => {
    const storage = new MemoryStorage();
    const stored = [{ id: 'a', event: choice(1) }, { id: 'a', event: choice(1) }, { id: 'b', event: { ...choice(2), at: 'yesterday' } }, { id: 'c', event: { type: 'choice-made', at } }, { id: 4, event: choice(4) }, 'x', { id: 'e', event: viewed(5) }];
    storage.setItem(KEY, JSON.stringify({ v: 1, events: stored }));
    storage.setItem(`${KEY}:state`, JSON.stringify({ v: 1, value: 42, sent: false, seen: [] }));
    const outbox = new Outbox(storage);
    const problems = outbox.open(KEY);
    expect(outbox.entries).toEqual([{ id: 'a', event: choice(1) }, { id: 'e', event: viewed(5) }]);
    expect(outbox.state).toBeUndefined();
    expect(problems).toEqual(['5 stored outbox entries were damaged or repeated and were left out.', 'The stored state was damaged and was left out.']);

    storage.removeItem(`${KEY}:state`);
    for (const raw of ['{nope', '[]', JSON.stringify({ v: 2, events: [] }), JSON.stringify({ v: 1, events: 'all' })]) {
      storage.setItem(KEY, raw);
      const other = new Outbox(storage);
      expect(other.open(KEY)).toHaveLength(1);
      expect(other.entries).toEqual([]);
    }
  });

  it('drops the oldest page view first when over its bound, never an answer', () => {
    const outbox = new Outbox(new MemoryStorage(), 3);
    outbox.open(KEY);
    const dropped = [viewed(1), choice(1), viewed(2), choice(2), choice(3), choice(4)].map((e, i) => outbox.add(e, `id-${i}`).dropped);
    expect(dropped).toEqual([undefined, undefined, undefined, viewed(1), viewed(2), undefined]);
    expect(outbox.entries.map((e) => e.event)).toEqual([choice(1), choice(2), choice(3), choice(4)]);
  });

  it('drops session markers after page views, oldest first', () => {
    const outbox = new Outbox(new MemoryStorage(), 2);
    outbox.open(KEY);
    outbox.add({ type: 'launched', at }, 'l');
    outbox.add({ type: 'suspended', at }, 's');
    expect(outbox.add(choice(1), 'c').dropped).toEqual({ type: 'suspended', at });
    expect(outbox.add(choice(2), 'd').dropped).toEqual({ type: 'launched', at });
  });

  it('reports a full or refusing storage instead of throwing', () => {
    const full = new Outbox(new MemoryStorage(10));
    full.open(KEY);
    expect(full.add(choice(1), 'a').outcome).toBe('quota');
    expect(full.entries).toHaveLength(1);
    const blocked = new MemoryStorage();
    blocked.setItem = () => {
      throw new DOMException('no', 'SecurityError');
    };
    const refused = new Outbox(blocked);
    refused.open(KEY);
    expect(refused.add(choice(1), 'a').outcome).toBe('unavailable');
  });

  it('fingerprints states by content', () => {
    expect(fingerprint('1A7yESs0.')).toBe(fingerprint('1A7yESs0.'));
    expect(fingerprint('1A7yESs0.')).not.toBe(fingerprint('1A7yESs1.'));
    expect(fingerprint('')).not.toBe(fingerprint('a'));
  });

  it('makes random UUID v4 ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newEntryId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
