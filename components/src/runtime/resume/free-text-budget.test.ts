import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerProgress } from '../progress.ts';
import { effectiveLimits, FREE_TEXT_RESERVE, freeTextFields, freeTextPool, guaranteedNeed } from './free-text-budget.ts';
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

describe('free-text budget', () => {
  it('leaves every field its author limit when the store has no fixed limit', () => {
    const c = course(8);
    const limits = effectiveLimits(c, { activities: {} }, freeTextPool(c, undefined));
    expect([...limits.values()].filter((v) => v === 800)).toHaveLength(16);
  });

  it('shares a small store between the fields and keeps a reserve for each untouched field', () => {
    const c = course(14);
    const progress = answered(c, (m, p) => (m === 0 && p === 'a' ? worstText(700) : ''));
    const limits = effectiveLimits(c, progress, freeTextPool(c, 4096));
    const { structural } = resumeBudget(c, 4096);
    const fields = freeTextFields(c, progress);
    const claim = (f: { used: number; maxLength: number }) => Math.max(f.used, Math.min(FREE_TEXT_RESERVE, f.maxLength));
    const othersThan = (key: string) => fields.filter((f) => f.key !== key).reduce((s, f) => s + claim(f), 0);
    const pool = 4096 - structural;
    // An untouched field gets what the pool leaves after the 700 written and everyone's reserve.
    expect(limits.get('m1/think#a')).toBe(Math.min(800, pool - othersThan('m1/think#a')));
    expect(limits.get('m1/think#a')).toBeLessThan(800);
    // The field already holding 700 keeps at least that.
    expect(limits.get('m0/think#a')).toBe(Math.max(700, Math.min(800, pool - othersThan('m0/think#a'))));
  });

  it('never lets the learner write more than the store keeps: filling every field to its limit in turn fits', () => {
    const c = course(8);
    let progress: LearnerProgress = { activities: {} };
    for (const [m, module] of c.modules.entries()) {
      for (const prompt of ['a', 'b']) {
        const limit = effectiveLimits(c, progress, freeTextPool(c, 4096)).get(`${module.id}/think#${prompt}`)!;
        expect(limit).toBeGreaterThanOrEqual(FREE_TEXT_RESERVE);
        const before = progress;
        progress = answered(c, (i, p) => {
          const old = before.activities[`m${i}/think`]?.detail;
          const kept = old?.type === 'reflection' ? (old.answers[p] ?? '') : '';
          return i === m && p === prompt ? worstText(limit) : kept;
        });
      }
    }
    expect(encodeResume(c, progress).length).toBeLessThanOrEqual(4096);
  });

  it('never shrinks a field below what it already holds', () => {
    const c = course(8);
    const progress = answered(c, () => worstText(400));
    const limits = effectiveLimits(c, progress, freeTextPool(c, 4096));
    expect(Math.min(...c.modules.flatMap((m) => ['a', 'b'].map((p) => limits.get(`${m.id}/think#${p}`)!)))).toBe(400);
  });

  it('states what the guarantee needs: worst-case structure plus a reserve per field', () => {
    const c = course(8);
    const need = guaranteedNeed(c);
    expect(need.reserves).toBe(16 * FREE_TEXT_RESERVE + 80);
    expect(need.total).toBe(need.structural + need.reserves);
  });
});
