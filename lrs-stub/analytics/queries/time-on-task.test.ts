import { describe, expect, it } from 'vitest';
import { TimeSchema } from '../dashboard-api.ts';
import { project } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { timeOnTask } from './time-on-task.ts';

describe('time on task', () => {
  const { db } = project(threeMentors().statements);

  it("sums each learner's activity durations per module and gives median, mean and 90th percentile", () => {
    const answer = TimeSchema.parse(timeOnTask(db, {}));
    // intro: Ana 120 + 900 = 1020, Bo 60, Cas 180 + 420 = 600 → sorted 60, 600, 1020:
    // median 600, mean 1680 / 3 = 560, p90 = rank ceil(2.7) = 3 → 1020. feedback: Ana 300 + 600.
    expect(answer.modules.map((m) => [m.moduleId, m.learners, m.medianSeconds, m.meanSeconds, m.p90Seconds])).toEqual([
      ['intro', 3, 600, 560, 1020],
      ['feedback', 1, 900, 900, 900],
    ]);
    // welcome: 120, 60, 180 → median 120; quiz: 900, 420 → median 660.
    expect(answer.activities.map((a) => [a.moduleId, a.activityId, a.learners, a.medianSeconds])).toEqual([
      ['intro', 'welcome', 3, 120],
      ['intro', 'quiz', 2, 660],
      ['feedback', 'talk', 1, 300],
      ['feedback', 'exercise', 1, 600],
    ]);
  });

  it('reads the same sums from the facts when a date range is set', () => {
    // From 3 March: Bo's 60 and Cas's 600 in intro, nothing in feedback.
    const answer = timeOnTask(db, { from: '2026-03-03', language: 'en' });
    expect(answer.modules.map((m) => [m.moduleId, m.learners, m.medianSeconds, m.meanSeconds])).toEqual([['intro', 1, 600, 600]]);
    expect(timeOnTask(db, { from: '2026-03-03' }).modules.map((m) => [m.moduleId, m.learners, m.medianSeconds, m.meanSeconds, m.p90Seconds])).toEqual([['intro', 2, 330, 330, 600]]);
  });
});
