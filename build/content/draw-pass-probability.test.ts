import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../course/schema/activities/quiz.ts';
import { groupShares } from '../../components/src/runtime/quiz-draw.ts';
import { scoreAttempt } from '../../components/src/runtime/quiz-scoring.ts';
import { seededRandom } from '../../components/src/runtime/seeded-random.ts';
import { convolve, drawnRightDistribution, passes, passProbability, passWithin, stratifiedPlans } from './draw-pass-probability.ts';

/** Every `n`-subset of 0..total-1. */
function subsets(total: number, n: number): number[][] {
  if (n === 0) return [[]];
  if (total < n) return [];
  return [...subsets(total - 1, n), ...subsets(total - 1, n - 1).map((s) => [...s, total - 1])];
}

/** P(k right) by brute force: every subset equally likely, each drawn item right with its chance. */
function bruteForce(chances: number[], n: number): number[] {
  const law = new Array<number>(n + 1).fill(0);
  const all = subsets(chances.length, n);
  for (const subset of all) {
    const perSubset = subset.reduce((dist, i) => convolve(dist, [1 - chances[i]!, chances[i]!]), [1]);
    perSubset.forEach((p, k) => (law[k]! += p / all.length));
  }
  return law;
}

const binomial = (n: number, k: number): number => (k < 0 || k > n ? 0 : Array.from({ length: k }, (_, i) => (n - i) / (i + 1)).reduce((a, b) => a * b, 1));

describe('drawnRightDistribution', () => {
  it('is the hypergeometric law when every item is simply right or wrong', () => {
    // A pool of 32 items of which the guesser gets 19 right, 15 drawn per attempt.
    const law = drawnRightDistribution([...Array(19).fill(1), ...Array(13).fill(0)], 15);
    for (let k = 0; k <= 15; k++) expect(law[k]).toBeCloseTo((binomial(19, k) * binomial(13, 15 - k)) / binomial(32, 15), 14);
  });

  it('averages over every possible draw when chances are fractions (ties the guesser breaks at random)', () => {
    const chances = [1, 0, 0.5, 1, 0, 0.25, 1];
    const law = drawnRightDistribution(chances, 4);
    bruteForce(chances, 4).forEach((p, k) => expect(law[k]).toBeCloseTo(p, 14));
  });

  it('sums to one and draws no more items than the pool has', () => {
    const law = drawnRightDistribution([1, 0.5, 0], 5);
    expect(law).toHaveLength(4);
    expect(law.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });
});

describe('passes', () => {
  it('agrees with the player\'s scoring: the rounded percentage reaches the pass mark', () => {
    for (let count = 1; count <= 20; count++) {
      const items: QuizItem[] = Array.from({ length: count }, (_, i) => ({ id: `i${i}`, kind: 'true-false', prompt: 'P', correct: true, feedback: { correct: 'a', incorrect: 'b' } }));
      for (let right = 0; right <= count; right++) {
        const answers = Object.fromEntries(items.map((item, i) => [item.id, { kind: 'true-false' as const, value: i < right }]));
        const score = scoreAttempt({ items }, { items: items.map((i) => i.id), answers });
        for (const passMark of [50, 67, 75, 80, 100]) expect(passes(right, count, passMark), `${right}/${count} at ${passMark}`).toBe(score >= passMark);
      }
    }
  });
});

describe('stratifiedPlans', () => {
  it('shares the draw evenly, and gives what does not divide to any set of groups with equal weight', () => {
    expect(stratifiedPlans([6, 6, 6, 6], 8)).toEqual([{ counts: [2, 2, 2, 2], weight: 1 }]);
    const plans = stratifiedPlans([6, 6, 6], 7);
    expect(plans.map((p) => p.counts)).toEqual([[3, 2, 2], [2, 3, 2], [2, 2, 3]]);
    expect(plans.every((p) => p.weight === 1 / 3)).toBe(true);
    // A group with fewer items than its share gives all it has; the others make up the rest.
    expect(stratifiedPlans([1, 6, 6], 9)).toEqual([{ counts: [1, 4, 4], weight: 1 }]);
  });

  it('matches how the player shares a draw between module groups', () => {
    for (const [sizes, draw] of [[[4, 6, 5, 6], 10], [[2, 7, 7], 9], [[6, 6, 6, 6, 6], 12], [[1, 3, 8], 10]] as const) {
      const expected = new Map(stratifiedPlans(sizes, draw).map((p) => [p.counts.join(','), p.weight]));
      const seen = new Map<string, number>();
      const runs = 3000;
      for (let s = 0; s < runs; s++) {
        const key = groupShares(sizes, draw, seededRandom(`shares-${s}`)).join(',');
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      expect([...seen.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, count] of seen) expect(Math.abs(count / runs - expected.get(key)!)).toBeLessThan(0.04);
    }
  });
});

describe('passProbability', () => {
  it('draws each module group\'s share on its own when the quiz is stratified', () => {
    const items = [
      { chance: 1, group: 'a' }, { chance: 1, group: 'a' }, { chance: 0, group: 'a' },
      { chance: 1, group: 'b' }, { chance: 0, group: 'b' }, { chance: 0, group: 'b' },
    ];
    // One item per group: right in a with 2/3, in b with 1/3; passing (100%) needs both.
    expect(passProbability({ items, draw: 2, passMark: 100, stratified: true })).toBeCloseTo(2 / 9, 14);
    // Unstratified, any 2 of the 6: 3 right items, so C(3,2)/C(6,2).
    expect(passProbability({ items, draw: 2, passMark: 100, stratified: false })).toBeCloseTo(3 / 15, 14);
  });

  it('is certain for the whole pool when every item is right, and impossible when too few are', () => {
    expect(passProbability({ items: [{ chance: 1 }, { chance: 1 }], passMark: 80, stratified: false })).toBe(1);
    expect(passProbability({ items: [{ chance: 1 }, { chance: 0 }, { chance: 0 }], draw: 2, passMark: 80, stratified: false })).toBe(0);
  });
});

describe('passWithin', () => {
  it('is 1 − (1 − p)^attempts, and certain with unlimited attempts unless p is 0', () => {
    expect(passWithin(0.1, 3)).toBeCloseTo(1 - 0.9 ** 3, 15);
    expect(passWithin(0.001, 0)).toBe(1);
    expect(passWithin(0, 0)).toBe(0);
  });
});
