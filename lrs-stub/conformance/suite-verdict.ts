/**
 * The verdict on one run of ADL's LRS conformance suite: it passes only when the run finished
 * with every planned test run, and every failure is one of the known contradictions between
 * the 1.0.3 and 2.0.0 suites. A cancelled or stalled run never passes, whatever it counted.
 */
import { knownContradiction, type KnownContradiction } from './known-contradictions.ts';
import type { FailedTest, SuiteResult } from './suite-log.ts';

export interface Verdict {
  ok: boolean;
  finished: boolean;
  accepted: Array<FailedTest & { contradiction: KnownContradiction }>;
  unexpected: FailedTest[];
}

export function judgeRun(version: string, result: SuiteResult, timedOut: boolean): Verdict {
  const accepted: Verdict['accepted'] = [];
  const unexpected: FailedTest[] = [];
  for (const failure of result.failed) {
    const contradiction = knownContradiction(version, failure.path);
    if (contradiction) accepted.push({ ...failure, contradiction });
    else unexpected.push(failure);
  }
  const finished = result.state === 'finished' && !timedOut && result.planned > 0 && result.notRun === 0;
  return { ok: finished && unexpected.length === 0, finished, accepted, unexpected };
}
