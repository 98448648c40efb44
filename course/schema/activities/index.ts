/** Every activity type, as one union discriminated by `type`. */
import { z } from 'zod';
import { CertificateSchema } from './certificate.ts';
import { DialogueSchema } from './dialogue.ts';
import { FeedbackExerciseSchema } from './feedback-exercise.ts';
import { PageSchema } from './page.ts';
import { QuizSchema } from './quiz.ts';
import { ReflectionSchema } from './reflection.ts';

export * from './certificate.ts';
export * from './dialogue.ts';
export * from './feedback-exercise.ts';
export * from './page.ts';
export * from './quiz.ts';
export * from './reflection.ts';

export const ActivitySchema = z.discriminatedUnion('type', [
  PageSchema,
  DialogueSchema,
  FeedbackExerciseSchema,
  QuizSchema,
  ReflectionSchema,
  CertificateSchema,
]);
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityType = Activity['type'];
