/**
 * The built course for one locale: what the loader emits as `content/<locale>.json` and what the
 * browser runtime and elements consume. Text is already translated, Markdown already compiled
 * to sanitized HTML, defaults filled in (`weight` is always set). Facilitator notes are not in
 * it: they are for trainers, not learners, and go to the facilitator guide (build/guide/).
 */
import { z } from 'zod';
import {
  CertificateSchema,
  DialogueSchema,
  FeedbackExerciseSchema,
  PageSchema,
  QuizSchema,
  ReflectionSchema,
} from './activities/index.ts';
import { CastMemberDataSchema } from './cast-registry.ts';
import { CourseSchema } from './course.ts';
import { LocaleSchema } from './ids.ts';
import { ModuleSchema } from './module.ts';

const resolved = { weight: z.number().int().min(0).max(100) };

export const PageDataSchema = PageSchema.extend({ ...resolved, html: z.string() });
export type PageData = z.infer<typeof PageDataSchema>;

export const ActivityDataSchema = z.discriminatedUnion('type', [
  PageDataSchema,
  // Each cast member with their look from the cast registry (build/load/cast-looks.ts).
  DialogueSchema.extend({ ...resolved, cast: z.array(CastMemberDataSchema).min(2) }),
  FeedbackExerciseSchema.extend(resolved),
  QuizSchema.extend(resolved),
  ReflectionSchema.extend(resolved),
  CertificateSchema.extend(resolved),
]);
export type ActivityData = z.infer<typeof ActivityDataSchema>;
export type DialogueData = Extract<ActivityData, { type: 'dialogue' }>;
export type FeedbackExerciseData = Extract<ActivityData, { type: 'feedback-exercise' }>;
export type QuizData = Extract<ActivityData, { type: 'quiz' }>;
export type ReflectionData = Extract<ActivityData, { type: 'reflection' }>;
export type CertificateData = Extract<ActivityData, { type: 'certificate' }>;

export const ModuleDataSchema = ModuleSchema.omit({ facilitator: true }).extend({ activities: z.array(ActivityDataSchema).min(1) });
export type ModuleData = z.infer<typeof ModuleDataSchema>;

// The standard is for authors and the build (build/steps/check-standard.ts): learners' packages do not carry it.
export const CourseDataSchema = CourseSchema.omit({ modules: true, standard: true }).extend({
  /** The locale of this data's text. */
  locale: LocaleSchema,
  modules: z.array(ModuleDataSchema).min(1),
});
export type CourseData = z.infer<typeof CourseDataSchema>;
