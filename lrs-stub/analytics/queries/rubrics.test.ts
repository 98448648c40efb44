import { describe, expect, it } from 'vitest';
import { RubricsSchema } from '../dashboard-api.ts';
import { learner, project, ratingScale, says } from '../testing/statement-builder.ts';
import { ana, bo, threeMentors } from '../testing/three-mentors.ts';
import { rubrics, rubricsCsv } from './rubrics.ts';

const dee = learner({ name: 'Dee Dekker', email: 'dee@example.org', language: 'en', cohort: 'Autumn' });
const eve = learner({ name: 'Eve Eriksen', email: 'eve@example.org', language: 'en', cohort: 'Autumn' });
const LEVELS: [string, string][] = [['not-yet', 'Not yet'], ['partly', 'Partly'], ['mostly', 'Mostly'], ['fully', 'Fully']];
const CRITERIA: [string, string][] = [['tone', 'It sounds kind.'], ['clarity', 'It is clear.']];
const levelIds = (answer: ReturnType<typeof rubrics>) => answer.exercises[0]!.criteria.map((c) => [c.criterionId, c.levels.map((l) => l.levelId)]);

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
          { criterionId: 'clarity', names: {}, total: 2, levels: [{ levelId: 'mostly', count: 1 }, { levelId: 'partly', count: 1 }] },
          { criterionId: 'tone', names: {}, total: 1, levels: [{ levelId: 'fully', count: 1 }] },
        ],
        levels: [
          { levelId: 'fully', names: {} },
          { levelId: 'mostly', names: {} },
          { levelId: 'partly', names: {} },
        ],
      },
    ]);
  });

  it('orders criteria and levels as the rubric does, weakest first, with their names, when a statement described the rubric', () => {
    // Clarity: fully twice (Dee, Eve), mostly (Ana), partly (Cas): most given first would be fully, mostly, partly.
    const { db, add, projector } = project(threeMentors().statements);
    const before = levelIds(rubrics(db, {}));
    add([
      says.ratings(dee, 'feedback', 'exercise', { clarity: 'fully', tone: 'partly' }, '2026-03-10T10:00:00Z', ratingScale('en', LEVELS, CRITERIA)),
      says.ratings(eve, 'feedback', 'exercise', { clarity: 'fully' }, '2026-03-10T11:00:00Z'),
      says.ratings(bo, 'feedback', 'exercise', { clarity: 'not-yet' }, '2026-03-10T12:00:00Z', ratingScale('nl', [['not-yet', 'Nog niet'], ['fully', 'Volledig']], [['clarity', 'Het is duidelijk.']])),
    ]);
    projector.catchUp();
    const [exercise] = RubricsSchema.parse(rubrics(db, {})).exercises;
    expect(before).toEqual([['clarity', ['mostly', 'partly']], ['tone', ['fully']]]);
    expect(exercise!.criteria).toEqual([
      { criterionId: 'tone', names: { en: 'It sounds kind.' }, total: 2, levels: [{ levelId: 'partly', count: 1 }, { levelId: 'fully', count: 1 }] },
      {
        criterionId: 'clarity',
        names: { en: 'It is clear.', nl: 'Het is duidelijk.' },
        total: 5,
        levels: [{ levelId: 'not-yet', count: 1 }, { levelId: 'partly', count: 1 }, { levelId: 'mostly', count: 1 }, { levelId: 'fully', count: 2 }],
      },
    ]);
    expect(exercise!.levels).toEqual([
      { levelId: 'not-yet', names: { en: 'Not yet', nl: 'Nog niet' } },
      { levelId: 'partly', names: { en: 'Partly' } },
      { levelId: 'mostly', names: { en: 'Mostly' } },
      { levelId: 'fully', names: { en: 'Fully', nl: 'Volledig' } },
    ]);
    const csv = rubricsCsv(exercise ? { exercises: [exercise] } : { exercises: [] });
    expect(csv.header).toEqual(['module', 'activity', 'name', 'criterion', 'criterionName', 'level', 'levelName', 'count', 'sortingLearners', 'sortingMeanScore', 'sortingAllCorrect']);
    expect(csv.rows.slice(1, 3)).toEqual([
      ['feedback', 'exercise', 'Activity exercise', 'tone', 'It sounds kind.', 'partly', 'Partly', 1, null, null, null],
      ['feedback', 'exercise', 'Activity exercise', 'tone', 'It sounds kind.', 'fully', 'Fully', 1, null, null, null],
    ]);
  });

  it('puts levels and criteria the rubric does not list after those it does, most given first', () => {
    const { db, add, projector } = project(threeMentors().statements);
    // A rubric revised since Ana and Cas rated: it no longer has `mostly`, and lists only clarity.
    add([
      says.ratings(dee, 'feedback', 'exercise', { clarity: 'partly', accuracy: 'fully' }, '2026-03-10T10:00:00Z', ratingScale('en', [['not-yet', 'Not yet'], ['partly', 'Partly'], ['fully', 'Fully']], [['clarity', 'It is clear.']])),
      says.ratings(eve, 'feedback', 'exercise', { clarity: 'mostly' }, '2026-03-10T11:00:00Z'),
    ]);
    projector.catchUp();
    const answer = rubrics(db, {});
    expect(levelIds(answer)).toEqual([['clarity', ['partly', 'mostly']], ['accuracy', ['fully']], ['tone', ['fully']]]);
    // The whole scale, `not-yet` too though nobody gave it, then what the scale does not list.
    expect(answer.exercises[0]!.levels!.map((l) => l.levelId)).toEqual(['not-yet', 'partly', 'fully', 'mostly']);
    expect(answer.exercises[0]!.criteria.map((c) => c.names)).toEqual([{ en: 'It is clear.' }, {}, {}]);
  });

  it('ignores a malformed rating scale and projects the ratings as without one', () => {
    const malformed: unknown[] = [
      'not-yet,partly,fully',
      { levels: 'not-yet,partly,fully', criteria: 7 },
      { levels: [{ id: 'fully' }, { id: 'partly' }, 'not-yet'] },
      { levels: [{ id: 'fully' }, { id: 'partly' }, { id: 'fully' }] },
      { levels: [{ id: 'fully', description: 'Fully' }, { id: 12 }], criteria: [{ description: { en: 'It is clear.' } }] },
      null,
      [],
    ];
    const { db, add, projector } = project(threeMentors().statements);
    const expected = rubrics(db, {});
    add(malformed.map((scale, i) => says.ratings(learner({ name: `L${i}`, email: `l${i}@example.org`, language: 'en' }), 'feedback', 'exercise', { tone: 'fully' }, `2026-03-10T1${i}:00:00Z`, scale)));
    expect(() => projector.catchUp()).not.toThrow();
    expect(projector.status().statements).toBe(42 + malformed.length);
    const answer = rubrics(db, {});
    expect(levelIds(answer)).toEqual(levelIds(expected));
    expect(answer.exercises[0]!.criteria.find((c) => c.criterionId === 'tone')!.total).toBe(1 + malformed.length);
    expect(answer.exercises[0]!.levels).toEqual(expected.exercises[0]!.levels);
    expect(db.prepare("SELECT count(*) AS n FROM components WHERE part LIKE 'rubric-%'").get()).toEqual({ n: 0 });
  });

  it("counts a learner who redid the exercise once, with their best sorting and latest rating", () => {
    const { db, add, projector } = project(threeMentors().statements);
    add([says.sorting(ana, 'feedback', 'exercise', 50, '2026-03-05T10:00:00Z'), says.ratings(ana, 'feedback', 'exercise', { clarity: 'fully' }, '2026-03-05T10:01:00Z')]);
    projector.catchUp();
    const [exercise] = rubrics(db, {}).exercises;
    expect(exercise!.sorting).toEqual({ learners: 2, meanScore: 87.5, allCorrect: 1 });
    expect(exercise!.criteria[0]).toEqual({ criterionId: 'clarity', names: {}, total: 2, levels: [{ levelId: 'fully', count: 1 }, { levelId: 'partly', count: 1 }] });
  });
});
