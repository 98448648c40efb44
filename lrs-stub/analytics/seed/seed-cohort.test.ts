import { beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackExerciseData } from '../../../course/schema/course-data.ts';
import { validateStatement } from '../../xapi/statement-validation.ts';
import { DialoguesSchema, FunnelSchema, RubricsSchema, ScoresSchema, TimeSchema } from '../dashboard-api.ts';
import { dialogues } from '../queries/dialogues.ts';
import { funnel } from '../queries/funnel.ts';
import { itemAnalysis } from '../queries/items.ts';
import { rubrics } from '../queries/rubrics.ts';
import { scores } from '../queries/scores.ts';
import { timeOnTask } from '../queries/time-on-task.ts';
import { project } from '../testing/statement-builder.ts';
import { loadSeedCourse, type SeedCourse } from './seed-course.ts';
import { seedCohort, type SeededStatement } from './seed-cohort.ts';

let course: SeedCourse;
let cohort: SeededStatement[][];
beforeAll(async () => {
  course = await loadSeedCourse();
  cohort = [...seedCohort({ seed: 3, learners: 40, course })];
});

describe('the seeded cohort', () => {
  it('is the same for the same seed, ids included, and different for another', () => {
    expect([...seedCohort({ seed: 3, learners: 40, course })]).toEqual(cohort);
    expect([...seedCohort({ seed: 4, learners: 3, course })].flat()[0]!.id).not.toBe(cohort.flat()[0]!.id);
  });

  it('sends valid xAPI statements, through the real mapping, with the cohort as context.team', () => {
    const all = cohort.flat();
    for (const statement of all) validateStatement(statement, '1.0.3');
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.context.language))).toEqual(new Set(['en', 'nl', 'nb']));
    expect(new Set(all.map((s) => s.context.team.name)).size).toBeGreaterThan(1);
    expect(all.every((s) => s.object.id.startsWith(course.get('en')!.baseIri.replace(/\/+$/, '')))).toBe(true);
  });

  it('plays learners who drop out, fail, retry, and pass with a certificate', () => {
    const verbs = (learner: SeededStatement[]) => new Set(learner.map((s) => s.verb.display['en-US']));
    const certified = cohort.filter((l) => verbs(l).has('earned')).length;
    const finished = cohort.filter((l) => verbs(l).has('terminated')).length;
    expect(certified).toBeGreaterThan(0);
    expect(finished).toBeLessThan(cohort.length);
    const answers = cohort.flat().filter((s) => s.verb.display['en-US'] === 'answered' && s.result?.success !== undefined);
    const right = answers.filter((s) => s.result!.success).length / answers.length;
    expect(right).toBeGreaterThan(0.55);
    expect(right).toBeLessThan(0.95);
    expect(cohort.flat().some((s) => s.verb.display['en-US'] === 'attempted' && (s.context.extensions as Record<string, number>)['https://workmentor.example.org/xapi/extensions/attempt'] === 2)).toBe(true);
  });

  it('fills every panel once projected, each statement placed in the course', () => {
    const all = cohort.flat();
    const { db, projector } = project(all as unknown as Record<string, unknown>[]);
    expect(projector.status()).toEqual({ seq: all.length, statements: all.length });
    const answer = FunnelSchema.parse(funnel(db, {}));
    expect(answer.course.started).toBe(40);
    expect(answer.modules.map((m) => m.moduleId)).toContain('final-assessment');
    expect(ScoresSchema.parse(scores(db, {})).quizzes.map((q) => q.activityId)).toContain('final-quiz');
    expect(TimeSchema.parse(timeOnTask(db, {})).modules.length).toBeGreaterThan(3);
    expect(DialoguesSchema.parse(dialogues(db, {})).dialogues[0]!.paths.length).toBeGreaterThan(1);
    const exercises = RubricsSchema.parse(rubrics(db, {})).exercises;
    expect(exercises[0]!.criteria.length).toBeGreaterThan(0);
    // The mapping describes each rubric, so levels come weakest first and named in every language.
    const en = course.get('en')!;
    for (const exercise of exercises) {
      const { rubric } = en.modules.find((m) => m.id === exercise.moduleId)!.activities.find((a) => a.id === exercise.activityId && a.type === 'feedback-exercise') as FeedbackExerciseData;
      const ids = exercise.levels!.map((l) => l.levelId);
      expect(ids, exercise.activityId).toEqual(rubric.levels.map((l) => l.id).filter((id) => ids.includes(id)));
      expect(exercise.levels![0]!.names.en).toBe(rubric.levels.find((l) => l.id === ids[0])!.label);
      expect(Object.keys(exercise.criteria[0]!.names!).sort()).toEqual(['en', 'nb', 'nl']);
    }
    const items = itemAnalysis(db, {}, 'three-way-agreement/three-way-quiz');
    expect(items.items.length).toBeGreaterThan(3);
    expect(items.items.some((i) => i.options.length > 0)).toBe(true);
  });
});
