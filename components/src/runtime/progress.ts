/**
 * What a learner has done, in memory: the single state the shell keeps, the elements render from,
 * the rules judge and the resume codec stores. Schemas use `zod/mini` so the browser bundle stays
 * small; the resume decoder validates untrusted LMS data against them.
 * Keys of `activities` are `<module-id>/<activity-id>`.
 */
import * as z from 'zod/mini';
import { ACTIVITY_STATUSES, FEEDBACK_STAGES } from './progress-values.ts';

export { activityKey } from './progress-values.ts';

export const ActivityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

/** A learner's answer to one quiz item, by item kind. Ids are content ids. */
export const QuizResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single-choice'), option: z.string() }),
  z.object({ kind: z.literal('multiple-response'), options: z.array(z.string()) }),
  z.object({ kind: z.literal('true-false'), value: z.boolean() }),
  /** Prompt pair id -> the pair id whose `match` text the learner picked. */
  z.object({ kind: z.literal('matching'), matches: z.record(z.string(), z.string()) }),
  /** Step ids in the order the learner put them. */
  z.object({ kind: z.literal('ordering'), order: z.array(z.string()) }),
  z.object({ kind: z.literal('fill-in'), text: z.string() }),
]);
export type QuizResponse = z.infer<typeof QuizResponseSchema>;

export const QuizAttemptSchema = z.object({
  /** Item ids drawn for this attempt, in the order presented. */
  items: z.array(z.string()),
  /** Answers given so far, by item id. */
  answers: z.record(z.string(), QuizResponseSchema),
  /** True once the attempt was submitted and scored. */
  submitted: z.boolean(),
  /** Percentage 0-100, set when submitted. */
  score: z.optional(z.number()),
});
export type QuizAttempt = z.infer<typeof QuizAttemptSchema>;

export const QuizProgressSchema = z.object({
  type: z.literal('quiz'),
  attemptsUsed: z.number(),
  /** Best submitted score, percentage 0-100. */
  best: z.optional(z.number()),
  passed: z.boolean(),
  current: z.optional(QuizAttemptSchema),
  /**
   * Final assessment only (final-attempts.ts): `attemptsUsed` when the current round of
   * attempts opened (absent: 0, the first round).
   */
  roundStart: z.optional(z.number()),
  /** Final assessment only: when the last attempt was submitted, in whole minutes since 1970 (the learner's clock). */
  lastAttemptAt: z.optional(z.number()),
});
export type QuizProgress = z.infer<typeof QuizProgressSchema>;

export const DialogueProgressSchema = z.object({
  type: z.literal('dialogue'),
  /** Choice ids taken in the current run, in order. */
  path: z.array(z.string()),
  /** Score of the best finished run, percentage 0-100 of the best possible path. */
  best: z.optional(z.number()),
  /** Outcome of the last finished run's ending node id. */
  ending: z.optional(z.string()),
});
export type DialogueProgress = z.infer<typeof DialogueProgressSchema>;

export const FeedbackStageSchema = z.enum(FEEDBACK_STAGES);
export type FeedbackStage = z.infer<typeof FeedbackStageSchema>;

export const FeedbackExerciseProgressSchema = z.object({
  type: z.literal('feedback-exercise'),
  stage: FeedbackStageSchema,
  written: z.optional(z.string()),
  /** Statement id -> category id the learner sorted it into. */
  sorted: z.record(z.string(), z.string()),
  /** True once the sorting was checked (then `sorted` is final and scored). */
  checked: z.boolean(),
  /** Criterion id -> level id. */
  ratings: z.record(z.string(), z.string()),
  /** Sorting score, percentage 0-100, set when checked. */
  score: z.optional(z.number()),
});
export type FeedbackExerciseProgress = z.infer<typeof FeedbackExerciseProgressSchema>;

export const ReflectionProgressSchema = z.object({
  type: z.literal('reflection'),
  /** Prompt id -> answer. */
  answers: z.record(z.string(), z.string()),
  /** True once the learner saved the answers to their portfolio. */
  submitted: z.boolean(),
});
export type ReflectionProgress = z.infer<typeof ReflectionProgressSchema>;

export const SimpleProgressSchema = z.object({ type: z.enum(['page', 'certificate']) });

export const ActivityDetailSchema = z.discriminatedUnion('type', [
  QuizProgressSchema,
  DialogueProgressSchema,
  FeedbackExerciseProgressSchema,
  ReflectionProgressSchema,
  SimpleProgressSchema,
]);
export type ActivityDetail = z.infer<typeof ActivityDetailSchema>;

export const ActivityProgressSchema = z.object({
  status: ActivityStatusSchema,
  detail: ActivityDetailSchema,
});
export type ActivityProgress = z.infer<typeof ActivityProgressSchema>;

export const CertificateIssueSchema = z.object({
  /** ISO date (YYYY-MM-DD) the certificate was first issued. */
  issuedOn: z.string(),
  /** Verification code a school can register (see runtime/verification-code). */
  code: z.string(),
  /** The name to print when the LMS gave none (the learner typed it; free text, max 80 characters). */
  name: z.optional(z.string()),
});

export const LearnerProgressSchema = z.object({
  /** Where the learner was: `<module-id>/<activity-id>`. */
  location: z.optional(z.string()),
  activities: z.record(z.string(), ActivityProgressSchema),
  certificate: z.optional(CertificateIssueSchema),
});
export type LearnerProgress = z.infer<typeof LearnerProgressSchema>;
