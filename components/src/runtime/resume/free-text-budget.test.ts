import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { MaxLengthSchema } from '../../../../course/schema/activities/common.ts';
import type { LearnerProgress } from '../progress.ts';
import { makeCourse, module, quiz, quizItems } from '../test-course.ts';
import { effectiveLimits, fairReserve, FREE_TEXT_FLOOR, FREE_TEXT_RESERVE, freeTextFields, freeTextKeys, withFreeTextLimits } from './free-text-budget.ts';
import { freeTextGuarantee, freeTextPool } from './free-text-guarantee.ts';
import { encodeResume } from './resume-codec.ts';
import { resumeBudget } from './resume-budget.ts';
import { worstText } from './worst-case.ts';

/** A course with `modules` modules, each a reflection with two 800-character prompts. */
function course(modules: number): CourseData {
  return {
    id: 'budget', version: '1.0.0', title: 'Budget', description: 'd', sourceLocale: 'en', locale: 'en', locales: ['en'],
    baseIri: 'https://example.org/x', competences: [{ id: 'c', title: 'C' }], completion: { rule: 'all-required' },
    mastery: { passMark: 0 }, reporting: 'completed-incomplete',
    modules: Array.from({ length: modules }, (_, m) => ({
      id: `m${m}`, title: 'M', summary: 's', objectives: [{ id: 'o', text: 'o', competences: ['c'] }],
      activities: [{ id: 'think', type: 'reflection' as const, title: 'T', optional: false, weight: 0,
        prompts: [{ id: 'a', text: 'a', maxLength: 800 }, { id: 'b', text: 'b', maxLength: 800 }] }],
    })),
  };
}

const answered = (c: CourseData, answer: (m: number, prompt: string) => string): LearnerProgress => ({
  activities: Object.fromEntries(c.modules.map((m, i) => [`${m.id}/think`, {
    status: 'in-progress' as const,
    detail: { type: 'reflection' as const, answers: { a: answer(i, 'a'), b: answer(i, 'b') }, submitted: false },
  }])),
});

/** Writes every field to its current limit, one after another, as a learner filling the course in order would. */
function fillInTurn(c: CourseData, limit: number): LearnerProgress {
  let progress: LearnerProgress = { activities: {} };
  const pool = freeTextPool(c, limit);
  for (const [m, module] of c.modules.entries()) {
    for (const prompt of ['a', 'b']) {
      const room = effectiveLimits(c, progress, pool).get(`${module.id}/think#${prompt}`)!;
      const before = progress;
      progress = answered(c, (i, p) => {
        const old = before.activities[`m${i}/think`]?.detail;
        const kept = old?.type === 'reflection' ? (old.answers[p] ?? '') : '';
        return i === m && p === prompt ? worstText(room) : kept;
      });
    }
  }
  return progress;
}

describe('free-text budget', () => {
  it('leaves every field its author limit when the store has no fixed limit', () => {
    const c = course(8);
    const limits = effectiveLimits(c, { activities: {} }, freeTextPool(c, undefined));
    expect([...limits.values()].filter((v) => v === 800)).toHaveLength(16);
  });

  it('promises every field 100 characters when the store can give that', () => {
    const g = freeTextGuarantee(course(8), 4096);
    expect(g).toMatchObject({ fields: 16, reserve: FREE_TEXT_RESERVE, reserved: 1600, wished: true, enough: true });
    expect(g.pool).toBe(4096 - resumeBudget(course(8)).structural);
  });

  it('promises the fair share when it cannot, and no less than the floor', () => {
    const c = course(30);
    const g = freeTextGuarantee(c, 4096);
    expect(g.reserve).toBeLessThan(FREE_TEXT_RESERVE);
    expect(g.reserve).toBe(Math.floor(g.pool / 60));
    expect(g).toMatchObject({ wished: false, enough: true });
    expect(freeTextGuarantee(course(150), 4096)).toMatchObject({ enough: false });
  });

  it('keeps the floor where the schema keeps the smallest maxLength an author may set', () => {
    expect(MaxLengthSchema.minValue).toBe(FREE_TEXT_FLOOR);
  });

  it('shares a small store between the fields and keeps a reserve for each untouched field', () => {
    const c = course(14);
    const progress = answered(c, (m, p) => (m === 0 && p === 'a' ? worstText(700) : ''));
    const pool = freeTextPool(c, 4096)!;
    const limits = effectiveLimits(c, progress, pool);
    const fields = freeTextFields(c, progress);
    const reserve = fairReserve(fields, pool);
    const claim = (f: { used: number; maxLength: number }) => Math.max(f.used, Math.min(reserve, f.maxLength));
    const othersThan = (key: string) => fields.filter((f) => f.key !== key).reduce((s, f) => s + claim(f), 0);
    // An untouched field gets what the pool leaves after the 700 written and everyone's reserve.
    expect(limits.get('m1/think#a')).toBe(Math.min(800, pool - othersThan('m1/think#a')));
    expect(limits.get('m1/think#a')).toBeLessThan(800);
    // The field already holding 700 keeps at least that.
    expect(limits.get('m0/think#a')).toBe(Math.max(700, Math.min(800, pool - othersThan('m0/think#a'))));
  });

  it('never lets the learner write more than the store keeps: filling every field to its limit in turn fits', () => {
    for (const [modules, limit] of [[8, 4096], [30, 4096], [60, 64_000]] as const) {
      const c = course(modules);
      const { reserve } = freeTextGuarantee(c, limit);
      const progress = fillInTurn(c, limit);
      const written = freeTextFields(c, progress).map((f) => f.used);
      expect(Math.min(...written), `${modules} modules`).toBeGreaterThanOrEqual(reserve);
      expect(encodeResume(c, progress).length, `${modules} modules`).toBeLessThanOrEqual(limit);
    }
  });

  it('never shrinks a field below what it already holds', () => {
    const c = course(8);
    const progress = answered(c, () => worstText(400));
    const limits = effectiveLimits(c, progress, freeTextPool(c, 4096));
    expect(Math.min(...c.modules.flatMap((m) => ['a', 'b'].map((p) => limits.get(`${m.id}/think#${p}`)!)))).toBe(400);
  });

  it('counts fill-in answers as shared fields, each keeping room for its longest accepted answer', () => {
    const items = quizItems().map((item) => (item.kind === 'fill-in' ? { ...item, accept: ['listen', 'a much longer accepted answer here'], maxLength: 60 } : item));
    const c = makeCourse([module('m', [quiz('q', { items })])]);
    const fields = freeTextFields(c, { activities: {} });
    expect(fields).toEqual([{ key: 'm/q#fill', maxLength: 60, minimum: 34, used: 0 }]);
    expect(fairReserve(fields, 60)).toBe(FREE_TEXT_RESERVE);
    expect(fairReserve([...fields, { maxLength: 800, minimum: 0 }], 60)).toBe(26);
  });

  it('gives elements the limits to show: a quiz fill-in, a reflection, a write task', () => {
    const items = quizItems();
    const c = makeCourse([module('m', [quiz('q', { items })])]);
    const activity = c.modules[0]!.activities[0]!;
    expect(freeTextKeys('m', activity)).toEqual(['m/q#fill']);
    expect(withFreeTextLimits('m', activity, new Map([['m/q#fill', 40]]))).toBe(activity);
    const limited = withFreeTextLimits('m', activity, new Map([['m/q#fill', 25]]));
    expect(limited.type === 'quiz' && limited.items.find((i) => i.id === 'fill')).toMatchObject({ maxLength: 25 });
    const c2 = course(1);
    const think = c2.modules[0]!.activities[0]!;
    expect(withFreeTextLimits('m0', think, new Map([['m0/think#b', 30]]))).toMatchObject({ prompts: [{ maxLength: 800 }, { maxLength: 30 }] });
  });
});
