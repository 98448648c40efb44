import { describe, expect, it } from 'vitest';
import { dialogueBounds } from '../dialogue-graph.ts';
import { certificate, dialogue, makeCourse, module, quiz, quizItems, reflection, sampleCourse } from '../test-course.ts';
import { randomProgress } from './random-progress.ts';
import { resumeBudget } from './resume-budget.ts';
import { encodeResume } from './resume-codec.ts';
import { worstCaseProgress, worstText } from './worst-case.ts';

const prompts = (n: number, maxLength: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, text: `Prompt ${i}`, maxLength }));

describe('resume budget', () => {
  it('is the encoded size of the worst case, split into structure and learner text', () => {
    const course = sampleCourse();
    const budget = resumeBudget(course);
    expect(encodeResume(course, worstCaseProgress(course)).length).toBe(budget.worstCase);
    // fill-in 40 + written feedback 300 + reflection 200 + 100 + certificate name 80.
    expect(budget.freeText).toBe(720);
    expect(budget.structural).toBe(budget.worstCase - 720);
    expect(budget).toMatchObject({ limit: 4096, fits: true });
  });

  it('is never exceeded by any valid state', () => {
    const course = sampleCourse();
    const { worstCase } = resumeBudget(course);
    for (let seed = 1; seed <= 300; seed += 1) expect(encodeResume(course, randomProgress(course, seed)).length).toBeLessThanOrEqual(worstCase);
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
    expect(budget.freeText).toBe(12 * 400 + 80);
    expect(budget.fits).toBe(false);
    const modest = makeCourse([module('m', [reflection('r1', { prompts: prompts(6, 300) }), reflection('r2', { prompts: prompts(6, 300) }), certificate()])]);
    expect(resumeBudget(modest).fits).toBe(true);
  });

  it('counts a quiz draw by its costliest items: long fill-ins and late positions', () => {
    const items = [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `tf${i}`, kind: 'true-false', prompt: 'T?', feedback: { correct: 'a', incorrect: 'b' }, correct: true })),
      ...quizItems().map((item) => (item.kind === 'fill-in' ? { ...item, maxLength: 200 } : item)),
    ];
    const course = makeCourse([module('m', [quiz('q', { items, draw: 3, attempts: 0 })])]);
    const worst = worstCaseProgress(course).activities['m/q']?.detail;
    expect(worst?.type === 'quiz' && [...worst.current!.items].sort()).toEqual(['fill', 'match', 'multi']);
    expect(worst?.type === 'quiz' && worst.attemptsUsed).toBe(1023);
  });

  it('follows the dialogue path that costs most to store, even when a longer one exists', () => {
    const end = { id: 'end', lines: [], ending: { outcome: 'mixed', title: 'End', debrief: 'Done.' } };
    const c = (id: string, next: string) => ({ id, text: id, quality: 'good', score: 1, feedback: 'f', next });
    // Choices are numbered in node order: the chain's come first (one character each), the
    // short route's after 32 fillers (two characters each).
    const nodes = [
      { id: 'l1', lines: [], choices: [c('l1a', 'l2'), c('l1b', 'end')] },
      { id: 'l2', lines: [], choices: [c('l2a', 'end'), c('l2b', 'end')] },
      { id: 'start', lines: [], choices: [c('long', 'l1'), ...Array.from({ length: 32 }, (_, i) => c(`f${i}`, 'end')), c('short', 's1')] },
      { id: 's1', lines: [], choices: [c('s1a', 'end'), c('s1b', 'end')] },
      end,
    ];
    const talk = dialogue('talk', { nodes, start: 'start' });
    const course = makeCourse([module('m', [talk])]);
    const worst = worstCaseProgress(course).activities['m/talk']?.detail;
    const built = course.modules[0]!.activities[0]!;
    expect(built.type === 'dialogue' && dialogueBounds(built).longestPath).toBe(3);
    expect(worst?.type === 'dialogue' && worst.path).toEqual(['short', expect.stringMatching(/^s1/)]);
  });

  it('fills learner text with exactly the allowed number of UTF-16 code units, emoji never split', () => {
    for (const n of [1, 9, 10, 11, 80, 4000]) {
      const t = worstText(n);
      expect(t.length).toBe(n);
      expect(t).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});
