/**
 * Item analysis of a quiz, as Moodle's quiz statistics report computes it, so coordinators
 * read the same figures they know from Moodle: per item the facility index, the standard
 * deviation, the discrimination index, the discriminative efficiency, the effective weight and
 * how often each option was chosen; per test the statistics of the totals (test-statistics.ts);
 * and the items worth a second look (item-flags.ts).
 *
 * The item formulas follow question/classes/statistics/questions/calculator.php
 * (initial_steps_walker, secondary_steps_walker, secondary_question_walker, calculate):
 * x = the item's mark, y = the rest of the test (total − x), t = the total, over the s
 * attempts that had the item, with sample (s − 1) covariances:
 *   facility                 = 100 · x̄ / max mark
 *   standard deviation       = 100 · sd(x) / max mark
 *   discrimination index     = 100 · cov(x, y) / √(var x · var y)
 *   discriminative efficiency= 100 · cov(x, y) / covmax(x, y), covmax pairing both sorted
 *   effective weight         = 100 · √cov(x, t) / Σ over items with cov ≥ 0 of √cov(x, t)
 * Moodle displays the SD and facility "as % of max mark", the indices already in %.
 */
import { flagItem, MOODLE_FLAG_THRESHOLDS, type FlagThresholds, type ItemFlag } from './item-flags.ts';
import { resolveScores, type ItemAnalysisInput, type ResolvedAttempt, type ResolvedItem } from './item-analysis-input.ts';
import { type Measure, measured, undefinedBecause } from './measure.ts';
import { isConstant, mean, sortedPairingCrossProducts, sumOfCrossProducts } from './sample-statistics.ts';
import { testStatistics, type TestStatistics } from './test-statistics.ts';

/**
 * The course's text as the statements carried it, a language map ({ "en": "…", "nl": "…" });
 * set by the store's query (queries/items.ts), never by analyseItems(), and absent in answers
 * of servers from before it, so readers fall back to the id.
 */
export type ItemNames = Record<string, string>;

export interface OptionCount {
  id: string;
  /** The option's text ({} when no statement described it). */
  names?: ItemNames;
  count: number;
  /** % of the attempts at the item (may add up to more than 100 for multiple response). */
  percent: Measure;
}

export interface ItemStatistics {
  id: string;
  /** The question's text, its prompt ({} when no statement named it). */
  names?: ItemNames;
  maxMark: number;
  /** Attempts that had this item. */
  attempts: number;
  /** Mean mark, % of the max mark. */
  facility: Measure;
  /** Sample SD of the mark, % of the max mark. */
  standardDeviation: Measure;
  /** %: correlation of the item's mark with the rest of the test. */
  discriminationIndex: Measure;
  /** %: the discrimination index as a share of the most these marks could give. */
  discriminativeEfficiency: Measure;
  /** %: estimated share of the item in the spread of the totals. */
  effectiveWeight: Measure;
  /** Sample covariance of the mark with the total, marks². */
  covarianceWithTotal: Measure;
  /** Sample variance of the mark, marks² (Moodle's "markvariance", summed for alpha). */
  markVariance: Measure;
  /** For choice items: every option, declared or chosen; empty for other items. */
  options: OptionCount[];
  /** Attempts at a choice item that chose no option. */
  noOptionChosen: number;
  flags: ItemFlag[];
}

export interface ItemAnalysis {
  test: TestStatistics;
  items: ItemStatistics[];
}

export interface ItemAnalysisOptions {
  thresholds?: Partial<FlagThresholds>;
}

/** Validates the input (throws a ZodError listing every issue) and analyses it. */
export function analyseItems(input: ItemAnalysisInput, options: ItemAnalysisOptions = {}): ItemAnalysis {
  const thresholds = { ...MOODLE_FLAG_THRESHOLDS, ...options.thresholds };
  const scores = resolveScores(input);
  const items = scores.items.map((item) => itemStatistics(item, scores.attempts));
  assignEffectiveWeights(items);
  for (const item of items) item.flags = flagItem(item, thresholds);

  const answered = items.filter((item) => item.attempts > 0);
  const test = testStatistics({
    totals: scores.attempts.map((attempt) => attempt.total),
    maxTotal: scores.maxTotal,
    itemVariances: answered.map((item) => item.markVariance.value),
    fullTable: answered.every((item) => item.attempts === scores.attempts.length),
    totalsAreSums: scores.attempts.every((attempt) => attempt.totalIsSum),
  });
  return { test, items };
}

/** Every statistic but the facility needs a spread, so at least two attempts. */
const tooFew = (s: number): Measure => undefinedBecause(s === 0 ? 'no-responses' : 'fewer-than-two-attempts');

function itemStatistics(item: ResolvedItem, attempts: readonly ResolvedAttempt[]): ItemStatistics {
  const taking = attempts.filter((attempt) => attempt.marks.has(item.id));
  const s = taking.length;
  const x = taking.map((attempt) => attempt.marks.get(item.id)!);
  const t = taking.map((attempt) => attempt.total);
  const y = taking.map((attempt, i) => attempt.total - x[i]!);

  const result: ItemStatistics = {
    id: item.id,
    maxMark: item.maxMark,
    attempts: s,
    facility: s > 0 ? measured((100 * mean(x)) / item.maxMark) : undefinedBecause('no-responses'),
    standardDeviation: tooFew(s),
    discriminationIndex: tooFew(s),
    discriminativeEfficiency: tooFew(s),
    effectiveWeight: tooFew(s),
    covarianceWithTotal: tooFew(s),
    markVariance: tooFew(s),
    ...optionCounts(item, taking),
    flags: [],
  };
  if (s < 2) return result;

  const itemConstant = isConstant(x);
  const sxx = itemConstant ? 0 : sumOfCrossProducts(x, x);
  result.markVariance = measured(sxx / (s - 1));
  result.standardDeviation = measured((100 * Math.sqrt(sxx / (s - 1))) / item.maxMark);
  result.covarianceWithTotal = measured(itemConstant ? 0 : sumOfCrossProducts(x, t) / (s - 1));

  // Both indices need spread on each side; Moodle leaves them empty otherwise.
  const unrelated = itemConstant ? undefinedBecause('item-scores-identical') : isConstant(y) ? undefinedBecause('rest-scores-identical') : null;
  if (unrelated) {
    result.discriminationIndex = result.discriminativeEfficiency = unrelated;
  } else {
    // The (s − 1) of each covariance cancels in both ratios.
    const sxy = sumOfCrossProducts(x, y);
    result.discriminationIndex = measured((100 * sxy) / Math.sqrt(sxx * sumOfCrossProducts(y, y)));
    result.discriminativeEfficiency = measured((100 * sxy) / sortedPairingCrossProducts(x, y));
  }
  return result;
}

function optionCounts(item: ResolvedItem, taking: readonly ResolvedAttempt[]): Pick<ItemStatistics, 'options' | 'noOptionChosen'> {
  if (item.options.length === 0) return { options: [], noOptionChosen: 0 };
  const counts = new Map(item.options.map((option) => [option, 0]));
  let noOptionChosen = 0;
  for (const attempt of taking) {
    const chosen = attempt.chosen.get(item.id) ?? [];
    if (chosen.length === 0) noOptionChosen++;
    for (const option of chosen) counts.set(option, counts.get(option)! + 1);
  }
  const s = taking.length;
  return {
    options: [...counts].map(([id, count]) => ({ id, count, percent: s > 0 ? measured((100 * count) / s) : undefinedBecause('no-responses') })),
    noOptionChosen,
  };
}

/** Moodle's effective weight: items with a negative covariance get none and add nothing to the sum. */
function assignEffectiveWeights(items: ItemStatistics[]): void {
  let sum = 0;
  for (const item of items) {
    const covariance = item.covarianceWithTotal.value;
    if (covariance !== null && covariance >= 0) sum += Math.sqrt(covariance);
  }
  for (const item of items) {
    const covariance = item.covarianceWithTotal.value;
    if (covariance === null) continue;
    if (covariance < 0) item.effectiveWeight = undefinedBecause('negative-covariance-with-total');
    else if (sum === 0) item.effectiveWeight = undefinedBecause('no-covariance-with-total');
    else item.effectiveWeight = measured((100 * Math.sqrt(covariance)) / sum);
  }
}
