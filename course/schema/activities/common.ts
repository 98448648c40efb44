/** Fields every activity shares. */
import { z } from 'zod';
import { IdSchema, TextSchema } from '../ids.ts';

export const activityBase = {
  id: IdSchema,
  title: TextSchema,
  /** An optional activity does not count towards completion. */
  optional: z.boolean().default(false),
  /**
   * Weight of this activity's score in the course score (0 = not counted). Quizzes default to 1,
   * everything else to 0; the loader fills the default per type.
   */
  weight: z.number().int().min(0).max(100).optional(),
};

/**
 * Free-text limits. Where the LMS keeps little (SCORM 1.2: 4096 characters in all), the fields
 * share what the state structure leaves, each with a guaranteed reserve, and the element shows
 * the real limit (runtime/resume/free-text-budget.ts); elsewhere a field holds its maximum.
 */
export const MaxLengthSchema = z.number().int().min(20).max(4000);
