import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY } from './backoff.ts';

describe('backoffDelay', () => {
  const policy = { baseMs: 1_000, maxMs: 10_000, factor: 2, jitter: 0 };

  it('doubles the wait after each failure, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((n) => backoffDelay(n, policy))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000]);
  });

  it('takes a random share off the wait, never more than the jitter', () => {
    const jittery = { ...policy, jitter: 0.5 };
    expect(backoffDelay(3, jittery, () => 0)).toBe(4_000);
    expect(backoffDelay(3, jittery, () => 0.5)).toBe(3_000);
    expect(backoffDelay(3, jittery, () => 0.999_999)).toBe(2_000);
  });

  it('retries within a second by default and waits at most a minute', () => {
    expect(backoffDelay(1, DEFAULT_RETRY, () => 0)).toBe(1_000);
    expect(backoffDelay(50, DEFAULT_RETRY, () => 0)).toBe(60_000);
  });
});
