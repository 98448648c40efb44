/**
 * The behaviour every `Tracker` adapter promises (see tracker.ts), as one suite each adapter's
 * test runs against its own harness. A new adapter is done when this suite passes for it.
 */
import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from './learner-event.ts';
import type { Tracker } from './tracker.ts';

export interface TrackerHarness {
  /** A new session on the same persisted data: what a page reload or a second visit gets. */
  session(): Tracker;
  /** Every event the adapter kept so far, oldest first. */
  recorded(): LearnerEvent[];
}

const at = '2025-06-30T09:15:00.000Z';
const launched: LearnerEvent = { type: 'launched', at };
const experienced: LearnerEvent = { type: 'activity-experienced', at, moduleId: 'm', activityId: 'a', activityType: 'page' };
const answered: LearnerEvent = {
  type: 'quiz-item-answered',
  at,
  moduleId: 'm',
  activityId: 'q',
  itemId: 'i',
  kind: 'matching',
  response: { kind: 'matching', matches: { p1: 'p2', p2: 'p1' } },
  correct: false,
  attempt: 1,
};

export function describeTrackerContract(name: string, createHarness: () => TrackerHarness): void {
  describe(`${name} (tracker contract)`, () => {
    it('starts a first visit from the beginning, for a known learner, in normal mode', async () => {
      const launch = await createHarness().session().start();
      expect(launch).toMatchObject({ entry: 'ab-initio', mode: 'normal' });
      expect(launch.state).toBeUndefined();
      expect(launch.learner.id).toMatch(/\S/);
    });

    it('gives the last saved state back at the next start, as a resume', async () => {
      const harness = createHarness();
      const first = harness.session();
      await first.start();
      await first.saveState('1A7yESs0.');
      await first.saveState('1A7yESs10Hgb0Hgb2.');
      await first.finish();
      const launch = await harness.session().start();
      expect(launch).toMatchObject({ entry: 'resume', state: '1A7yESs10Hgb0Hgb2.' });
    });

    it('keeps learner text in the state exactly, whatever the characters', async () => {
      const harness = createHarness();
      const state = '1x"\'\\\n\r\t|.🙂 æøå ĳ \u0000 end';
      const first = harness.session();
      await first.start();
      await first.saveState(state);
      await first.finish();
      expect((await harness.session().start()).state).toBe(state);
    });

    it('knows the learner again in a later session', async () => {
      const harness = createHarness();
      const first = await harness.session().start();
      const again = await harness.session().start();
      expect(again.learner.id).toBe(first.learner.id);
    });

    it('keeps recorded events in order and as sent', async () => {
      const harness = createHarness();
      const tracker = harness.session();
      await tracker.start();
      for (const event of [launched, experienced, answered]) await tracker.record(event);
      expect(harness.recorded()).toEqual([launched, experienced, answered]);
    });

    it('ignores records and saves after finish, without failing', async () => {
      const harness = createHarness();
      const tracker = harness.session();
      await tracker.start();
      await tracker.record(launched);
      await tracker.saveState('kept');
      await tracker.finish();
      await expect(tracker.record(experienced)).resolves.toBeUndefined();
      await expect(tracker.saveState('too late')).resolves.toBeUndefined();
      await expect(tracker.finish()).resolves.toBeUndefined();
      expect(harness.recorded()).toEqual([launched]);
      expect((await harness.session().start()).state).toBe('kept');
    });
  });
}
