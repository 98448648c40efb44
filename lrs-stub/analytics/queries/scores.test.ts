import { describe, expect, it } from 'vitest';
import { ScoresSchema } from '../dashboard-api.ts';
import { project } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { scores } from './scores.ts';

const bins = (counts: Record<number, number>) => Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: counts[i] ?? 0 }));

describe('scores', () => {
  const { db } = project(threeMentors().statements);

  it("gives pass rates and the distribution of each learner's best score per quiz", () => {
    const [quiz, ...others] = ScoresSchema.parse(scores(db, {})).quizzes;
    expect(others).toEqual([]);
    // Best scores: Ana 100 (of 50, 100), Bo 0, Cas 100. Passed: Ana, Cas.
    expect(quiz).toEqual({
      moduleId: 'intro',
      activityId: 'quiz',
      names: { en: 'Activity quiz', nl: 'Activity quiz' },
      learners: 3,
      attempts: 4,
      passedLearners: 2,
      passRate: 66.67,
      meanScore: 66.67,
      medianScore: 100,
      distribution: bins({ 0: 1, 9: 2 }),
    });
  });

  it('narrows to a cohort, with the median of an even count as the mean of the middle two', () => {
    // Spring: Ana (best 100, passed) and Bo (0): median (0 + 100) / 2.
    expect(scores(db, { cohort: 'Spring' }).quizzes[0]).toMatchObject({ learners: 2, attempts: 3, passedLearners: 1, passRate: 50, meanScore: 50, medianScore: 50, distribution: bins({ 0: 1, 9: 1 }) });
  });

  it('counts only attempts submitted within the date range', () => {
    // Up to 1 March: Ana's two attempts only.
    expect(scores(db, { to: '2026-03-01' }).quizzes[0]).toMatchObject({ learners: 1, attempts: 2, passedLearners: 1, meanScore: 100, medianScore: 100 });
    expect(scores(db, { from: '2026-03-10' }).quizzes).toEqual([]);
  });
});
