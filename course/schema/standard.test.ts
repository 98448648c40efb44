import { describe, expect, it } from 'vitest';
import { CourseDataSchema } from './course-data.ts';
import { CourseSchema } from './course.ts';
import { resolveStandard, StandardSchema } from './standard.ts';

describe('StandardSchema', () => {
  it('resolves a missing or partial standard to the WORKMENTOR defaults, rule by rule', () => {
    const standard = resolveStandard({ dialogues: { everyPath: 2 }, readingLevel: { level: 'warning' } });
    expect(standard.dialogues).toEqual({ level: 'error', longestPath: 4, everyPath: 2, endings: 3, outcomes: ['positive', 'mixed', 'negative'], debrief: 20 });
    expect(standard.readingLevel).toEqual({ level: 'warning', maxLix: 45 });
    expect(standard.activities.page).toEqual({ min: 3, max: 6 });
    expect(resolveStandard(undefined)).toEqual(resolveStandard({}));
  });

  it('takes a written range as it is: a `min` alone has no upper bound', () => {
    expect(resolveStandard({ activities: { page: { min: 1 } } }).activities.page).toEqual({ min: 1 });
  });

  it('rejects unknown rules and levels, so a typo does not silently switch a rule to its default', () => {
    expect(StandardSchema.safeParse({ readingLevl: {} }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['readingLevl'] });
    expect(StandardSchema.safeParse({ quizzes: { level: 'fatal' } }).success).toBe(false);
  });

  it('is part of course.yaml but not of what packages carry', () => {
    expect(CourseSchema.shape.standard).toBeDefined();
    expect('standard' in CourseDataSchema.shape).toBe(false);
  });
});
