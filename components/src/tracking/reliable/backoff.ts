/**
 * How long the reliable tracker waits before trying an unreachable LMS or LRS again: the wait
 * doubles (by default) after each failure up to a cap, so a short network hiccup is retried
 * within a second while an LMS that is down for maintenance is not hammered. Jitter spreads the
 * retries of a whole class whose connection came back at the same moment, instead of letting
 * every browser knock at once.
 */

export interface RetryPolicy {
  /** Wait after the first failure, in milliseconds. */
  baseMs: number;
  /** Longest wait, in milliseconds, however many failures came before. */
  maxMs: number;
  /** Growth of the wait per failure (2 doubles it). */
  factor: number;
  /** Share of the wait that is random, 0-1: 0.5 waits between half and all of it. */
  jitter: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1_000, maxMs: 60_000, factor: 2, jitter: 0.5 };

/** The wait before the next try after `failures` failures in a row (1 for the first). */
export function backoffDelay(failures: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, failures - 1));
  return Math.round(step * (1 - policy.jitter * random()));
}
