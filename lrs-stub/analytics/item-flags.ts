/**
 * Which items a coordinator should look at, by the thresholds Moodle uses. Moodle has two
 * in code: the quiz statistics report marks a question "dubious" when its discriminative
 * efficiency is below 15% (mod/quiz/report/statistics/statistics_table.php,
 * is_dubious_question()), and the question bank's "Needs checking?" column says "very likely"
 * below a discrimination index of 30% and "likely" below 50% (question/bank/statistics/
 * classes/helper.php, format_discrimination_index()). Moodle shows "Negative covariance"
 * instead of an effective weight when an item's marks go against the totals (calculator.php
 * negcovar). Moodle does not flag facility in code; its documentation of the report reads a
 * facility of 5% or less as "extremely difficult or something wrong with the question" and
 * 95% or more as "extremely easy", so those two bands are flagged: an item everybody gets
 * right (or wrong) tells the coordinator nothing about who has learned.
 * A statistic that is undefined raises no flag (as in Moodle).
 */
import type { Measure } from './measure.ts';

export interface FlagThresholds {
  /** Moodle's "dubious" question: discriminative efficiency below this (%). */
  discriminativeEfficiencyBelow: number;
  /** "Needs checking? Very likely": discrimination index below this (%). */
  discriminationVeryLikelyBelow: number;
  /** "Needs checking? Likely": discrimination index below this (%), and not below the first. */
  discriminationLikelyBelow: number;
  /** Facility at or below this (%). */
  facilityAtMost: number;
  /** Facility at or above this (%). */
  facilityAtLeast: number;
}

export const MOODLE_FLAG_THRESHOLDS: Readonly<FlagThresholds> = Object.freeze({
  discriminativeEfficiencyBelow: 15,
  discriminationVeryLikelyBelow: 30,
  discriminationLikelyBelow: 50,
  facilityAtMost: 5,
  facilityAtLeast: 95,
});

export type FlagReason =
  | 'low-discriminative-efficiency'
  | 'discrimination-very-likely-needs-checking'
  | 'discrimination-likely-needs-checking'
  | 'negative-covariance-with-total'
  | 'facility-extremely-low'
  | 'facility-extremely-high';

export interface ItemFlag {
  reason: FlagReason;
  statistic: 'discriminativeEfficiency' | 'discriminationIndex' | 'covarianceWithTotal' | 'facility';
  value: number;
  threshold: number;
}

export interface FlaggableItem {
  facility: Measure;
  discriminationIndex: Measure;
  discriminativeEfficiency: Measure;
  covarianceWithTotal: Measure;
}

export function flagItem(item: FlaggableItem, thresholds: FlagThresholds = MOODLE_FLAG_THRESHOLDS): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const de = item.discriminativeEfficiency.value;
  if (de !== null && de < thresholds.discriminativeEfficiencyBelow) {
    flags.push({ reason: 'low-discriminative-efficiency', statistic: 'discriminativeEfficiency', value: de, threshold: thresholds.discriminativeEfficiencyBelow });
  }
  const di = item.discriminationIndex.value;
  if (di !== null && di < thresholds.discriminationVeryLikelyBelow) {
    flags.push({ reason: 'discrimination-very-likely-needs-checking', statistic: 'discriminationIndex', value: di, threshold: thresholds.discriminationVeryLikelyBelow });
  } else if (di !== null && di < thresholds.discriminationLikelyBelow) {
    flags.push({ reason: 'discrimination-likely-needs-checking', statistic: 'discriminationIndex', value: di, threshold: thresholds.discriminationLikelyBelow });
  }
  const covariance = item.covarianceWithTotal.value;
  if (covariance !== null && covariance < 0) {
    flags.push({ reason: 'negative-covariance-with-total', statistic: 'covarianceWithTotal', value: covariance, threshold: 0 });
  }
  const facility = item.facility.value;
  if (facility !== null && facility <= thresholds.facilityAtMost) {
    flags.push({ reason: 'facility-extremely-low', statistic: 'facility', value: facility, threshold: thresholds.facilityAtMost });
  } else if (facility !== null && facility >= thresholds.facilityAtLeast) {
    flags.push({ reason: 'facility-extremely-high', statistic: 'facility', value: facility, threshold: thresholds.facilityAtLeast });
  }
  return flags;
}
