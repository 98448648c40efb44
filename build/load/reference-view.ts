/**
 * What the cross-reference rules (check-dialogue.ts, check-activities.ts, check-quiz-modules.ts)
 * read of an activity, and nothing else: ids, the fields that name them (`correct`, `next`,
 * `start`, `speaker`, `category`, `module`) and the few numbers they compare. The build reports
 * every error at once, so these rules also run on an activity whose schema failed (a missing
 * prompt, a mistyped field name): only a part whose ids or references are themselves missing or
 * malformed is left out, since judging it would report what follows from the schema error.
 */
import { z } from 'zod';
import { IdSchema } from '../../course/schema/ids.ts';

const withId = z.looseObject({ id: IdSchema });

const DialogueRefsSchema = z.looseObject({
  type: z.literal('dialogue'),
  id: IdSchema,
  player: IdSchema,
  start: IdSchema,
  cast: z.array(withId),
  nodes: z.array(
    z.looseObject({
      id: IdSchema,
      lines: z.array(z.looseObject({ speaker: IdSchema })).default([]),
      choices: z.array(z.looseObject({ id: IdSchema, next: IdSchema })).optional(),
      ending: z.unknown().optional(),
    }),
  ),
});
export type DialogueRefs = z.infer<typeof DialogueRefsSchema>;

/** One quiz item; an item whose own references are malformed is judged once they are fixed. */
const ItemRefsSchema = z.looseObject({
  id: IdSchema,
  kind: z.string(),
  options: z.array(withId).optional(),
  correct: z.union([IdSchema, z.array(IdSchema), z.boolean()]).optional(),
  accept: z.array(z.string()).optional(),
  maxLength: z.number().int().min(1).max(250).default(60),
  module: IdSchema.optional(),
  competence: IdSchema.optional(),
});
export type ItemRefs = z.infer<typeof ItemRefsSchema>;

const QuizRefsSchema = z.looseObject({
  type: z.literal('quiz'),
  id: IdSchema,
  // A malformed setting is the schema's error; the rules about it wait until it is well-formed.
  draw: z.number().int().min(1).optional().catch(undefined),
  shuffle: z.boolean().default(true).catch(true),
  stratify: z.literal('module').optional().catch(undefined),
  items: z.array(z.unknown()).transform((items) => items.map((item) => ItemRefsSchema.safeParse(item).data)),
});
/** `items` keeps every item's position; an item left out is `undefined`. */
export type QuizRefs = z.infer<typeof QuizRefsSchema>;

const ExerciseRefsSchema = z.looseObject({
  type: z.literal('feedback-exercise'),
  id: IdSchema,
  write: z.unknown().optional(),
  sort: z.unknown().optional(),
});
const SortRefsSchema = z.looseObject({ categories: z.array(withId), statements: z.array(z.looseObject({ id: IdSchema, category: IdSchema })) });
export type ExerciseRefs = z.infer<typeof ExerciseRefsSchema> & { sortRefs?: z.infer<typeof SortRefsSchema> };

export type ActivityRefs = DialogueRefs | QuizRefs | ExerciseRefs;

/** The references of one authored activity, or undefined when its type or id is missing or malformed. */
export function referenceView(raw: unknown): ActivityRefs | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (type === 'dialogue') return DialogueRefsSchema.safeParse(raw).data;
  if (type === 'quiz') return QuizRefsSchema.safeParse(raw).data;
  if (type === 'feedback-exercise') {
    const exercise = ExerciseRefsSchema.safeParse(raw).data;
    const sort = exercise?.sort === undefined ? undefined : SortRefsSchema.safeParse(exercise.sort).data;
    return exercise && { ...exercise, ...(sort ? { sortRefs: sort } : {}) };
  }
  return undefined;
}
