/**
 * The item analysis gives Moodle's figures: hand-computed data sets (arithmetic in the
 * comments), the edge cases that make statistics undefined, and a cross-check of the
 * correlations, alpha and moments against textbook formulas written out independently here.
 */
import { describe, expect, it } from 'vitest';
import { analyseItems, type ItemAnalysis, type ItemStatistics } from './item-analysis.ts';
import type { ItemAnalysisInput } from './item-analysis-input.ts';
import type { Measure } from './measure.ts';

const value = (m: Measure) => {
  if (m.value === null) throw new Error(`expected a value, got null (${m.reason})`);
  return m.value;
};
const item = (analysis: ItemAnalysis, id: string): ItemStatistics => {
  const found = analysis.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const reasons = (i: ItemStatistics) => i.flags.map((f) => f.reason);

/** Every number in the result is finite: undefined statistics are null, never NaN. */
function expectNoNaN(node: unknown, path = '$'): void {
  if (typeof node === 'number') expect(Number.isFinite(node), path).toBe(true);
  else if (Array.isArray(node)) node.forEach((v, i) => expectNoNaN(v, `${path}[${i}]`));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) expectNoNaN(v, `${path}.${k}`);
}

/** Builds attempts from a table of fractions (rows = attempts, columns = items q1, q2, ...). */
function fromTable(rows: number[][], chosen?: (string[] | undefined)[][]): ItemAnalysisInput {
  return {
    attempts: rows.map((row, a) => ({
      responses: row.map((fraction, i) => ({ itemId: `q${i + 1}`, fraction, ...(chosen?.[a]?.[i] ? { chosen: chosen[a]![i] } : {}) })),
    })),
  };
}

/*
 * Data set A: 5 attempts × 3 one-mark items (q3 sent as raw marks, the others as fractions).
 *
 *        q1 q2 q3 | total   q1 chose  q2 chose
 *   A1    1  1  1 |   3        a         a
 *   A2    1  1  0 |   2        a         a
 *   A3    1  0  1 |   2        a         b
 *   A4    0  1  0 |   1        b         a
 *   A5    0  0  0 |   0        c       (none)
 *
 * Sums below are of products of deviations (the (s − 1) = 4 cancels in the indices).
 * q1: x̄ = .6, dev x = (.4 .4 .4 −.6 −.6), Σdx² = 3·.16 + 2·.36 = 1.2, var .3, sd √.3 = .547723
 *     rest y = (2 1 1 1 0), ȳ = 1, dev (1 0 0 0 −1), Σdy² = 2
 *     Σdxdy = .4 + .6 = 1.0 → DI = 100 · 1/√(1.2·2) = 64.5497
 *     sorted x dev (−.6 −.6 .4 .4 .4) × sorted y dev (−1 0 0 0 1) → .6 + .4 = 1.0 → DE = 100
 * q2: x̄ = .6, Σdx² = 1.2; rest y = (2 1 2 0 0), ȳ = 1, dev (1 0 1 −1 −1), Σdy² = 4
 *     dev x (.4 .4 −.6 .4 −.6) → Σdxdy = .4 + 0 − .6 − .4 + .6 = 0 → DI = 0, DE = 0
 *     (covmax: (−.6 −.6 .4 .4 .4)·(−1 −1 0 1 1) = 2.0, nonzero)
 * q3: x̄ = .4, dev (.6 −.4 .6 −.4 −.4), Σdx² = 1.2; rest y = (2 2 1 1 0), ȳ = 1.2,
 *     dev (.8 .8 −.2 −.2 −1.2), Σdy² = 2.8
 *     Σdxdy = .48 − .32 − .12 + .08 + .48 = .6 → DI = 100 · .6/√(1.2·2.8) = 32.7327
 *     sorted (−.4 −.4 −.4 .6 .6)·(−1.2 −.2 −.2 .8 .8) = .48+.08+.08+.48+.48 = 1.6 → DE = 37.5
 * totals (3 2 2 1 0): mean 1.6, median 2, dev (1.4 .4 .4 −.6 −1.6)
 *     Σd² = 5.2, Σd³ = 2.744 + .064 + .064 − .216 − 4.096 = −1.44,
 *     Σd⁴ = 3.8416 + .0256 + .0256 + .1296 + 6.5536 = 10.576
 *     k2 = 5.2/4 = 1.3, SD = √1.3 = 1.140175
 *     m2 = 1.04, m3 = −.288, m4 = 2.1152
 *     k3 = 25·(−.288)/(4·3) = −.6 → skewness = −.6/1.3^1.5 = −.404796
 *     k4 = 25·(6·2.1152 − 3·4·1.04²)/(4·3·2) = 25·(−.288)/24 = −.3 → kurtosis = −.3/1.69 = −.177515
 *     alpha = 100 · 3/2 · (1 − (.3+.3+.3)/1.3) = 150 · .4/1.3 = 46.1538
 *     error ratio = 100 √(1 − .461538) = 73.3799; standard error = .733799 · 1.140175 = √.7 = .836660
 *     as % of max 3: mean 53.3333, median 66.6667, SD 38.0058, SE 27.8887
 * covariance with total: q1 Σ = .56+.16+.16+.36+.96 = 2.2 → .55; q2 1.2 → .3; q3 1.8 → .45
 *     (they add up to k2 = 1.3); √: .741620 .547723 .670820, Σ 1.960163
 *     effective weights .741620/1.960163 = 37.8346, 27.9427, 34.2227
 */
const A = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 1],
  [0, 1, 0],
  [0, 0, 0],
];
const chosenA: string[][][] = [[['a'], ['a']], [['a'], ['a']], [['a'], ['b']], [['b'], ['a']], [['c'], []]];
function dataSetA(): ItemAnalysisInput {
  const input = fromTable(A, chosenA);
  for (const attempt of input.attempts) {
    const q3 = attempt.responses[2] as { itemId: string; fraction: number };
    attempt.responses[2] = { itemId: 'q3', mark: q3.fraction, maxMark: 1 };
  }
  return { ...input, items: [{ id: 'q1', options: ['a', 'b', 'c'] }, { id: 'q2', options: ['a', 'b', 'c'] }] };
}

describe('analyseItems: per item, as Moodle', () => {
  const analysis = analyseItems(dataSetA());

  it('gives the facility and the SD as % of the max mark', () => {
    expect(value(item(analysis, 'q1').facility)).toBeCloseTo(60, 10);
    expect(value(item(analysis, 'q3').facility)).toBeCloseTo(40, 10);
    expect(value(item(analysis, 'q1').standardDeviation)).toBeCloseTo(54.7723, 4);
    expect(value(item(analysis, 'q1').markVariance)).toBeCloseTo(0.3, 10);
    expect(item(analysis, 'q1').attempts).toBe(5);
  });

  it('correlates each item with the rest of the test, not with the total', () => {
    expect(value(item(analysis, 'q1').discriminationIndex)).toBeCloseTo(64.5497, 4);
    expect(value(item(analysis, 'q2').discriminationIndex)).toBeCloseTo(0, 10);
    expect(value(item(analysis, 'q3').discriminationIndex)).toBeCloseTo(32.7327, 4);
    // With the total instead: .55/√(.3·1.3) = 88.07%, so this fails if the rest is not used.
    expect(value(item(analysis, 'q1').discriminationIndex)).not.toBeCloseTo(88.07, 1);
  });

  it('divides by the covariance of the sorted marks for the discriminative efficiency', () => {
    expect(value(item(analysis, 'q1').discriminativeEfficiency)).toBeCloseTo(100, 10);
    expect(value(item(analysis, 'q2').discriminativeEfficiency)).toBeCloseTo(0, 10);
    expect(value(item(analysis, 'q3').discriminativeEfficiency)).toBeCloseTo(37.5, 10);
  });

  it('gives effective weights from the covariances with the total', () => {
    expect(value(item(analysis, 'q1').covarianceWithTotal)).toBeCloseTo(0.55, 10);
    expect(value(item(analysis, 'q1').effectiveWeight)).toBeCloseTo(37.8346, 4);
    expect(value(item(analysis, 'q2').effectiveWeight)).toBeCloseTo(27.9427, 4);
    expect(value(item(analysis, 'q3').effectiveWeight)).toBeCloseTo(34.2227, 4);
  });

  it('counts every option, the ones nobody chose and the attempts that chose none', () => {
    const q1 = item(analysis, 'q1');
    expect(q1.options.map((o) => [o.id, o.count, o.percent.value])).toEqual([
      ['a', 3, 60],
      ['b', 1, 20],
      ['c', 1, 20],
    ]);
    const q2 = item(analysis, 'q2');
    expect(q2.options.map((o) => [o.id, o.count])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 0],
    ]);
    expect(q2.noOptionChosen).toBe(1);
    expect(item(analysis, 'q3').options).toEqual([]);
  });

  it('flags q2 (no discrimination) and q3 (weak), not q1', () => {
    expect(reasons(item(analysis, 'q1'))).toEqual([]);
    expect(reasons(item(analysis, 'q2'))).toEqual(['low-discriminative-efficiency', 'discrimination-very-likely-needs-checking']);
    expect(reasons(item(analysis, 'q3'))).toEqual(['discrimination-likely-needs-checking']);
    expect(item(analysis, 'q3').flags[0]).toMatchObject({ statistic: 'discriminationIndex', threshold: 50 });
  });

  it('takes other thresholds when asked', () => {
    const strict = analyseItems(dataSetA(), { thresholds: { discriminativeEfficiencyBelow: 40 } });
    expect(reasons(item(strict, 'q3'))).toContain('low-discriminative-efficiency');
  });
});

describe('analyseItems: the test, as Moodle', () => {
  const { test } = analyseItems(dataSetA());

  it('gives mean, median, SD, skewness and kurtosis of the totals', () => {
    expect(test.attempts).toBe(5);
    expect(test.maxTotal).toBe(3);
    expect(value(test.mean)).toBeCloseTo(1.6, 10);
    expect(value(test.median)).toBe(2);
    expect(value(test.standardDeviation)).toBeCloseTo(1.140175, 6);
    expect(value(test.skewness)).toBeCloseTo(-0.404796, 6);
    expect(value(test.kurtosis)).toBeCloseTo(-0.177515, 6);
  });

  it('gives the coefficient of internal consistency, error ratio and standard error', () => {
    expect(value(test.internalConsistency)).toBeCloseTo(46.1538, 4);
    expect(value(test.errorRatio)).toBeCloseTo(73.3799, 4);
    expect(value(test.standardError)).toBeCloseTo(Math.sqrt(0.7), 10);
  });

  it('gives mean, median, SD and standard error as % of the max total', () => {
    expect(value(test.percentOfMaxTotal.mean)).toBeCloseTo(53.3333, 4);
    expect(value(test.percentOfMaxTotal.median)).toBeCloseTo(66.6667, 4);
    expect(value(test.percentOfMaxTotal.standardDeviation)).toBeCloseTo(38.0058, 4);
    expect(value(test.percentOfMaxTotal.standardError)).toBeCloseTo(27.8887, 4);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    // Totals 0, 1, 2, 3 → (1 + 2)/2.
    const even = analyseItems(fromTable([[0, 0, 0], [1, 0, 0], [1, 1, 0], [1, 1, 1]]));
    expect(value(even.test.median)).toBe(1.5);
  });
});

describe('analyseItems: marks out of more than one', () => {
  it('turns raw marks and fractions into % of the item max mark', () => {
    // q1 max 2, marks 2, 1, 0 (the last sent as fraction 0): mean 1 → 50%; dev (1 0 −1), var 2/2 = 1, sd 1 → 50%.
    const analysis = analyseItems({
      items: [{ id: 'q1', maxMark: 2 }],
      attempts: [
        { responses: [{ itemId: 'q1', mark: 2, maxMark: 2 }, { itemId: 'q2', fraction: 1 }] },
        { responses: [{ itemId: 'q1', fraction: 0.5 }, { itemId: 'q2', fraction: 0 }] },
        { responses: [{ itemId: 'q1', fraction: 0 }, { itemId: 'q2', fraction: 1 }] },
      ],
    });
    expect(value(item(analysis, 'q1').facility)).toBeCloseTo(50, 10);
    expect(value(item(analysis, 'q1').standardDeviation)).toBeCloseTo(50, 10);
    // Totals 3, 1, 1 out of 2 + 1.
    expect(analysis.test.maxTotal).toBe(3);
    expect(value(analysis.test.mean)).toBeCloseTo(5 / 3, 10);
  });
});

describe('analyseItems: undefined results are null with a reason', () => {
  it('all right: facility 100%, SD 0, no correlation, flagged extremely easy', () => {
    const analysis = analyseItems(fromTable([[1, 1], [1, 1], [1, 1]]));
    const q1 = item(analysis, 'q1');
    expect(q1.facility.value).toBe(100);
    expect(q1.standardDeviation.value).toBe(0);
    expect(q1.discriminationIndex).toEqual({ value: null, reason: 'item-scores-identical' });
    expect(q1.discriminativeEfficiency).toEqual({ value: null, reason: 'item-scores-identical' });
    expect(q1.effectiveWeight).toEqual({ value: null, reason: 'no-covariance-with-total' });
    expect(reasons(q1)).toEqual(['facility-extremely-high']);
    expect(analysis.test.standardDeviation.value).toBe(0);
    expect(analysis.test.skewness).toEqual({ value: null, reason: 'totals-identical' });
    expect(analysis.test.internalConsistency).toEqual({ value: null, reason: 'totals-identical' });
    expect(analysis.test.errorRatio).toEqual({ value: null, reason: 'totals-identical' });
    expect(analysis.test.standardError).toEqual({ value: null, reason: 'totals-identical' });
    expectNoNaN(analysis);
  });

  it('all wrong: facility 0%, flagged extremely difficult, mean 0%', () => {
    const analysis = analyseItems(fromTable([[0, 0], [0, 0], [0, 0], [0, 0]]));
    expect(item(analysis, 'q2').facility.value).toBe(0);
    expect(reasons(item(analysis, 'q2'))).toEqual(['facility-extremely-low']);
    expect(analysis.test.percentOfMaxTotal.mean.value).toBe(0);
    expect(analysis.test.kurtosis).toEqual({ value: null, reason: 'totals-identical' });
    expectNoNaN(analysis);
  });

  it('one attempt: the facility and the mean, nothing that needs a spread', () => {
    const analysis = analyseItems(fromTable([[1, 0, 1]]));
    const q1 = item(analysis, 'q1');
    expect(q1.facility.value).toBe(100);
    for (const m of [q1.standardDeviation, q1.discriminationIndex, q1.discriminativeEfficiency, q1.effectiveWeight]) {
      expect(m).toEqual({ value: null, reason: 'fewer-than-two-attempts' });
    }
    expect(value(analysis.test.mean)).toBe(2);
    expect(value(analysis.test.median)).toBe(2);
    expect(analysis.test.standardDeviation).toEqual({ value: null, reason: 'fewer-than-two-attempts' });
    expect(analysis.test.skewness).toEqual({ value: null, reason: 'fewer-than-three-attempts' });
    expect(analysis.test.internalConsistency).toEqual({ value: null, reason: 'fewer-than-three-attempts' });
    // Only the facility flag can fire on one attempt (100% → extremely easy).
    expect(reasons(q1)).toEqual(['facility-extremely-high']);
    expectNoNaN(analysis);
  });

  it('no attempts at all', () => {
    const analysis = analyseItems({ items: [{ id: 'q1' }], attempts: [] });
    expect(analysis.test.attempts).toBe(0);
    expect(analysis.test.mean).toEqual({ value: null, reason: 'no-responses' });
    expect(item(analysis, 'q1').facility).toEqual({ value: null, reason: 'no-responses' });
    expectNoNaN(analysis);
  });

  it('an item nobody answered: no statistics for it, and alpha over the items answered', () => {
    // q1, q2 of data set A; q3 declared with options but in no attempt.
    // Totals (2 2 1 1 0): mean 1.2, Σd² = .64+.64+.04+.04+1.44 = 2.8, k2 = .7;
    // alpha = 100 · 2/1 · (1 − (.3 + .3)/.7) = 28.5714. Mean as % of 3 (q3 counts in the max) = 40.
    const analysis = analyseItems({
      items: [{ id: 'q3', options: ['a', 'b'] }],
      attempts: A.map((row) => ({ responses: [{ itemId: 'q1', fraction: row[0]! }, { itemId: 'q2', fraction: row[1]! }] })),
    });
    const q3 = item(analysis, 'q3');
    expect(q3.attempts).toBe(0);
    expect(q3.facility).toEqual({ value: null, reason: 'no-responses' });
    expect(q3.discriminationIndex).toEqual({ value: null, reason: 'no-responses' });
    expect(q3.options).toEqual([
      { id: 'a', count: 0, percent: { value: null, reason: 'no-responses' } },
      { id: 'b', count: 0, percent: { value: null, reason: 'no-responses' } },
    ]);
    expect(q3.flags).toEqual([]);
    expect(value(analysis.test.internalConsistency)).toBeCloseTo(28.5714, 4);
    expect(value(analysis.test.percentOfMaxTotal.mean)).toBeCloseTo(40, 10);
    expectNoNaN(analysis);
  });

  it('identical totals: each item is exactly the opposite of the rest', () => {
    // Rows (1 0) (0 1) (1 0) (0 1): every total is 1, so the rest of q1 is 1 − q1:
    // DI = −100, and the sorted pairing gives +var, so DE = −100 too.
    const analysis = analyseItems(fromTable([[1, 0], [0, 1], [1, 0], [0, 1]]));
    const q1 = item(analysis, 'q1');
    expect(value(q1.discriminationIndex)).toBeCloseTo(-100, 10);
    expect(value(q1.discriminativeEfficiency)).toBeCloseTo(-100, 10);
    expect(value(q1.covarianceWithTotal)).toBe(0);
    expect(reasons(q1)).toEqual(['low-discriminative-efficiency', 'discrimination-very-likely-needs-checking']);
    expect(analysis.test.standardDeviation.value).toBe(0);
    expect(analysis.test.skewness).toEqual({ value: null, reason: 'totals-identical' });
    expect(analysis.test.kurtosis).toEqual({ value: null, reason: 'totals-identical' });
    expect(analysis.test.internalConsistency).toEqual({ value: null, reason: 'totals-identical' });
    expectNoNaN(analysis);
  });

  it('identical rest of the test: the item varies but cannot correlate', () => {
    // q2 is always 1, so the rest of q1 is constant.
    const q1 = item(analyseItems(fromTable([[1, 1], [0, 1], [1, 1]])), 'q1');
    expect(q1.discriminationIndex).toEqual({ value: null, reason: 'rest-scores-identical' });
    expect(q1.discriminativeEfficiency).toEqual({ value: null, reason: 'rest-scores-identical' });
  });

  it('flags an item whose marks go against the totals', () => {
    // q3 is right exactly when q1 and q2 are wrong: totals (2 2 1 1 1), q3 (0 0 1 1 0):
    // Σ dev·dev = (−.4)(.6)·2 + (.6)(−.4)·2 + (−.4)(−.4) = −.8, a negative covariance.
    const analysis = analyseItems(fromTable([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1], [1, 0, 0]]));
    const q3 = item(analysis, 'q3');
    expect(value(q3.covarianceWithTotal)).toBeLessThan(0);
    expect(q3.effectiveWeight).toEqual({ value: null, reason: 'negative-covariance-with-total' });
    expect(reasons(q3)).toContain('negative-covariance-with-total');
  });

  it('no alpha when attempts lack items others answered, or totals are not sums', () => {
    const incomplete = dataSetA();
    incomplete.attempts[0]!.responses.pop();
    const analysis = analyseItems(incomplete);
    expect(item(analysis, 'q3').attempts).toBe(4);
    expect(analysis.test.internalConsistency).toEqual({ value: null, reason: 'incomplete-responses' });

    const withTotals = dataSetA();
    withTotals.attempts.forEach((attempt, i) => (attempt.total = [3, 2, 2, 1, 0][i]! + 1));
    const other = analyseItems(withTotals);
    expect(other.test.internalConsistency).toEqual({ value: null, reason: 'total-is-not-sum-of-items' });
    // The rest of the test is total − mark, so a constant extra mark does not change the index.
    expect(value(item(other, 'q1').discriminationIndex)).toBeCloseTo(64.5497, 4);
  });
});

describe('analyseItems: input that cannot be right is refused', () => {
  it('refuses a mark above the max, two max marks for one item, an item twice in an attempt', () => {
    expect(() => analyseItems({ attempts: [{ responses: [{ itemId: 'q1', mark: 3, maxMark: 2 }] }] })).toThrow(/above the max mark/);
    expect(() =>
      analyseItems({ items: [{ id: 'q1', maxMark: 2 }], attempts: [{ responses: [{ itemId: 'q1', mark: 1, maxMark: 1 }] }] }),
    ).toThrow(/max mark 2 elsewhere/);
    expect(() => analyseItems({ attempts: [{ responses: [{ itemId: 'q1', fraction: 1 }, { itemId: 'q1', fraction: 0 }] }] })).toThrow(/answered twice/);
    expect(() => analyseItems({ attempts: [{ responses: [{ itemId: 'q1', fraction: 1.5 }] }] })).toThrow();
  });
});

describe('analyseItems: cross-checked against textbook formulas', () => {
  /** A seeded linear congruential generator, so the data set is the same on every run. */
  function seeded(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1664525 + 1013904223) % 2 ** 32;
      return state / 2 ** 32;
    };
  }
  // 40 attempts × 5 items: q1–q4 are more often right the abler the learner (and half marks now and
  // then), q5 is 0–3 marks out of 3 at random, unrelated to ability.
  const random = seeded(20240601);
  const rows = Array.from({ length: 40 }, () => {
    const ability = random();
    return [0, 1, 2, 3].map((j): number => (random() < ability + 0.15 * (j - 1.5) ? 1 : random() < 0.3 ? 0.5 : 0)).concat([Math.floor(random() * 4) / 3]);
  });
  const input: ItemAnalysisInput = {
    items: [{ id: 'q5', maxMark: 3 }],
    attempts: rows.map((row) => ({ responses: row.map((fraction, i) => ({ itemId: `q${i + 1}`, fraction })) })),
  };
  const analysis = analyseItems(input);
  const marks = rows.map((row) => row.map((f, i) => (i === 4 ? 3 * f : f)));
  const totals = marks.map((row) => row.reduce((a, b) => a + b, 0));
  const n = rows.length;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it('discrimination index = Pearson r(item, total − item) by the raw-sums formula', () => {
    for (let j = 0; j < 5; j++) {
      const x = marks.map((row) => row[j]!);
      const y = totals.map((t, i) => t - x[i]!);
      const sxy = sum(x.map((v, i) => v * y[i]!));
      const r = (n * sxy - sum(x) * sum(y)) / Math.sqrt((n * sum(x.map((v) => v * v)) - sum(x) ** 2) * (n * sum(y.map((v) => v * v)) - sum(y) ** 2));
      expect(value(item(analysis, `q${j + 1}`).discriminationIndex)).toBeCloseTo(100 * r, 8);
    }
  });

  it('Cronbach alpha = k/(k − 1) · (1 − Σσᵢ²/σ²ₓ) with population variances', () => {
    const popVar = (xs: number[]) => sum(xs.map((v) => v * v)) / xs.length - (sum(xs) / xs.length) ** 2;
    const itemVars = [0, 1, 2, 3, 4].map((j) => popVar(marks.map((row) => row[j]!)));
    const alpha = (5 / 4) * (1 - sum(itemVars) / popVar(totals));
    expect(value(analysis.test.internalConsistency)).toBeCloseTo(100 * alpha, 8);
  });

  it('skewness and kurtosis = the adjusted Fisher–Pearson G1 and G2', () => {
    const m = sum(totals) / n;
    const moment = (k: number) => sum(totals.map((t) => (t - m) ** k)) / n;
    const g1 = moment(3) / moment(2) ** 1.5;
    const g2 = moment(4) / moment(2) ** 2 - 3;
    const G1 = (Math.sqrt(n * (n - 1)) / (n - 2)) * g1;
    const G2 = ((n - 1) / ((n - 2) * (n - 3))) * ((n + 1) * g2 + 6);
    expect(value(analysis.test.skewness)).toBeCloseTo(G1, 8);
    expect(value(analysis.test.kurtosis)).toBeCloseTo(G2, 8);
  });

  it('discriminative efficiency divides by the largest covariance of any pairing (all 120 of data set A)', () => {
    const a = analyseItems(dataSetA());
    const permutations = (xs: number[]): number[][] =>
      xs.length <= 1 ? [xs] : xs.flatMap((v, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [v, ...p]));
    for (let j = 0; j < 3; j++) {
      const x = A.map((row) => row[j]!);
      const y = A.map((row) => sum(row) - row[j]!);
      const cov = (xs: number[], ys: number[]) => (sum(xs.map((v, i) => v * ys[i]!)) - (sum(xs) * sum(ys)) / xs.length) / (xs.length - 1);
      const best = Math.max(...permutations(y).map((p) => cov(x, p)));
      expect(value(item(a, `q${j + 1}`).discriminativeEfficiency)).toBeCloseTo((100 * cov(x, y)) / best, 8);
    }
  });

  it('has data that spreads (the cross-check is not vacuous)', () => {
    for (const i of analysis.items) expect(i.discriminationIndex.value, i.id).not.toBeNull();
    expect(analysis.test.internalConsistency.value).not.toBeNull();
    expectNoNaN(analysis);
  });
});
