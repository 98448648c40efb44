import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge-progress.ts';
import type { LearnerProgress } from './progress.ts';

const quiz = (best: number | undefined, passed: boolean, attemptsUsed = 1) =>
  ({ status: passed ? 'completed' : 'in-progress', detail: { type: 'quiz', attemptsUsed, passed, ...(best === undefined ? {} : { best }) } }) as const;

describe('mergeProgress', () => {
  it('keeps every activity of both sides', () => {
    const mine: LearnerProgress = { activities: { 'm/a': { status: 'completed', detail: { type: 'page' } } } };
    const theirs: LearnerProgress = { activities: { 'm/b': { status: 'completed', detail: { type: 'page' } } } };
    expect(Object.keys(mergeProgress(mine, theirs).activities).sort()).toEqual(['m/a', 'm/b']);
  });

  it('takes the further of two records of one activity: completed over in progress, then the better result', () => {
    const merged = mergeProgress(
      { activities: { 'm/q': quiz(60, false, 2), 'm/r': quiz(90, true) } },
      { activities: { 'm/q': quiz(85, true), 'm/r': quiz(80, true, 3) } },
    );
    expect(merged.activities['m/q']).toEqual(quiz(85, true));
    expect(merged.activities['m/r']).toEqual(quiz(90, true));
  });

  it('keeps what is on screen when both are equal, with its location', () => {
    const text = (answer: string) => ({ status: 'in-progress', detail: { type: 'reflection', answers: { p: answer }, submitted: false } }) as const;
    const merged = mergeProgress({ location: 'm/b', activities: { 'm/r': text('abc') } }, { location: 'm/a', activities: { 'm/r': text('xyz') } });
    expect(merged.activities['m/r']).toEqual(text('abc'));
    expect(merged.location).toBe('m/b');
    expect(mergeProgress({ activities: {} }, { location: 'm/a', activities: {} }).location).toBe('m/a');
  });

  it('keeps the first issue of a certificate, and a name typed on either side', () => {
    const merged = mergeProgress(
      { activities: {}, certificate: { issuedOn: '2026-05-02', code: 'B' } },
      { activities: {}, certificate: { issuedOn: '2026-05-01', code: 'A', name: 'Lotte' } },
    );
    expect(merged.certificate).toEqual({ issuedOn: '2026-05-01', code: 'A', name: 'Lotte' });
  });
});
