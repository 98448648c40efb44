/**
 * The reliable tracker when the page closes for good: no answer from the LMS or LRS arrives
 * after `pagehide`, so `finish({ closing: true })` must not wait for one (it would wait forever,
 * and the session would never be closed), and must not forget what is unsent either.
 */
import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../learner-event.ts';
import { MemoryStorage } from '../offline/memory-storage.ts';
import type { Leftovers } from '../tracker.ts';
import { FlakyTracker } from './flaky-tracker.ts';
import { ReliableTracker } from './reliable-tracker.ts';

const at = '2025-06-30T09:15:00.000Z';
const choice = (n: number): LearnerEvent => ({ type: 'choice-made', at, moduleId: 'm', activityId: 'd', nodeId: `n${n}`, choiceId: 'c', quality: 'good', score: 10 });
const KEY = 'workmentor:c:xapi:outbox';

/** An LRS adapter whose requests, once `gone` is set, never get an answer (the page is unloading). */
class AsyncLms extends FlakyTracker {
  gone = false;
  handedOver: Leftovers[] = [];

  override record(event: LearnerEvent, delivery?: { id: string }): Promise<void> {
    return this.gone ? this.hang() : super.record(event, delivery);
  }

  override saveState(state: string): Promise<void> {
    return this.gone ? this.hang() : super.saveState(state);
  }

  finishOnClose(leftovers: Leftovers): void {
    this.handedOver.push(leftovers);
  }

  private hang(): Promise<void> {
    this.calls.push({ operation: 'record', time: Date.now(), ok: false });
    return new Promise(() => {});
  }
}

function browser() {
  const storage = new MemoryStorage();
  const lms = new AsyncLms({ learner: { id: 'ann' } });
  const open = () => new ReliableTracker(lms, { key: KEY, storage, flushEveryMs: 0 });
  return { lms, open };
}

describe('ReliableTracker at page close', () => {
  it('hands everything unsent to the inner tracker at once instead of waiting for answers that never come', async () => {
    const { lms, open } = browser();
    const tracker = open();
    await tracker.start();
    lms.gone = true;
    await tracker.saveState('state-1');
    await tracker.record(choice(1));
    await tracker.record(choice(2));
    // The state's request is on its way (in flight); the two choices wait behind it.
    await tracker.finish({ closing: true });
    expect(lms.handedOver).toEqual([{ events: [choice(1), choice(2)] }]);
  });

  it('hands over the newest state too when it is not the one in flight', async () => {
    const { lms, open } = browser();
    const tracker = open();
    await tracker.start();
    lms.gone = true;
    // Nothing ahead of it: `record` would resolve with the (never coming) answer.
    void tracker.record(choice(1));
    await tracker.saveState('state-2');
    await tracker.finish({ closing: true });
    // choice 1 went first and is in flight: the state is still to send.
    expect(lms.handedOver).toEqual([{ events: [], state: 'state-2' }]);
  });

  it('keeps the handed-over records for the next launch, which sends them exactly once', async () => {
    const { lms, open } = browser();
    const first = open();
    await first.start();
    lms.gone = true;
    void first.record(choice(1));
    await first.record(choice(2));
    await first.finish({ closing: true });
    // Nothing is known to have arrived: the next page load sends both, with the same record ids.
    lms.gone = false;
    const second = open();
    await second.start();
    await second.flush();
    expect(lms.events).toEqual([choice(1), choice(2)]);
    expect(second.pending()).toEqual([]);
  });

  it('records nothing more after the page closed', async () => {
    const { lms, open } = browser();
    const tracker = open();
    await tracker.start();
    lms.gone = true;
    await tracker.finish({ closing: true });
    await tracker.record(choice(3));
    expect(tracker.pending()).toEqual([]);
  });

  it('finishes a synchronous inner tracker (SCORM) the usual way: sends, then finishes', async () => {
    const storage = new MemoryStorage();
    const lms = new FlakyTracker({ learner: { id: 'ann' } });
    const tracker = new ReliableTracker(lms, { key: KEY, storage, flushEveryMs: 0 });
    await tracker.start();
    lms.failNext = 1;
    await tracker.record(choice(1));
    await tracker.finish({ closing: true });
    expect(lms.events).toEqual([choice(1)]);
    expect(lms.finished).toBe(true);
  });
});
