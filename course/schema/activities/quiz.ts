/**
 * A quiz: items of six kinds, each with feedback, drawn from a pool and shuffled if asked.
 * Every item scores 1 point, all or nothing, so results are easy to explain to a learner.
 * A final assessment draws evenly from every module (`stratify: module`) and shows no right
 * answers while it runs, only a per-competence summary after it (`feedback: summary`).
 */
import { z } from 'zod';
import { IdSchema, TextSchema } from '../ids.ts';
import { activityBase } from './common.ts';

const OptionSchema = z.strictObject({ id: IdSchema, text: TextSchema });

/** Shown after answering; both explain why, not only whether. */
const ItemFeedbackSchema = z.strictObject({ correct: TextSchema, incorrect: TextSchema });

const itemBase = {
  id: IdSchema,
  prompt: TextSchema,
  feedback: ItemFeedbackSchema,
  /** The course module this item tests; required on every item of a quiz with `stratify: module`. */
  module: IdSchema.optional(),
  /**
   * The competence (id from `course.yaml`) this item counts towards in a per-competence summary.
   * Default: the first competence of the first objective of the item's `module` (or of the
   * quiz's own module); the loader fills it in for `feedback: summary` quizzes.
   */
  competence: IdSchema.optional(),
};

export const SingleChoiceItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('single-choice'),
  options: z.array(OptionSchema).min(2).max(8),
  /** Id of the one correct option. */
  correct: IdSchema,
});

export const MultipleResponseItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('multiple-response'),
  options: z.array(OptionSchema).min(2).max(8),
  /** Ids of every correct option (at least one). */
  correct: z.array(IdSchema).min(1),
});

export const TrueFalseItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('true-false'),
  correct: z.boolean(),
});

export const MatchingItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('matching'),
  /** Each prompt is matched to its `match`; the matches are offered shuffled. */
  pairs: z.array(z.strictObject({ id: IdSchema, prompt: TextSchema, match: TextSchema })).min(2).max(8),
});

export const OrderingItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('ordering'),
  /** Authored in the correct order; offered shuffled. */
  steps: z.array(OptionSchema).min(2).max(8),
});

export const FillInItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('fill-in'),
  /** Accepted answers (translated per locale); compared trimmed, with collapsed spaces. */
  accept: z.array(TextSchema).min(1),
  caseSensitive: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(250).default(60),
});

export const QuizItemSchema = z.discriminatedUnion('kind', [
  SingleChoiceItemSchema,
  MultipleResponseItemSchema,
  TrueFalseItemSchema,
  MatchingItemSchema,
  OrderingItemSchema,
  FillInItemSchema,
]);
export type QuizItem = z.infer<typeof QuizItemSchema>;
export type QuizItemKind = QuizItem['kind'];

export const QuizSchema = z.strictObject({
  ...activityBase,
  type: z.literal('quiz'),
  intro: TextSchema.optional(),
  /** Percentage (0-100) of items to get right to pass. */
  passMark: z.number().int().min(0).max(100),
  /** How many attempts a learner has; 0 means unlimited. */
  attempts: z.number().int().min(0).max(10).default(0),
  /** Draw this many items from the pool for each attempt (default: all). */
  draw: z.number().int().min(1).optional(),
  /** Shuffle item order and options for each attempt. */
  shuffle: z.boolean().default(true),
  /** `module`: the draw takes items evenly from each `module` group, so every module is represented. */
  stratify: z.literal('module').optional(),
  /**
   * `item`: the right answer and its explanation after each item; `summary`: no right answers
   * during the attempt, and after it the score, pass or fail, and per competence how many items
   * were right (never which options were right).
   */
  feedback: z.enum(['item', 'summary']).default('item'),
  items: z.array(QuizItemSchema).min(1).max(60),
});
export type Quiz = z.infer<typeof QuizSchema>;
