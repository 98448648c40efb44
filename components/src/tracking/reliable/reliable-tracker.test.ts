import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LearnerEvent } from '../learner-event.ts';
import { MemoryTracker } from '../memory/memory-tracker.ts';
import { MemoryStorage } from '../offline/memory-storage.ts';
import { describeTrackerContract } from '../tracker.contract.ts';
import type { LaunchInfo, TrackerProblem, TrackerUpdate } from '../tracker.ts';
import { failure, FlakyTracker } from './flaky-tracker.ts';
import { ReliableTracker, UNKNOWN_LEARNER, type PageLifecycle, type ReliableTrackerOptions } from './reliable-tracker.ts';

describeTrackerContract('ReliableTracker(MemoryTracker)', () => {
  // The inner tracker is the LMS and the storage the browser: both outlive a session.
  const inner = new MemoryTracker();
  const storage = new MemoryStorage();
  return { session: () => new ReliableTracker(inner, { key: 'c', storage, flushEveryMs: 0 }), recorded: () => inner.events };
});

const at = '2025-06-30T09:15:00.000Z';
const choice = (n: number): LearnerEvent => ({ type: 'choice-made', at, moduleId: 'm', activityId: 'd', nodeId: `n${n}`, choiceId: 'c', quality: 'good', score: 10 });
const viewed = (n: number): LearnerEvent => ({ type: 'activity-experienced', at, moduleId: 'm', activityId: `p${n}`, activityType: 'page' });
const KEY = 'workmentor:c:scorm12:outbox';

/** A browser (storage) and an LMS (inner tracker) that outlive the wrappers made on them. */
function browser(launch: Partial<LaunchInfo> = { learner: { id: 'ann' } }) {
  const storage = new MemoryStorage();
  const lms = new FlakyTracker(launch);
  const problems: TrackerProblem[] = [];
  /** A new page load: a new wrapper on the same storage and LMS. */
  const open = (options: Partial<ReliableTrackerOptions> = {}) =>
    new ReliableTracker(lms, { key: KEY, storage, onProblem: (p) => problems.push(p), flushEveryMs: 0, random: () => 0, ...options });
  return { storage, lms, problems, open };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ReliableTracker', () => {
  it('delivers every record exactly once and in order after the LMS recovers', async () => {
    const { lms, open, problems } = browser();
    const tracker = open();
    await tracker.start();
    lms.failNext = 3;
    const events = [1, 2, 3, 4, 5].map(choice);
    for (const event of events) await tracker.record(event);
    expect(lms.events).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lms.events).toEqual(events);
    expect(new Set(lms.ids).size).toBe(5);
    expect(tracker.pending()).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ operation: 'record', kind: 'unavailable' });
  });

  it('stores an event in the browser before sending it, so a tab closing at once loses nothing', async () => {
    const { storage, lms, open } = browser();
    const tracker = open();
    await tracker.start();
    lms.failWith = () => failure('unavailable', 'down');
    void tracker.record(choice(1));
    expect(storage.getItem(`${KEY}:ann`)).toContain('"nodeId":"n1"');
  });

  it('sends what a closed tab left at the next launch, exactly once', async () => {
    const { lms, open, storage } = browser();
    const first = open();
    await first.start();
    lms.failWith = () => failure('unavailable', 'down');
    for (const n of [1, 2, 3]) await first.record(choice(n));
    // The tab closes: no finish, no flush; the wrapper is simply gone.
    lms.failWith = undefined;
    const second = open();
    await second.start();
    await second.record(choice(4));
    await second.flush();
    expect(lms.events).toEqual([1, 2, 3, 4].map(choice));
    const third = open();
    await third.start();
    await third.flush();
    expect(lms.events).toHaveLength(4);
    expect(storage.getItem(`${KEY}:ann`)).toBeNull();
  });

  it('resends a record under the same id when its acknowledgement was lost', async () => {
    const { lms, open, storage } = browser();
    let closedTab: MemoryStorage | undefined;
    lms.onAccept = () => {
      // The LMS took it, but the tab closed before the outbox heard back.
      closedTab = new MemoryStorage();
      for (let i = 0; i < storage.length; i += 1) closedTab.setItem(storage.key(i)!, storage.getItem(storage.key(i)!)!);
    };
    const tracker = open();
    await tracker.start();
    await tracker.record(choice(1));
    lms.onAccept = undefined;
    const relaunched = open({ storage: closedTab! });
    await relaunched.start();
    await relaunched.flush();
    expect(lms.ids).toHaveLength(2);
    expect(lms.ids[1]).toBe(lms.ids[0]);
  });

  it('waits longer after each failure, up to the cap', async () => {
    const { lms, open } = browser();
    const tracker = open({ retry: { baseMs: 1_000, factor: 2, maxMs: 8_000, jitter: 0 } });
    await tracker.start();
    lms.failWith = () => failure('unavailable', 'down');
    await tracker.record(choice(1));
    await vi.advanceTimersByTimeAsync(40_000);
    const times = lms.calls.map((c) => c.time);
    const waits = times.slice(1).map((t, i) => t - times[i]!);
    expect(waits.slice(0, 6)).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('spreads retries by the jitter', async () => {
    const { lms, open } = browser();
    const tracker = open({ retry: { baseMs: 1_000, factor: 2, maxMs: 8_000, jitter: 0.5 }, random: () => 0.5 });
    await tracker.start();
    lms.failNext = 2;
    await tracker.record(choice(1));
    await vi.advanceTimersByTimeAsync(749);
    expect(lms.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(lms.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(lms.events).toEqual([choice(1)]);
  });

  it('does not retry sooner when more is recorded during a backoff', async () => {
    const { lms, open } = browser();
    const tracker = open();
    await tracker.start();
    lms.failNext = 1;
    await tracker.record(choice(1));
    await tracker.record(choice(2));
    await tracker.record(choice(3));
    expect(lms.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lms.events).toEqual([1, 2, 3].map(choice));
  });

  it('drops a record the LMS refuses for good and sends the ones after it', async () => {
    const { lms, open, problems } = browser();
    const tracker = open();
    await tracker.start();
    lms.failWith = (call) => (call.event?.type === 'choice-made' && call.event.nodeId === 'n2' ? failure('rejected', 'HTTP 400') : undefined);
    for (const n of [1, 2, 3]) await tracker.record(choice(n));
    expect(lms.events).toEqual([choice(1), choice(3)]);
    expect(tracker.pending()).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ operation: 'record', kind: 'rejected', message: expect.stringContaining('HTTP 400') })]);
  });

  it('retries a network error that is no TrackerError', async () => {
    const { lms, open } = browser();
    const tracker = open();
    await tracker.start();
    let failed = false;
    lms.failWith = () => (failed ? undefined : ((failed = true), new TypeError('Failed to fetch')));
    await tracker.record(choice(1));
    expect(lms.events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lms.events).toEqual([choice(1)]);
  });

  it('holds the events back while the state fails, so the LMS gets them in order', async () => {
    const { lms, open } = browser();
    const tracker = open();
    await tracker.start();
    lms.failNext = 1;
    await tracker.saveState('S1');
    await tracker.record(choice(1));
    expect(lms.calls.map((c) => c.operation)).toEqual(['saveState']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lms.calls.map((c) => c.operation)).toEqual(['saveState', 'saveState', 'record']);
    expect(lms.states).toEqual(['S1']);
  });

  describe('the resume state', () => {
    it('resolves a save once it is stored in the browser, while the LMS is down', async () => {
      const { lms, open, storage } = browser();
      const tracker = open();
      await tracker.start();
      lms.failWith = () => failure('unavailable', 'down');
      await expect(tracker.saveState('S1')).resolves.toBeUndefined();
      expect(JSON.parse(storage.getItem(`${KEY}:ann:state`)!)).toMatchObject({ value: 'S1', sent: false });
      expect(lms.states).toEqual([]);
    });

    it('returns the state saved while the LMS was down at the next start, and delivers it', async () => {
      const { lms, open } = browser();
      const first = open();
      await first.start();
      await first.saveState('old');
      lms.failWith = () => failure('unavailable', 'down');
      await first.saveState('new');
      // The tab closes before the LMS is back.
      lms.failWith = undefined;
      const second = open();
      expect(await second.start()).toMatchObject({ entry: 'resume', state: 'new', learner: { id: 'ann' } });
      await second.flush();
      expect(lms.states).toEqual(['old', 'new']);
    });

    it('returns the local state on a first visit whose saves never reached the LMS', async () => {
      const { lms, open } = browser();
      const first = open();
      await first.start();
      lms.failWith = () => failure('unavailable', 'down');
      await first.saveState('S1');
      lms.failWith = undefined;
      expect(await open().start()).toMatchObject({ entry: 'resume', state: 'S1' });
    });

    it('hands both states to merge when the LMS moved on elsewhere meanwhile (another device), overwriting neither', async () => {
      const { lms, open } = browser();
      const first = open();
      await first.start();
      await first.saveState('old');
      lms.failWith = () => failure('unavailable', 'down');
      await first.saveState('mine');
      lms.failWith = undefined;
      lms.states.push('from the phone');
      const second = open();
      expect(await second.start()).toMatchObject({ state: 'from the phone', localState: 'mine' });
      await second.flush();
      expect(lms.states.at(-1)).toBe('from the phone');
      // Closed before the shell saved the merge: offered again at the next launch.
      expect(await open().start()).toMatchObject({ state: 'from the phone', localState: 'mine' });
      const third = open();
      await third.start();
      await third.saveState('merged');
      await third.flush();
      expect(lms.states.at(-1)).toBe('merged');
      expect((await open().start()).localState).toBeUndefined();
    });

    it('forgets a local state the LMS already had once the LMS moved on elsewhere', async () => {
      const { lms, open, storage } = browser();
      const first = open();
      await first.start();
      await first.saveState('sent');
      lms.states.push('from the phone');
      const second = open();
      const launch = await second.start();
      expect(launch).toMatchObject({ state: 'from the phone' });
      expect(launch.localState).toBeUndefined();
      expect(storage.getItem(`${KEY}:ann:state`)).toBeNull();
    });

    it('gives a state that only reached the LMS unacknowledged back from the browser', async () => {
      const { lms, open } = browser();
      const first = open();
      await first.start();
      await first.saveState('old');
      // The LMS took it but the answer never came (a timeout): the LMS may or may not hold it.
      lms.failWith = (call) => (call.operation === 'saveState' ? (lms.states.push(call.state!), failure('unavailable', 'timeout')) : undefined);
      await first.saveState('new');
      lms.failWith = undefined;
      expect(await open().start()).toMatchObject({ entry: 'resume', state: 'new' });
    });

    it('rejects a save only when neither the browser nor the LMS kept it', async () => {
      const { lms, open, storage, problems } = browser();
      const tracker = open();
      await tracker.start();
      storage.quota = 0;
      lms.failWith = () => failure('unavailable', 'down');
      await expect(tracker.saveState('S1')).rejects.toMatchObject({ name: 'TrackerError', operation: 'saveState', kind: 'quota' });
      expect(problems.at(-1)).toMatchObject({ operation: 'saveState', kind: 'quota' });
      lms.failWith = undefined;
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(tracker.saveState('S2')).resolves.toBeUndefined();
      expect(lms.states).toEqual(['S1', 'S2']);
    });

    it('waits for the LMS before saying saved when the browser gives it no storage', async () => {
      const lms = new FlakyTracker();
      const problems: TrackerProblem[] = [];
      // Node has no `localStorage`, like a sandboxed frame: the wrapper falls back to memory.
      const tracker = new ReliableTracker(lms, { key: KEY, flushEveryMs: 0, onProblem: (p) => problems.push(p) });
      expect(problems).toEqual([expect.objectContaining({ operation: 'start', kind: 'unavailable' })]);
      await tracker.start();
      lms.failNext = 1;
      await expect(tracker.saveState('S1')).rejects.toMatchObject({ kind: 'unavailable' });
      // Still sent when the LMS answers again.
      await vi.advanceTimersByTimeAsync(1_000);
      expect(lms.states).toEqual(['S1']);
      await expect(tracker.saveState('S2')).resolves.toBeUndefined();
      expect(lms.states).toEqual(['S1', 'S2']);
    });
  });

  it('keeps two learners on one browser apart', async () => {
    const storage = new MemoryStorage();
    const annLms = new FlakyTracker({ learner: { id: 'ann@example.org' } });
    const bobLms = new FlakyTracker({ learner: { id: 'bob' } });
    const session = (lms: FlakyTracker) => new ReliableTracker(lms, { key: KEY, storage, flushEveryMs: 0 });
    const ann = session(annLms);
    await ann.start();
    annLms.failWith = () => failure('unavailable', 'down');
    await ann.record(choice(1));
    await ann.saveState('ann-state');
    annLms.failWith = undefined;

    const bob = session(bobLms);
    expect(await bob.start()).toMatchObject({ entry: 'ab-initio', learner: { id: 'bob' } });
    await bob.record(choice(2));
    await bob.flush();
    expect(bobLms.events).toEqual([choice(2)]);
    expect(bobLms.states).toEqual([]);

    const annAgain = session(annLms);
    expect(await annAgain.start()).toMatchObject({ state: 'ann-state' });
    await annAgain.flush();
    expect(annLms.events).toEqual([choice(1)]);
  });

  it('bounds the outbox, giving up page views before answers', async () => {
    const { lms, open, problems } = browser();
    const tracker = open({ maxEvents: 3 });
    await tracker.start();
    lms.failWith = () => failure('unavailable', 'down');
    for (const event of [viewed(1), choice(1), viewed(2), choice(2), choice(3)]) await tracker.record(event);
    expect(tracker.pending()).toEqual([choice(1), choice(2), choice(3)]);
    expect(problems.filter((p) => p.kind === 'quota')).toHaveLength(2);
    lms.failWith = undefined;
    await tracker.flush();
    expect(lms.events).toEqual([choice(1), choice(2), choice(3)]);
  });

  it('never rejects a record, even when storage and LMS both fail', async () => {
    const { lms, open, storage, problems } = browser();
    const tracker = open();
    await tracker.start();
    storage.quota = 0;
    lms.failWith = () => failure('unavailable', 'down');
    await expect(tracker.record(choice(1))).resolves.toBeUndefined();
    expect(problems.map((p) => p.kind)).toEqual(['quota', 'unavailable']);
    // Kept in memory, so it still goes out while the tab lives.
    lms.failWith = undefined;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lms.events).toEqual([choice(1)]);
  });

  describe('flushing', () => {
    const page = () => Object.assign(new EventTarget(), { document: Object.assign(new EventTarget(), { visibilityState: 'visible' }) }) satisfies PageLifecycle;

    it('sends now, without waiting out the backoff, when the page is hidden or closed or back online', async () => {
      const { lms, open } = browser();
      const tab = page();
      const tracker = open({ window: tab, retry: { baseMs: 60_000 } });
      await tracker.start();
      for (const [n, fire] of [
        [1, () => tab.dispatchEvent(new Event('pagehide'))],
        [2, () => tab.dispatchEvent(new Event('online'))],
        [3, () => ((tab.document.visibilityState = 'hidden'), tab.document.dispatchEvent(new Event('visibilitychange')))],
      ] as const) {
        lms.failNext = 1;
        await tracker.record(choice(n));
        expect(lms.events).toHaveLength(n - 1);
        fire();
        await vi.advanceTimersByTimeAsync(0);
        expect(lms.events).toHaveLength(n);
      }
      expect(lms.flushes).toBe(3);
    });

    it('ignores the page becoming visible, and listens no more after finish', async () => {
      const { lms, open } = browser();
      const tab = page();
      const tracker = open({ window: tab });
      await tracker.start();
      tab.document.dispatchEvent(new Event('visibilitychange'));
      await tracker.finish();
      tab.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
      expect(lms.flushes).toBe(0);
    });

    it('flushes periodically, leaving a running backoff alone', async () => {
      const { lms, open } = browser();
      const tracker = open({ flushEveryMs: 30_000, retry: { baseMs: 45_000, jitter: 0 } });
      await tracker.start();
      await vi.advanceTimersByTimeAsync(30_000);
      expect(lms.flushes).toBe(1);
      lms.failNext = 1;
      await tracker.record(choice(1));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(lms.flushes).toBe(1);
      expect(lms.events).toEqual([]);
      await vi.advanceTimersByTimeAsync(15_000);
      expect(lms.events).toEqual([choice(1)]);
      await vi.advanceTimersByTimeAsync(15_000);
      expect(lms.flushes).toBe(2);
    });
  });

  describe('finishing', () => {
    it('keeps what is still unsent at finish for the next launch', async () => {
      const { lms, open } = browser();
      const tracker = open();
      await tracker.start();
      lms.failWith = () => failure('unavailable', 'down');
      await tracker.record(choice(1));
      await tracker.saveState('S1');
      await tracker.finish();
      expect(lms.finished).toBe(true);
      await vi.advanceTimersByTimeAsync(120_000);
      expect(lms.calls.filter((c) => c.ok)).toEqual([]);
      lms.failWith = undefined;
      const next = open();
      expect(await next.start()).toMatchObject({ state: 'S1' });
      await next.flush();
      expect(lms.events).toEqual([choice(1)]);
    });

    it('leaves nothing of the learner in the browser once everything was sent', async () => {
      const { open, storage } = browser();
      const tracker = open();
      await tracker.start();
      await tracker.record(choice(1));
      await tracker.saveState('S1');
      await tracker.finish();
      // Only which learner launched last (their id, for a launch the LMS misses) stays.
      expect(Array.from({ length: storage.length }, (_, i) => storage.key(i))).toEqual([`${KEY}:last-launch`]);
      expect(storage.getItem(`${KEY}:last-launch`)).toBe('{"v":1,"learner":{"id":"ann"}}');
    });
  });

  it('sends nothing in review mode, keeping leftovers for a normal launch', async () => {
    const storage = new MemoryStorage();
    const lms = new FlakyTracker({ learner: { id: 'ann' } });
    const first = new ReliableTracker(lms, { key: KEY, storage, flushEveryMs: 0 });
    await first.start();
    lms.failWith = () => failure('unavailable', 'down');
    await first.record(choice(1));
    lms.failWith = undefined;
    const review = new ReliableTracker(new FlakyTracker({ learner: { id: 'ann' }, mode: 'review' }), { key: KEY, storage, flushEveryMs: 0 });
    await review.start();
    await review.record(choice(2));
    await review.flush();
    const next = new ReliableTracker(lms, { key: KEY, storage, flushEveryMs: 0 });
    await next.start();
    await next.flush();
    expect(lms.events).toEqual([choice(1)]);
  });

  it('queues records made before start and sends them after the leftovers', async () => {
    const { lms, open } = browser();
    const first = open();
    await first.start();
    lms.failNext = 1;
    await first.record(choice(1));
    const next = open();
    await next.record(choice(2));
    await next.start();
    await next.flush();
    expect(lms.events).toEqual([choice(1), choice(2)]);
  });

  it('reads past a damaged outbox and says so', async () => {
    const { lms, open, storage, problems } = browser();
    storage.setItem(`${KEY}:ann`, JSON.stringify({ v: 1, events: [{ id: 'a', event: choice(1) }, { id: 'b', event: { type: 'hack' } }] }));
    storage.setItem(`${KEY}:ann:state`, '{broken');
    const tracker = open();
    expect(await tracker.start()).toMatchObject({ entry: 'ab-initio' });
    await tracker.flush();
    expect(lms.events).toEqual([choice(1)]);
    expect(problems.map((p) => p.operation)).toEqual(['start', 'start']);
  });

  it('passes the course on to the inner tracker', () => {
    const seen: unknown[] = [];
    const inner = Object.assign(new MemoryTracker(), { useCourse: (course: unknown) => void seen.push(course) });
    const course = { id: 'c' } as never;
    new ReliableTracker(inner, { key: KEY, storage: new MemoryStorage() }).useCourse(course);
    expect(seen).toEqual([course]);
  });
});

describe('ReliableTracker, when the LMS misses the launch', () => {
  /** A first, normal session that leaves `state` for `ann` on this device and in the LMS. */
  async function earlierSession(b: ReturnType<typeof browser>, state = 'S1') {
    const first = b.open({ storageLimit: 4096 });
    await first.start();
    await first.saveState(state);
    await first.finish();
  }

  it('keeps the remembered learner working, tries the LMS again with backoff, and hands both progresses over to merge', async () => {
    const b = browser({ learner: { id: 'ann' }, storageLimit: 4096 });
    await earlierSession(b);
    b.lms.failStarts = 2;
    const updates: TrackerUpdate[] = [];
    const tracker = b.open();
    tracker.watch((u) => updates.push(u));
    const launch = await tracker.start();
    // Everything was acknowledged last time, so nothing of it stayed on the device.
    expect(launch).toMatchObject({ learner: { id: 'ann' }, entry: 'ab-initio', storageLimit: 4096, mode: 'normal' });
    expect(updates).toEqual([{ type: 'health', health: 'waiting' }]);
    await tracker.record(choice(1));
    await tracker.saveState('S2');
    expect(b.lms.events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000); // the second start fails too
    expect(b.lms.starts).toBe(3);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(b.lms.starts).toBe(4);
    expect(b.lms.events).toEqual([choice(1)]);
    expect(updates.slice(1)).toEqual([
      { type: 'health', health: 'recording' },
      { type: 'relaunched', launch: expect.objectContaining({ learner: { id: 'ann' }, state: 'S1', localState: 'S2' }), merge: true },
    ]);
    // The shell saves the merge; the LMS's own state was not overwritten before that.
    expect(b.lms.states.at(-1)).toBe('S1');
    await tracker.saveState('S1+S2');
    expect(b.lms.states.at(-1)).toBe('S1+S2');
    expect(b.problems.filter((p) => p.operation === 'start')).toHaveLength(1);
  });

  it('starts from the progress a closed tab left unsent on this device', async () => {
    const b = browser({ learner: { id: 'ann' } });
    const first = b.open();
    await first.start();
    b.lms.failNext = 100;
    await first.saveState('unsent');
    // The tab is killed: no finish.
    b.lms.failNext = 0;
    b.lms.failStarts = 1;
    expect(await b.open().start()).toMatchObject({ learner: { id: 'ann' }, entry: 'resume', state: 'unsent' });
  });

  it('sends what a launch the LMS missed kept at the next launch that reaches it', async () => {
    const b = browser({ learner: { id: 'ann' } });
    await earlierSession(b);
    b.lms.failStarts = 100;
    const missed = b.open();
    await missed.start();
    await missed.record(choice(1));
    await missed.saveState('S2');
    await missed.finish({ closing: true });
    b.lms.failStarts = 0;
    const next = b.open();
    expect(await next.start()).toMatchObject({ state: 'S1', localState: 'S2' });
    await next.flush();
    expect(b.lms.events).toEqual([choice(1)]);
  });

  it('starts from nothing on a device that never reached the LMS, and hands the work to whoever the LMS names', async () => {
    const b = browser({ learner: { id: 'ben' } });
    b.lms.failStarts = 1;
    const tracker = b.open({ storageLimit: 4096 });
    const launch = await tracker.start();
    expect(launch).toMatchObject({ learner: { id: UNKNOWN_LEARNER }, entry: 'ab-initio', storageLimit: 4096 });
    await tracker.record(choice(1));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(b.lms.events).toEqual([choice(1)]);
  });

  it('never sends work made on one learner’s progress as another’s (a shared device)', async () => {
    const b = browser({ learner: { id: 'ann' } });
    await earlierSession(b);
    const other = new FlakyTracker({ learner: { id: 'ben' } });
    other.failStarts = 1;
    const updates: TrackerUpdate[] = [];
    const tracker = new ReliableTracker(other, { key: KEY, storage: b.storage, flushEveryMs: 0, random: () => 0, onProblem: (p) => b.problems.push(p) });
    tracker.watch((u) => updates.push(u));
    expect((await tracker.start()).learner.id).toBe('ann');
    await tracker.record(choice(1));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(other.events).toEqual([]);
    expect(updates.at(-1)).toMatchObject({ type: 'relaunched', merge: false, launch: { learner: { id: 'ben' } } });
    expect(b.problems.at(-1)).toMatchObject({ operation: 'start', kind: 'rejected' });
  });

  it('passes on a launch with no LMS at all, for the offline fallback', async () => {
    const b = browser();
    b.lms.failStarts = 1;
    b.lms.failStartKind = 'absent';
    await expect(b.open().start()).rejects.toMatchObject({ kind: 'absent' });
  });
});

describe('ReliableTracker health and refusals', () => {
  it('tells watchers when the LMS stops and starts answering', async () => {
    const { lms, open } = browser();
    const tracker = open();
    const health: string[] = [];
    tracker.watch((u) => u.type === 'health' && health.push(u.health));
    await tracker.start();
    lms.failNext = 1;
    await tracker.record(choice(1));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(health).toEqual(['recording', 'waiting', 'recording']);
  });

  it('keeps a state the LMS refuses for good as this device’s resume point, also after a clean finish', async () => {
    const { lms, open } = browser();
    const tracker = open();
    await tracker.start();
    lms.failWith = (call) => (call.operation === 'saveState' ? failure('rejected', '405 Incorrect Data Type') : undefined);
    await tracker.saveState('refused state');
    await tracker.finish();
    lms.failWith = undefined;
    expect(await open().start()).toMatchObject({ entry: 'resume', state: 'refused state' });
  });

  it('keeps what the LMS refuses for good on this device, reports it and moves on', async () => {
    const { lms, open, problems } = browser();
    const tracker = open();
    const health: string[] = [];
    await tracker.start();
    tracker.watch((u) => u.type === 'health' && health.push(u.health));
    lms.failWith = (call) => (call.event?.type === 'choice-made' && call.event.nodeId === 'n1' ? failure('rejected', '405 Incorrect Data Type') : undefined);
    await tracker.record(choice(1));
    await tracker.record(choice(2));
    expect(lms.events).toEqual([choice(2)]);
    expect(tracker.refused()).toEqual([choice(1)]);
    expect(open().refused()).toEqual([]); // per learner: known after start
    expect(health).toEqual(['recording', 'refused']);
    expect(problems.at(-1)?.message).toContain('kept on this device');
  });
});
