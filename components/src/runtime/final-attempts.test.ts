import { describe, expect, it } from 'vitest';
import { beforeAttempt, finalRound, minuteOf, openRound, stampAttempt, usedInRound, type AttemptsPolicy } from './final-attempts.ts';
import type { QuizProgress } from './progress.ts';

const HOUR = 3_600_000;
const t0 = Date.parse('2030-03-04T09:00:00Z');
const wait: AttemptsPolicy = { attempts: 3, retryAfterHours: 24, reset: 'wait' };
const trainer: AttemptsPolicy = { ...wait, reset: 'facilitator' };

/** Progress after `n` submitted attempts, the last at `at`. */
const after = (n: number, at: number, extra: Partial<QuizProgress> = {}): QuizProgress =>
  stampAttempt({ type: 'quiz', attemptsUsed: n, passed: false, best: 40, ...extra }, at);

describe('final assessment attempts', () => {
  it('counts down the attempts of a round', () => {
    expect(finalRound(wait, undefined, t0)).toEqual({ state: 'open', left: 3 });
    expect(finalRound(wait, after(2, t0), t0)).toEqual({ state: 'open', left: 1 });
  });

  it('is unlimited when attempts is 0, whatever was used', () => {
    expect(finalRound({ ...wait, attempts: 0 }, after(40, t0), t0)).toEqual({ state: 'open', left: 'unlimited' });
  });

  it('waits retryAfterHours after the last attempt of a round, then opens a full round', () => {
    const used = after(3, t0);
    const opensAt = t0 + 24 * HOUR;
    expect(finalRound(wait, used, t0 + 1000)).toEqual({ state: 'waiting', opensAt });
    expect(finalRound(wait, used, opensAt - 60_000)).toEqual({ state: 'waiting', opensAt });
    expect(finalRound(wait, used, opensAt)).toEqual({ state: 'open', left: 3 });
    const next = beforeAttempt(wait, used, opensAt);
    expect(next.roundStart).toBe(3);
    expect(usedInRound(next)).toBe(0);
    expect(finalRound(wait, { ...next, attemptsUsed: 5 }, opensAt)).toEqual({ state: 'open', left: 1 });
  });

  it('keeps waiting when the clock was set back before the last attempt', () => {
    expect(finalRound(wait, after(3, t0), t0 - 5 * HOUR).state).toBe('waiting');
  });

  it('stores the time in whole minutes, so the wait survives the resume state', () => {
    expect(after(1, t0 + 59_999).lastAttemptAt).toBe(minuteOf(t0));
  });

  it('with reset: facilitator stays closed however long the learner waits, until a reopen', () => {
    const used = after(3, t0);
    expect(finalRound(trainer, used, t0 + 1000 * HOUR)).toEqual({ state: 'closed' });
    expect(() => beforeAttempt(trainer, used, t0 + 1000 * HOUR)).toThrow(/no attempts left/);
    const reopened = openRound(used);
    expect(finalRound(trainer, reopened, t0)).toEqual({ state: 'open', left: 3 });
    expect(beforeAttempt(trainer, reopened, t0)).toBe(reopened);
  });

  it('refuses to start while waiting', () => {
    expect(() => beforeAttempt(wait, after(3, t0), t0)).toThrow(/no attempts left/);
  });
});
