import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../../course/schema/activities/quiz.ts';
import { attemptSeed, drawItems, groupShares, type DrawRules } from './quiz-draw.ts';
import { seededRandom } from './seeded-random.ts';

const feedback = { correct: 'yes', incorrect: 'no' };
const item = (id: string, module?: string): QuizItem => ({ id, kind: 'true-false', prompt: id, feedback, correct: true, ...(module ? { module } : {}) });

/** `perModule[i]` items for module m<i>, ids like m3-2. */
const stratified = (perModule: number[], draw: number): DrawRules => ({
  id: 'final',
  draw,
  shuffle: true,
  stratify: 'module',
  items: perModule.flatMap((n, m) => Array.from({ length: n }, (_, k) => item(`m${m}-${k}`, `m${m}`))),
});

const countPerModule = (ids: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id.split('-')[0]!, (counts.get(id.split('-')[0]!) ?? 0) + 1);
  return counts;
};

describe('quiz draw', () => {
  it('draws per learner: two learners on the same attempt get different items', () => {
    const quiz: DrawRules = { id: 'q', draw: 5, shuffle: true, items: Array.from({ length: 20 }, (_, i) => item(`i${i}`)) };
    const anna = drawItems(quiz, attemptSeed('anna', 1));
    expect(drawItems(quiz, attemptSeed('anna', 1))).toEqual(anna);
    expect(drawItems(quiz, attemptSeed('bram', 1))).not.toEqual(anna);
    expect(drawItems(quiz, attemptSeed('anna', 2))).not.toEqual(anna);
  });

  it('takes draw 16 over 8 modules as 2 from each', () => {
    const quiz = stratified([4, 4, 4, 4, 4, 4, 4, 4], 16);
    for (let attempt = 1; attempt <= 25; attempt += 1) {
      const ids = drawItems(quiz, attemptSeed('learner-7', attempt));
      expect(ids).toHaveLength(16);
      expect(new Set(ids).size).toBe(16);
      expect([...countPerModule(ids).values()]).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    }
  });

  it('represents every module and spreads the leftovers one each, to different modules over attempts', () => {
    const quiz = stratified([5, 5, 5, 5, 5, 5, 5, 5], 15);
    const gotMore = new Set<string>();
    for (let attempt = 1; attempt <= 40; attempt += 1) {
      const counts = countPerModule(drawItems(quiz, attemptSeed('learner', attempt)));
      expect(counts.size).toBe(8);
      expect([...counts.values()].sort()).toEqual([1, 2, 2, 2, 2, 2, 2, 2]);
      for (const [m, n] of counts) if (n === 2) gotMore.add(m);
    }
    // Every module gets the larger share in some attempt: the leftovers are not always the same modules'.
    expect(gotMore.size).toBe(8);
  });

  it('lets the other modules make up for a module with too few items', () => {
    const quiz = stratified([1, 6, 6], 9);
    const counts = countPerModule(drawItems(quiz, attemptSeed('learner', 1)));
    expect(counts.get('m0')).toBe(1);
    expect([counts.get('m1'), counts.get('m2')]).toEqual([4, 4]);
  });

  it('reproduces a learner and attempt exactly (what a resume relies on when no state was saved)', () => {
    const quiz = stratified([3, 3, 3, 3], 8);
    expect(drawItems(quiz, attemptSeed('x', 3))).toEqual(drawItems(quiz, attemptSeed('x', 3)));
  });

  it('shares evenly and never gives a group more than it has', () => {
    expect(groupShares([3, 3, 3], 7, seededRandom('a')).sort()).toEqual([2, 2, 3]);
    expect(groupShares([1, 10], 6, seededRandom('a'))).toEqual([1, 5]);
    expect(groupShares([2, 2], 9, seededRandom('a'))).toEqual([2, 2]);
  });

  it('keeps the authored order without shuffle, also when stratified', () => {
    const quiz = { ...stratified([3, 3], 4), shuffle: false };
    const ids = drawItems(quiz, attemptSeed('x', 1));
    const authored = quiz.items.map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => authored.indexOf(a) - authored.indexOf(b)));
  });
});
