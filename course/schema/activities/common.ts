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

/** Free-text limits: the resume state must hold every answer at its maximum (see runtime/resume). */
export const MaxLengthSchema = z.number().int().min(20).max(4000);
