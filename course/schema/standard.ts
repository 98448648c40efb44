/**
 * `standard` in `course.yaml`: the course's own bar, beyond what every course must meet to build
 * at all (how many pages and activities a module has, how deep its dialogues go, how big its quiz
 * is, how plain its prose reads, how varied its cast looks). A school that reuses the toolkit sets
 * its own numbers; each rule says how a miss is reported: `error` stops the build, `warning` is
 * printed and the build goes on, `off` skips the rule. Nothing here is text, so nothing here is
 * translated. Every field is optional: the defaults are the WORKMENTOR standard
 * (docs/content-guide.md, the checklist at the end).
 */
import { z } from 'zod';
import { EndingOutcomeSchema } from './activities/dialogue.ts';

export const StandardLevelSchema = z.enum(['error', 'warning', 'off']);
export type StandardLevel = z.infer<typeof StandardLevelSchema>;

const level = StandardLevelSchema.default('error');
const count = z.number().int().min(0);
/** A range of how many activities of one type a module has; `max` absent means no upper bound. */
const range = (min: number, max?: number) => z.strictObject({ min: count.default(min), max: count.optional() }).prefault(max === undefined ? {} : { max });

// `prefault` (not `default`) so an empty or partial rule still gets every default filled in.
export const StandardSchema = z.strictObject({
  /** Per module, except the final assessment's: how many activities of each type. */
  activities: z
    .strictObject({
      level,
      page: range(3, 6),
      dialogue: range(1),
      'feedback-exercise': range(1),
      quiz: range(1),
      reflection: range(1),
    })
    .prefault({}),
  /** Every dialogue of a module (except the final assessment's): depth, endings and debriefs. */
  dialogues: z
    .strictObject({
      level,
      /** Decision points on the longest path. */
      longestPath: count.default(4),
      /** Decision points on every path, the shortest included. */
      everyPath: count.default(3),
      endings: count.default(3),
      /** Outcomes the endings must include between them. */
      outcomes: z.array(EndingOutcomeSchema).default(['positive', 'mixed', 'negative']),
      /** Characters of every ending's debrief, in every language. */
      debrief: count.default(20),
    })
    .prefault({}),
  /** Every quiz of a module (except the final assessment's). */
  quizzes: z.strictObject({ level, items: count.default(8), kinds: count.default(3) }).prefault({}),
  /** LIX of each module's pages together, in every language (build/content/reading-level.ts). */
  readingLevel: z.strictObject({ level, maxLix: z.number().min(0).default(45) }).prefault({}),
  /** The cast registry's people who appear in dialogues: how many different looks among them. */
  cast: z.strictObject({ level, skinTones: count.default(6), ages: count.default(3), outfits: count.default(8) }).prefault({}),
});
export type Standard = z.infer<typeof StandardSchema>;

/** The standard a course is held to: its own `standard:` with every missing rule at its default. */
export const resolveStandard = (standard: z.input<typeof StandardSchema> | undefined): Standard => StandardSchema.parse(standard ?? {});
