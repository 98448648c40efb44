import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { certificate, dialogue, feedbackExercise, makeCourse, module, page, quiz, quizItems, reflection, sampleCourse } from '../test-course.ts';
import { activityKey } from '../progress-values.ts';
import { courseLayout } from './course-layout.ts';
import { randomProgress } from './random-progress.ts';
import { resumeBudget } from './resume-budget.ts';
import { encodeResume } from './resume-codec.ts';
import { resumeCostTable } from './resume-cost.ts';
import { worstCaseProgress, worstText } from './worst-case.ts';

const prompts = (n: number, maxLength: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, text: `Prompt ${i}`, maxLength }));

/** Dialogue nodes `n0 → n1 → … → end`, each with a second choice straight to the end. */
const chain = (length: number) => [
  ...Array.from({ length }, (_, i) => ({
    id: `n${i}`,
    lines: [],
    choices: [
      { id: `go${i}`, text: 'On', quality: 'good', score: 1, feedback: 'f', next: i + 1 < length ? `n${i + 1}` : 'end' },
      { id: `stop${i}`, text: 'Stop', quality: 'poor', score: 0, feedback: 'f', next: 'end' },
    ],
  })),
  { id: 'end', lines: [], ending: { outcome: 'mixed', title: 'End', debrief: 'Done.' } },
];

/** A course with every activity type, long lists, a draw, unlimited attempts, a long dialogue and a final assessment. */
const varied = (): CourseData =>
  makeCourse([
    module('m', [
      page('p'),
      quiz('q', { draw: 4, shuffle: true, attempts: 0 }),
      quiz('all', { attempts: 2 }),
      dialogue('d'),
      dialogue('long', { nodes: chain(12), start: 'n0' }),
      feedbackExercise('f'),
      feedbackExercise('fw', { write: undefined }),
      reflection('r', { prompts: prompts(6, 300) }),
      certificate(),
    ]),
    module('n', Array.from({ length: 33 }, (_, i) => page(`p${i}`))),
    module('final', [quiz('exam', { attempts: 0, draw: 4, shuffle: true, feedback: 'summary' })]),
  ], { finalAssessment: { activity: 'final/exam', attempts: 3, retryAfterHours: 24 } });

describe('resume budget', () => {
  it('is the encoded size of the worst case, split into what is set aside and the shared free text', () => {
    const course = sampleCourse();
    const budget = resumeBudget(course);
    expect(encodeResume(course, worstCaseProgress(course)).length).toBe(budget.worstCase);
    // Shared: fill-in 40 + written feedback 300 + reflection 200 + 100. The certificate name (80) is set aside.
    expect(budget.freeText).toBe(640);
    expect(budget.structural).toBe(budget.worstCase - 640);
    expect(budget.structural).toBeGreaterThan(80);
    expect(budget).toMatchObject({ limit: 4096, fits: true });
  });

  it('is never exceeded by any valid state: the worst case really is the maximum', () => {
    for (const course of [sampleCourse(), varied()]) {
      const { worstCase } = resumeBudget(course);
      for (let seed = 1; seed <= 400; seed += 1) expect(encodeResume(course, randomProgress(course, seed)).length, `seed ${seed}`).toBeLessThanOrEqual(worstCase);
    }
  });

  it('is the maximum for every activity alone, too', () => {
    const course = varied();
    const worst = worstCaseProgress(course);
    for (const a of courseLayout(course).activities) {
      const only = (p: ReturnType<typeof randomProgress>) => ({ activities: p.activities[a.key] ? { [a.key]: p.activities[a.key]! } : {} });
      const most = encodeResume(course, only(worst)).length;
      for (let seed = 1; seed <= 150; seed += 1) expect(encodeResume(course, only(randomProgress(course, seed))).length, `${a.key}, seed ${seed}`).toBeLessThanOrEqual(most);
    }
  });

  it('fits up to the limit and not one character beyond', () => {
    const course = sampleCourse();
    const { worstCase } = resumeBudget(course);
    expect(resumeBudget(course, worstCase).fits).toBe(true);
    expect(resumeBudget(course, worstCase - 1).fits).toBe(false);
  });

  it('does not fit SCORM 1.2 when reflections allow too much text', () => {
    const roomy = makeCourse([module('m', [reflection('r1', { prompts: prompts(6, 400) }), reflection('r2', { prompts: prompts(6, 400) }), certificate()])]);
    const budget = resumeBudget(roomy);
    expect(budget.freeText).toBe(12 * 400);
    expect(budget.fits).toBe(false);
    const modest = makeCourse([module('m', [reflection('r1', { prompts: prompts(6, 300) }), reflection('r2', { prompts: prompts(6, 300) }), certificate()])]);
    expect(resumeBudget(modest).fits).toBe(true);
  });

  it('counts a quiz draw by its costliest items: fill-ins (their 12-bit length), then the items with the most possible answers', () => {
    const items = [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `tf${i}`, kind: 'true-false', prompt: 'T?', feedback: { correct: 'a', incorrect: 'b' }, correct: true })),
      ...quizItems().map((item) => (item.kind === 'fill-in' ? { ...item, maxLength: 200 } : item)),
    ];
    const course = makeCourse([module('m', [quiz('q', { items, draw: 3, attempts: 0 })])]);
    const worst = worstCaseProgress(course).activities['m/q']?.detail;
    // Ordering of 4 steps: 65 + 1 answers; matching of 3 pairs: 64 + 1; multiple response of 5: 32 + 1.
    expect(worst?.type === 'quiz' && [...worst.current!.items].sort()).toEqual(['fill', 'match', 'order']);
    expect(worst?.type === 'quiz' && worst.attemptsUsed).toBe(1023);
  });

  it('keeps room for the final assessment\'s round (its start and the minute of the last attempt)', () => {
    const course = varied();
    const worst = worstCaseProgress(course);
    const exam = worst.activities['final/exam']!.detail;
    expect(exam).toMatchObject({ roundStart: expect.any(Number), lastAttemptAt: expect.any(Number) });
    const { roundStart: _start, lastAttemptAt: _at, ...withoutRound } = exam as Extract<typeof exam, { type: 'quiz' }>;
    const smaller = { ...worst, activities: { ...worst.activities, 'final/exam': { status: 'completed' as const, detail: withoutRound } } };
    expect(encodeResume(course, smaller).length).toBeLessThan(encodeResume(course, worst).length);
  });

  it('takes the longest walk through a dialogue, since every choice costs the same', () => {
    const course = makeCourse([module('m', [dialogue('talk', { nodes: chain(5), start: 'n0' })])]);
    const worst = worstCaseProgress(course).activities[activityKey('m', 'talk')]?.detail;
    expect(worst?.type === 'dialogue' && worst.path).toEqual(['go0', 'go1', 'go2', 'go3', 'go4']);
  });

  it('measures every part of the state, and the parts add up to its length', () => {
    const course = varied();
    const table = resumeCostTable(course);
    expect(table.total).toBe(resumeBudget(course).worstCase);
    expect(table.rows.reduce((s, r) => s + r.characters, 0)).toBeCloseTo(table.total, 6);
    expect(table.rows.map((r) => r.part)).toEqual(
      expect.arrayContaining(['record fingerprints: page', 'quiz: drawn items', 'quiz: answers', 'dialogue: path', 'touched bitmap', 'check character']),
    );
  });

  it('fills learner text with exactly the allowed number of UTF-16 code units, emoji never split', () => {
    for (const n of [1, 9, 10, 11, 80, 4000]) {
      const t = worstText(n);
      expect(t.length).toBe(n);
      expect(t).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});
