import { describe, expect, it } from 'vitest';
import { LearnerDetailSchema, LearnersSchema } from '../dashboard-api.ts';
import { learner, project } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { learnerDetail, learners } from './learners.ts';

describe('learners', () => {
  const { db, add, projector } = project(threeMentors().statements);

  it('lists the learners in view, last active first, with their progress', () => {
    const answer = LearnersSchema.parse(learners(db, {}, undefined, 'all'));
    expect(answer.truncated).toBe(false);
    expect(answer.learners.map((l) => [l.name, l.identifier, l.cohorts, l.languages, l.modulesCompleted, l.passed, l.lastActive])).toEqual([
      ['Cas Costa', 'cas@example.org', ['Autumn'], ['en'], 1, false, '2026-03-09T12:21:00.000Z'],
      ['Bo de Boer', 'bo@example.org', ['Spring'], ['nl'], 0, false, '2026-03-04T09:07:00.000Z'],
      ['Ana Alves', 'ana@example.org', ['Spring'], ['en'], 2, true, '2026-03-02T10:15:00.000Z'],
    ]);
    // Opaque: nothing of the address in the id.
    for (const l of answer.learners) expect(l.id).not.toContain(l.identifier.split('@')[0]!);
  });

  it('narrows by name or identifier, wildcards taken literally, and by the filters', () => {
    expect(learners(db, {}, 'boer', 'all').learners.map((l) => l.name)).toEqual(['Bo de Boer']);
    expect(learners(db, {}, 'CAS@', 'all').learners.map((l) => l.name)).toEqual(['Cas Costa']);
    expect(learners(db, {}, '%', 'all').learners).toEqual([]);
    expect(learners(db, { from: '2026-03-03', to: '2026-03-04' }, undefined, 'all').learners.map((l) => l.name)).toEqual(['Bo de Boer']);
    add([learner({ name: '100% =HYPERLINK("x")', email: 'odd@example.org' }).course('initialized', '2026-03-10T08:00:00Z')]);
    projector.catchUp();
    expect(learners(db, {}, '100%', 'all').learners.map((l) => l.name)).toEqual(['100% =HYPERLINK("x")']);
  });

  it("gives one learner's modules, quiz results and latest statements", () => {
    const ana = learners(db, {}, 'ana', 'all').learners[0]!;
    const detail = LearnerDetailSchema.parse(learnerDetail(db, ana.id, 'all'));
    expect(detail.learner).toEqual(ana);
    expect(detail.modules).toEqual([
      { moduleId: 'intro', names: { en: 'Module intro' }, started: '2026-03-01T09:01:00.000Z', completed: '2026-03-01T09:21:00.000Z', seconds: 1020 },
      { moduleId: 'feedback', names: { en: 'Module feedback' }, started: '2026-03-02T10:00:00.000Z', completed: '2026-03-02T10:13:00.000Z', seconds: 900 },
    ]);
    expect(detail.quizzes).toEqual([{ moduleId: 'intro', activityId: 'quiz', names: { en: 'Activity quiz', nl: 'Activity quiz' }, attempts: 2, bestScore: 100, passed: true }]);
    expect(detail.recent.slice(0, 3)).toEqual([
      { at: '2026-03-02T10:15:00.000Z', verb: 'earned', object: 'course' },
      { at: '2026-03-02T10:14:01.000Z', verb: 'passed', object: 'course' },
      { at: '2026-03-02T10:14:00.000Z', verb: 'completed', object: 'course' },
    ]);
    expect(detail.recent).toHaveLength(20);
    expect(learnerDetail(db, 'no-such-id', 'all')).toBeUndefined();
  });

  it("shows a coordinator only the learners of their own cohorts, and nobody else's page", () => {
    const names = (scope: string[] | 'all', q?: string) => learners(db, {}, q, scope).learners.map((l) => l.name);
    expect(names(['Spring'])).toEqual(['Bo de Boer', 'Ana Alves']);
    expect(names(['Autumn', 'Winter'])).toEqual(['Cas Costa']);
    expect(names([])).toEqual([]);
    expect(names(['spring'])).toEqual([]); // a cohort is named exactly
    expect(names(['Autumn'], 'ana')).toEqual([]);
    const ana = learners(db, {}, 'ana', 'all').learners[0]!;
    expect(learnerDetail(db, ana.id, ['Spring'])?.learner.name).toBe('Ana Alves');
    // Outside the scope the page is "no such learner", as for an id that does not exist.
    expect(learnerDetail(db, ana.id, ['Autumn'])).toBeUndefined();
    expect(learnerDetail(db, ana.id, [])).toBeUndefined();
  });
});
