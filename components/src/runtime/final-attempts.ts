/**
 * The attempts policy of the final assessment (`finalAssessment` in course.yaml), as pure rules
 * with the clock passed in: attempts come in rounds of `attempts`; once a round is used up, the
 * next one opens `retryAfterHours` after its last attempt (`reset: wait`) or when a trainer's
 * reopen code is typed in (`reset: facilitator`, reopen-code.ts). Times come from the learner's
 * clock and live in the resume state (`lastAttemptAt`, whole minutes), so a learner who closes
 * the course and comes back the next day finds the round open; like every check in the
 * learner's browser it deters rather than secures (a learner may change their clock).
 * Module quizzes keep their own simpler rule (`attempts` in the quiz, quiz-scoring.ts).
 */
import type { FinalAssessment } from '../../../course/schema/final-assessment.ts';
import type { QuizProgress } from './progress.ts';

export type AttemptsPolicy = Pick<FinalAssessment, 'attempts' | 'retryAfterHours' | 'reset'>;

export type FinalRound =
  /** The learner may start an attempt; `left` counts the one they would start. */
  | { state: 'open'; left: number | 'unlimited' }
  /** The round is used up; the next opens at `opensAt` (milliseconds since 1970). */
  | { state: 'waiting'; opensAt: number }
  /** The round is used up, and only a trainer's reopen code opens the next. */
  | { state: 'closed' };

const MINUTE = 60_000;

/** Whole minutes since 1970 of a clock reading in milliseconds, as the resume state keeps it. */
export const minuteOf = (ms: number): number => Math.floor(ms / MINUTE);

/** Attempts submitted in the current round. */
export const usedInRound = (progress: QuizProgress | undefined): number => Math.max(0, (progress?.attemptsUsed ?? 0) - (progress?.roundStart ?? 0));

/** Where the learner stands at time `now` (milliseconds since 1970). */
export function finalRound(policy: AttemptsPolicy, progress: QuizProgress | undefined, now: number): FinalRound {
  if (policy.attempts === 0) return { state: 'open', left: 'unlimited' };
  const used = usedInRound(progress);
  if (used < policy.attempts) return { state: 'open', left: policy.attempts - used };
  if (policy.reset === 'facilitator') return { state: 'closed' };
  const opensAt = ((progress?.lastAttemptAt ?? 0) + policy.retryAfterHours * 60) * MINUTE;
  return now >= opensAt ? { state: 'open', left: policy.attempts } : { state: 'waiting', opensAt };
}

/** Opens a new round: the attempts used so far no longer count against it. */
export const openRound = (progress: QuizProgress): QuizProgress => ({ ...progress, roundStart: progress.attemptsUsed });

/**
 * The progress to start an attempt from at time `now`: a round whose wait is over opens first.
 * Throws when no attempt may start (the caller shows why instead).
 */
export function beforeAttempt(policy: AttemptsPolicy, progress: QuizProgress, now: number): QuizProgress {
  const round = finalRound(policy, progress, now);
  if (round.state !== 'open') throw new Error('The final assessment has no attempts left in this round.');
  return policy.attempts > 0 && usedInRound(progress) >= policy.attempts ? openRound(progress) : progress;
}

/** Stamps the submitted attempt's time (`now` in milliseconds) for the wait. */
export const stampAttempt = (progress: QuizProgress, now: number): QuizProgress => ({ ...progress, lastAttemptAt: minuteOf(now) });
