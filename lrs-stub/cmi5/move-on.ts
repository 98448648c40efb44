/**
 * The cmi5 moveOn judgement: from the statements an AU sent for a registration, is the AU
 * satisfied? Passed needs a "passed", Completed a "completed", CompletedAndPassed both,
 * CompletedOrPassed either, NotApplicable nothing; a "waived" satisfies any rule.
 */
import type { MoveOn } from './launch-data.ts';

export const CMI5_VERBS = {
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
} as const;

export interface AuProgress {
  completed: boolean;
  passed: boolean;
  failed: boolean;
  waived: boolean;
}

export function progressOf(verbIds: Iterable<string>): AuProgress {
  const seen = new Set(verbIds);
  return {
    completed: seen.has(CMI5_VERBS.completed),
    passed: seen.has(CMI5_VERBS.passed),
    failed: seen.has(CMI5_VERBS.failed),
    waived: seen.has(CMI5_VERBS.waived),
  };
}

export function isSatisfied(moveOn: MoveOn, progress: AuProgress): boolean {
  if (progress.waived) return true;
  switch (moveOn) {
    case 'Passed':
      return progress.passed;
    case 'Completed':
      return progress.completed;
    case 'CompletedAndPassed':
      return progress.completed && progress.passed;
    case 'CompletedOrPassed':
      return progress.completed || progress.passed;
    case 'NotApplicable':
      return true;
  }
}
