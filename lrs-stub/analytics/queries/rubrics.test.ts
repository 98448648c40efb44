import { describe, expect, it } from 'vitest';
import { RubricsSchema } from '../dashboard-api.ts';
import { project, says } from '../testing/statement-builder.ts';
import { ana, threeMentors } from '../testing/three-mentors.ts';
import { rubrics } from './rubrics.ts';

describe('feedback exercises', () => {
  it('gives the sorting results and how many learners rated themselves at each level', () => {
    const { db } = project(threeMentors().statements);
    const answer = RubricsSchema.parse(rubrics(db, {}));
    // Sorting: Ana 75, Cas 100 → mean 87.5, all right: Cas. Ratings: clarity mostly (Ana), partly (Cas); tone fully (Ana).
    expect(answer.exercises).toEqual([
      {
        moduleId: 'feedback',
        activityId: 'exercise',
        names: { en: 'Activity exercise' },
        sorting: { learners: 2, meanScore: 87.5, allCorrect: 1 },
        criteria: [
          { criterionId: 'clarity', total: 2, levels: [{ levelId: 'mostly', count: 1 }, { levelId: 'partly', count: 1 }] },
          { criterionId: 'tone', total: 1, levels: [{ levelId: 'fully', count: 1 }] },
        ],
      },
    ]);
  });

  it("counts a learner who redid the exercise once, with their best sorting and latest rating", () => {
    const { db, add, projector } = project(threeMentors().statements);
    add([says.sorting(ana, 'feedback', 'exercise', 50, '2026-03-05T10:00:00Z'), says.ratings(ana, 'feedback', 'exercise', { clarity: 'fully' }, '2026-03-05T10:01:00Z')]);
    projector.catchUp();
    const [exercise] = rubrics(db, {}).exercises;
    expect(exercise!.sorting).toEqual({ learners: 2, meanScore: 87.5, allCorrect: 1 });
    expect(exercise!.criteria[0]).toEqual({ criterionId: 'clarity', total: 2, levels: [{ levelId: 'fully', count: 1 }, { levelId: 'partly', count: 1 }] });
  });
});
