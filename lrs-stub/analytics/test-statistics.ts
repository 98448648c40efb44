/**
 * The statistics of the whole test, as Moodle's quiz statistics report computes them
 * (mod/quiz/report/statistics/classes/calculator.php, calculate()): on the attempts' totals
 * in marks, with sample (n − 1) estimators, skewness and kurtosis from the k-statistics, and
 * the coefficient of internal consistency (Cronbach's alpha) from the items' mark variances.
 * Moodle shows mean, median, SD and standard error as % of the quiz's max total; so does
 * `percentOfMaxTotal`.
 */
import { type Measure, mapMeasure, measured, undefinedBecause } from './measure.ts';
import { isConstant, mean, median } from './sample-statistics.ts';

export interface TestStatistics {
  attempts: number;
  /** Max total in marks, the 100% of `percentOfMaxTotal`. */
  maxTotal: number;
  /** In marks. */
  mean: Measure;
  median: Measure;
  standardDeviation: Measure;
  skewness: Measure;
  /** Excess kurtosis (0 for a normal distribution). */
  kurtosis: Measure;
  /** Cronbach's alpha in %: Moodle's "Coefficient of internal consistency". */
  internalConsistency: Measure;
  /** In %: 100 √(1 − alpha), the share of the SD that is measurement error. */
  errorRatio: Measure;
  /** In marks: error ratio × SD. */
  standardError: Measure;
  percentOfMaxTotal: { mean: Measure; median: Measure; standardDeviation: Measure; standardError: Measure };
}

export interface TestStatisticsInput {
  totals: readonly number[];
  maxTotal: number;
  /** The sample variance (marks²) of each item that was answered at least once. */
  itemVariances: readonly (number | null)[];
  /** Every attempt answered every answered item, and its total is the sum of its marks. */
  fullTable: boolean;
  totalsAreSums: boolean;
}

export function testStatistics({ totals, maxTotal, itemVariances, fullTable, totalsAreSums }: TestStatisticsInput): TestStatistics {
  const s = totals.length;
  const none = undefinedBecause('no-responses');
  const avg = s > 0 ? mean(totals) : null;
  const result: TestStatistics = {
    attempts: s,
    maxTotal,
    mean: avg === null ? none : measured(avg),
    median: s > 0 ? measured(median(totals)) : none,
    standardDeviation: s === 0 ? none : undefinedBecause('fewer-than-two-attempts'),
    skewness: undefinedBecause(s === 0 ? 'no-responses' : 'fewer-than-three-attempts'),
    kurtosis: undefinedBecause(s === 0 ? 'no-responses' : s < 3 ? 'fewer-than-three-attempts' : 'fewer-than-four-attempts'),
    internalConsistency: undefinedBecause(s === 0 ? 'no-responses' : 'fewer-than-three-attempts'),
    errorRatio: none,
    standardError: none,
    percentOfMaxTotal: { mean: none, median: none, standardDeviation: none, standardError: none },
  };

  if (avg !== null && s > 1) {
    let power2 = 0;
    let power3 = 0;
    let power4 = 0;
    for (const total of totals) {
      const d = total - avg;
      power2 += d ** 2;
      power3 += d ** 3;
      power4 += d ** 4;
    }
    const identical = isConstant(totals);
    // Moodle's k2: the unbiased variance of the totals, i.e. the SD squared.
    const k2 = identical ? 0 : power2 / (s - 1);
    result.standardDeviation = measured(Math.sqrt(k2));

    if (s > 2) {
      if (identical) {
        result.skewness = result.kurtosis = result.internalConsistency = undefinedBecause('totals-identical');
      } else {
        const m2 = power2 / s;
        const m3 = power3 / s;
        const m4 = power4 / s;
        const k3 = (s * s * m3) / ((s - 1) * (s - 2));
        result.skewness = measured(k3 / k2 ** 1.5);
        if (s > 3) {
          const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
          result.kurtosis = measured(k4 / (k2 * k2));
        }
        result.internalConsistency = internalConsistency(k2, itemVariances, fullTable, totalsAreSums);
      }
    }
  }

  // Moodle computes the error ratio and standard error only beside the coefficient.
  const alpha = result.internalConsistency;
  result.errorRatio = alpha.value === null ? alpha : measured(100 * Math.sqrt(Math.max(0, 1 - alpha.value / 100)));
  const sd = result.standardDeviation.value;
  result.standardError = mapMeasure(result.errorRatio, (ratio) => (ratio * sd!) / 100);

  const percent = (m: Measure) => (maxTotal > 0 ? mapMeasure(m, (v) => (100 * v) / maxTotal) : m.value === null ? m : none);
  result.percentOfMaxTotal = {
    mean: percent(result.mean),
    median: percent(result.median),
    standardDeviation: percent(result.standardDeviation),
    standardError: percent(result.standardError),
  };
  return result;
}

/**
 * 100 · p/(p − 1) · (1 − Σ item variances / variance of totals), p the number of items
 * (Moodle: "cic", with the items' "markvariance" summed by the question calculator).
 */
function internalConsistency(k2: number, itemVariances: readonly (number | null)[], fullTable: boolean, totalsAreSums: boolean): Measure {
  const p = itemVariances.length;
  if (p < 2) return undefinedBecause('fewer-than-two-items');
  if (!fullTable) return undefinedBecause('incomplete-responses');
  if (!totalsAreSums) return undefinedBecause('total-is-not-sum-of-items');
  // With a full table and at least three attempts every item variance is defined.
  const sumOfItemVariances = itemVariances.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return measured(((100 * p) / (p - 1)) * (1 - sumOfItemVariances / k2));
}
