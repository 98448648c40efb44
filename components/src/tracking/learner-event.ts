/**
 * What a learner did, in the one vocabulary every tracker understands. The shell turns element
 * events into these; each adapter maps them to its protocol (SCORM CMI writes, xAPI/cmi5
 * statements, an offline log) in a pure mapping function. So every event carries what those
 * mappings need: module and activity ids (interaction ids and activity IRIs are built from
 * them, with the course data the adapter is given), responses, results, and `at`, the moment it
 * happened as an ISO 8601 timestamp (xAPI `timestamp`, SCORM interaction `time`).
 *
 * `zod/mini`, because the schema ships to the browser; it validates events read back from
 * untrusted storage (the offline log) and lets tests check what the shell sends.
 */
import * as z from 'zod/mini';
import type { ActivityType } from '../../../course/schema/activities/index.ts';
import type { ChoiceQuality, EndingOutcome } from '../../../course/schema/activities/dialogue.ts';
import type { QuizItemKind } from '../../../course/schema/activities/quiz.ts';
import { LmsStatusSchema } from '../runtime/lms-status.ts';
import { QuizResponseSchema } from '../runtime/progress.ts';

// Mirrors of content-model enums (course/schema uses full zod, too big for the browser); the
// type checks at the end of this file fail the build when they drift apart.
export const ActivityTypeSchema = z.enum(['page', 'dialogue', 'feedback-exercise', 'quiz', 'reflection', 'certificate']);
export const ChoiceQualitySchema = z.enum(['good', 'acceptable', 'poor']);
export const EndingOutcomeSchema = z.enum(['positive', 'mixed', 'negative']);
export const QuizItemKindSchema = z.enum(['single-choice', 'multiple-response', 'true-false', 'matching', 'ordering', 'fill-in']);

/** A percentage, 0-100. */
const Percent = z.number().check(z.minimum(0), z.maximum(100));
/** 1 for the first attempt. */
const Attempt = z.int().check(z.minimum(1));

const base = {
  /** When it happened: ISO 8601 with time zone, e.g. `new Date().toISOString()`. */
  at: z.iso.datetime({ offset: true }),
};
const inModule = { ...base, moduleId: z.string() };
const inActivity = { ...inModule, activityId: z.string() };

export const LearnerEventSchema = z.discriminatedUnion('type', [
  /** The course was opened (every session). */
  z.object({ type: z.literal('launched'), ...base, language: z.optional(z.string()) }),
  /** An activity was shown. */
  z.object({ type: z.literal('activity-experienced'), ...inActivity, activityType: ActivityTypeSchema }),
  /** A dialogue choice; `score` is the choice's points (0-10) as authored. */
  z.object({
    type: z.literal('choice-made'),
    ...inActivity,
    nodeId: z.string(),
    choiceId: z.string(),
    quality: ChoiceQualitySchema,
    score: z.number().check(z.minimum(0), z.maximum(10)),
  }),
  /** A dialogue run reached an ending; `score` is the run's percentage of the best path. */
  z.object({ type: z.literal('dialogue-ended'), ...inActivity, endingId: z.string(), outcome: EndingOutcomeSchema, score: Percent }),
  z.object({ type: z.literal('quiz-started'), ...inActivity, attempt: Attempt }),
  /** One quiz item answered (and judged) within an attempt. */
  z.object({
    type: z.literal('quiz-item-answered'),
    ...inActivity,
    itemId: z.string(),
    kind: QuizItemKindSchema,
    response: QuizResponseSchema,
    correct: z.boolean(),
    attempt: Attempt,
  }),
  z.object({ type: z.literal('quiz-submitted'), ...inActivity, score: Percent, passed: z.boolean(), attempt: Attempt }),
  /** The sorting of a feedback exercise was checked; `sorted` is statement id -> category id. */
  z.object({ type: z.literal('exercise-checked'), ...inActivity, score: Percent, sorted: z.optional(z.record(z.string(), z.string())) }),
  /** The learner reached the model answer; written feedback and self-ratings go to the portfolio. */
  z.object({
    type: z.literal('exercise-completed'),
    ...inActivity,
    written: z.optional(z.string()),
    ratings: z.optional(z.record(z.string(), z.string())),
  }),
  /** Reflection answers saved to the portfolio, prompt id -> text. */
  z.object({ type: z.literal('reflection-saved'), ...inActivity, answers: z.record(z.string(), z.string()) }),
  z.object({ type: z.literal('activity-completed'), ...inActivity, score: z.optional(Percent) }),
  z.object({ type: z.literal('module-completed'), ...inModule }),
  /** The course status changed (see runtime/course-status.ts); trackers report the latest. */
  z.object({
    type: z.literal('course-status'),
    ...base,
    complete: z.boolean(),
    passed: z.boolean(),
    score: z.optional(Percent),
    progressMeasure: z.number().check(z.minimum(0), z.maximum(1)),
    lmsStatus: LmsStatusSchema,
  }),
  z.object({ type: z.literal('certificate-issued'), ...base, code: z.string(), issuedOn: z.iso.date() }),
  /** The learner left for now (page hidden or closed); the state was saved just before. */
  z.object({ type: z.literal('suspended'), ...base }),
  /** The learner ended the course session on purpose. */
  z.object({ type: z.literal('terminated'), ...base }),
]);
export type LearnerEvent = z.infer<typeof LearnerEventSchema>;
export type LearnerEventType = LearnerEvent['type'];

export { LEARNER_EVENT_TYPES } from './learner-event-types.ts';
import { LEARNER_EVENT_TYPES } from './learner-event-types.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ContentEnumsMatch = [
  Assert<Same<(typeof LEARNER_EVENT_TYPES)[number], LearnerEventType>>,
  Assert<Same<z.infer<typeof ActivityTypeSchema>, ActivityType>>,
  Assert<Same<z.infer<typeof ChoiceQualitySchema>, ChoiceQuality>>,
  Assert<Same<z.infer<typeof EndingOutcomeSchema>, EndingOutcome>>,
  Assert<Same<z.infer<typeof QuizItemKindSchema>, QuizItemKind>>,
];
