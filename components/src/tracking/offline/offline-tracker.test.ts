import { afterEach, describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../learner-event.ts';
import { describeTrackerContract } from '../tracker.contract.ts';
import { TrackerError, type TrackerProblem } from '../tracker.ts';
import { MemoryStorage } from './memory-storage.ts';
import { OfflineTracker } from './offline-tracker.ts';

describeTrackerContract('OfflineTracker', () => {
  // The storage is the persistence: a new session is a new tracker on the same storage.
  const storage = new MemoryStorage();
  return {
    session: () => new OfflineTracker({ courseId: 'c', storage }),
    recorded: () => new OfflineTracker({ courseId: 'c', storage }).events(),
  };
});

const event = (n: number): LearnerEvent => ({ type: 'module-completed', at: '2025-06-30T09:15:00.000Z', moduleId: `module-${n}` });
const eventSize = JSON.stringify(event(10)).length + 1;

describe('OfflineTracker', () => {
  it('keeps state, log and learner id under keys namespaced by course', async () => {
    const storage = new MemoryStorage();
    const tracker = new OfflineTracker({ courseId: 'workmentor', storage, newId: () => 'anon-1' });
    await tracker.start();
    await tracker.record(event(1));
    await tracker.saveState('S');
    expect([0, 1, 2].map((i) => storage.key(i)).sort()).toEqual(['workmentor:workmentor:events', 'workmentor:workmentor:learner', 'workmentor:workmentor:state']);
    expect(storage.getItem('workmentor:workmentor:learner')).toBe('anon-1');
    const other = await new OfflineTracker({ courseId: 'other-course', storage, newId: () => 'anon-2' }).start();
    expect(other).toMatchObject({ entry: 'ab-initio', learner: { id: 'anon-2' } });
  });

  it('generates the anonymous learner id once and keeps it', async () => {
    const storage = new MemoryStorage();
    let made = 0;
    const newId = () => `id-${(made += 1)}`;
    await new OfflineTracker({ courseId: 'c', storage, newId }).start();
    const again = await new OfflineTracker({ courseId: 'c', storage, newId }).start();
    expect(again.learner.id).toBe('id-1');
    expect(made).toBe(1);
  });

  it('uses a random UUID for the learner by default', async () => {
    const { learner } = await new OfflineTracker({ courseId: 'c', storage: new MemoryStorage() }).start();
    expect(learner.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps a rolling log of the newest events', async () => {
    const tracker = new OfflineTracker({ courseId: 'c', storage: new MemoryStorage(), maxEvents: 3 });
    await tracker.start();
    for (let n = 1; n <= 5; n += 1) await tracker.record(event(n));
    expect(tracker.events()).toEqual([event(3), event(4), event(5)]);
  });

  it('reads past a damaged log instead of failing', async () => {
    const storage = new MemoryStorage();
    storage.setItem('workmentor:c:events', JSON.stringify([event(1), { type: 'nonsense' }, 42, event(2)]));
    expect(new OfflineTracker({ courseId: 'c', storage }).events()).toEqual([event(1), event(2)]);
    storage.setItem('workmentor:c:events', '{not json');
    const tracker = new OfflineTracker({ courseId: 'c', storage });
    await tracker.record(event(3));
    expect(tracker.events()).toEqual([event(3)]);
  });

  describe('when storage is full', () => {
    it('trims the event log to save the state', async () => {
      const storage = new MemoryStorage();
      const problems: TrackerProblem[] = [];
      const tracker = new OfflineTracker({ courseId: 'c', storage, newId: () => 'x', onProblem: (p) => problems.push(p) });
      await tracker.start();
      for (let n = 1; n <= 20; n += 1) await tracker.record(event(n));
      storage.quota = storage.used + 3 * eventSize;
      const state = 's'.repeat(6 * eventSize);
      await expect(tracker.saveState(state)).resolves.toBeUndefined();
      expect(storage.getItem('workmentor:c:state')).toBe(state);
      const kept = tracker.events();
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(20);
      expect(kept.at(-1)).toEqual(event(20));
      expect(problems).toEqual([expect.objectContaining({ operation: 'saveState', kind: 'quota' })]);
    });

    it('keeps the previous state and rejects, when even an empty log leaves no room', async () => {
      const storage = new MemoryStorage();
      const tracker = new OfflineTracker({ courseId: 'c', storage, newId: () => 'x' });
      await tracker.start();
      await tracker.saveState('previous');
      await tracker.record(event(1));
      storage.quota = storage.used + 10;
      const saving = tracker.saveState('x'.repeat(500));
      await expect(saving).rejects.toBeInstanceOf(TrackerError);
      await expect(saving).rejects.toMatchObject({ operation: 'saveState', kind: 'quota' });
      expect(storage.getItem('workmentor:c:state')).toBe('previous');
      expect(tracker.problems.at(-1)).toMatchObject({ operation: 'saveState', kind: 'quota' });
      expect((await new OfflineTracker({ courseId: 'c', storage }).start()).state).toBe('previous');
    });

    it('drops the oldest events to record a new one, and never rejects', async () => {
      const storage = new MemoryStorage();
      const tracker = new OfflineTracker({ courseId: 'c', storage, newId: () => 'x' });
      await tracker.start();
      await tracker.saveState('state');
      for (let n = 1; n <= 8; n += 1) await tracker.record(event(n));
      storage.quota = storage.used;
      await expect(tracker.record(event(9))).resolves.toBeUndefined();
      expect(tracker.events().at(-1)).toEqual(event(9));
      expect(tracker.events().length).toBeLessThan(9);
      expect(storage.getItem('workmentor:c:state')).toBe('state');
      expect(tracker.problems).toEqual([expect.objectContaining({ operation: 'record', kind: 'quota' })]);
    });

    it('gives up logging an event that cannot fit at all, quietly for the learner', async () => {
      const storage = new MemoryStorage();
      const tracker = new OfflineTracker({ courseId: 'c', storage, newId: () => 'x' });
      await tracker.start();
      storage.quota = storage.used + 5;
      await expect(tracker.record(event(1))).resolves.toBeUndefined();
      expect(tracker.events()).toEqual([]);
      expect(tracker.problems).toEqual([expect.objectContaining({ operation: 'record', kind: 'quota' })]);
    });
  });

  describe('when the browser refuses local storage', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    afterEach(() => {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else delete (globalThis as { localStorage?: Storage }).localStorage;
    });

    it('keeps progress in memory for this visit and says so', async () => {
      Object.defineProperty(globalThis, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      const problems: TrackerProblem[] = [];
      const tracker = new OfflineTracker({ courseId: 'c', onProblem: (p) => problems.push(p) });
      await tracker.start();
      await tracker.saveState('kept for now');
      expect((await tracker.start()).state).toBe('kept for now');
      expect(problems).toEqual([expect.objectContaining({ kind: 'unavailable' })]);
    });

    it('uses localStorage when there is one', async () => {
      const storage = new MemoryStorage();
      Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage });
      const tracker = new OfflineTracker({ courseId: 'c' });
      await tracker.start();
      await tracker.saveState('in local storage');
      expect(storage.getItem('workmentor:c:state')).toBe('in local storage');
    });
  });

  it('rejects a save the storage refuses for another reason, keeping the old state', async () => {
    const storage = new MemoryStorage();
    const tracker = new OfflineTracker({ courseId: 'c', storage });
    await tracker.saveState('old');
    storage.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    await expect(tracker.saveState('new')).rejects.toMatchObject({ kind: 'unavailable' });
    expect(storage.getItem('workmentor:c:state')).toBe('old');
  });
});
