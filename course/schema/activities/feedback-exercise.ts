/**
 * Practising feedback on real work: the learner reads a work situation and a sample of the
 * apprentice's work, writes feedback and/or sorts given feedback statements into categories,
 * rates their own feedback against a rubric, then compares it with a model answer.
 * Only the sorting is scored; written feedback and rubric ratings go to the portfolio.
 */
import { z } from 'zod';
import { IdSchema, TextSchema } from '../ids.ts';
import { activityBase, MaxLengthSchema } from './common.ts';

export const WorkSampleSchema = z.strictObject({
  /** For example "Daily report by Emma, second week". */
  title: TextSchema,
  /** The work itself, as plain text (line breaks kept). */
  text: TextSchema,
});

export const WriteTaskSchema = z.strictObject({
  prompt: TextSchema,
  maxLength: MaxLengthSchema.default(600),
});

export const SortCategorySchema = z.strictObject({ id: IdSchema, label: TextSchema });
export const SortStatementSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  /** Id of the category it belongs in. */
  category: IdSchema,
  /** Why it belongs there; shown after checking. */
  explanation: TextSchema,
});

export const SortTaskSchema = z.strictObject({
  prompt: TextSchema,
  categories: z.array(SortCategorySchema).min(2).max(5),
  statements: z.array(SortStatementSchema).min(2).max(12),
});

export const RubricSchema = z.strictObject({
  prompt: TextSchema,
  /** Ordered from weakest to strongest. */
  levels: z.array(z.strictObject({ id: IdSchema, label: TextSchema })).min(2).max(5),
  criteria: z.array(z.strictObject({ id: IdSchema, text: TextSchema })).min(1).max(8),
});

export const FeedbackExerciseSchema = z.strictObject({
  ...activityBase,
  type: z.literal('feedback-exercise'),
  situation: TextSchema,
  sample: WorkSampleSchema,
  write: WriteTaskSchema.optional(),
  sort: SortTaskSchema.optional(),
  rubric: RubricSchema,
  /** The model answer shown for comparison at the end. */
  model: TextSchema,
});
export type FeedbackExercise = z.infer<typeof FeedbackExerciseSchema>;
