/**
 * A statistic that may be undefined for the data at hand. Item analysis divides by standard
 * deviations and counts that are often zero on a small cohort (everybody right, one attempt);
 * NaN would flow silently into dashboards and exports, so an undefined result is `null` and
 * carries a machine-readable reason the dashboard can translate.
 */

/** Why a statistic has no value. */
export type UndefinedReason =
  /** Nobody answered the item, or there are no attempts at all. */
  | 'no-responses'
  | 'fewer-than-two-attempts'
  | 'fewer-than-three-attempts'
  | 'fewer-than-four-attempts'
  /** Every attempt scored the same on the item: it cannot correlate with anything. */
  | 'item-scores-identical'
  /** Every attempt scored the same on the rest of the test. */
  | 'rest-scores-identical'
  /** Every attempt has the same total: the test's variance is zero. */
  | 'totals-identical'
  | 'fewer-than-two-items'
  /** Some attempts lack a response to an item others answered: Cronbach's alpha needs a full table. */
  | 'incomplete-responses'
  /** A given total differs from the sum of the item marks, so item variances do not add up to it. */
  | 'total-is-not-sum-of-items'
  /** Moodle shows "Negative covariance" instead of an effective weight for such an item. */
  | 'negative-covariance-with-total'
  | 'no-covariance-with-total';

export type Measure = { value: number; reason?: undefined } | { value: null; reason: UndefinedReason };

export const measured = (value: number): Measure => ({ value });

export const undefinedBecause = (reason: UndefinedReason): Measure => ({ value: null, reason });

/** Applies `f` to a defined value; an undefined measure keeps its reason. */
export function mapMeasure(measure: Measure, f: (value: number) => number): Measure {
  return measure.value === null ? measure : measured(f(measure.value));
}
