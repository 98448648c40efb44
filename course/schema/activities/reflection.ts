/** Reflection prompts; the answers go to the mentor's portfolio of evidence. */
import { z } from 'zod';
import { IdSchema, TextSchema } from '../ids.ts';
import { activityBase, MaxLengthSchema } from './common.ts';

export const ReflectionPromptSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  /** A hint shown under the prompt (what a good answer touches on). */
  hint: TextSchema.optional(),
  maxLength: MaxLengthSchema.default(500),
});
export type ReflectionPrompt = z.infer<typeof ReflectionPromptSchema>;

export const ReflectionSchema = z.strictObject({
  ...activityBase,
  type: z.literal('reflection'),
  intro: TextSchema.optional(),
  prompts: z.array(ReflectionPromptSchema).min(1).max(6),
});
export type Reflection = z.infer<typeof ReflectionSchema>;
