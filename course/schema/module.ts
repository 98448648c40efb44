/** `modules/<id>/module.yaml`: one module, its objectives and its ordered activities. */
import { z } from 'zod';
import { ActivitySchema } from './activities/index.ts';
import { IdSchema, TextSchema } from './ids.ts';

export const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  /** Competence ids from `course.yaml` this objective develops. */
  competences: z.array(IdSchema).min(1),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

/** One timed step of a live session: what the group does, and for how long. */
export const SessionStepSchema = z.strictObject({
  minutes: z.number().int().min(1).max(480),
  /** Translated (`facilitator.sessionPlan.<n>.step`). */
  step: TextSchema,
});
export type SessionStep = z.infer<typeof SessionStepSchema>;

/**
 * A public source behind the facts a module teaches, named in the facilitator guide so a trainer
 * can check them and answer "says who?". Not translated: the title and address as published.
 * The loader accepts only `http` and `https` addresses (build/load/check-facilitator.ts).
 */
export const SourceSchema = z.strictObject({
  title: TextSchema,
  url: z.string().trim().min(1, { message: 'is empty' }),
});
export type Source = z.infer<typeof SourceSchema>;

/** Notes for a facilitator who runs the module live with a group (train-the-trainer). */
export const FacilitatorNotesSchema = z.strictObject({
  minutes: z.number().int().min(5).max(480),
  questions: z.array(TextSchema).min(1),
  watchFor: z.array(TextSchema).min(1),
  /** The live session step by step; the loader checks that the steps' minutes add up to `minutes`. */
  sessionPlan: z.array(SessionStepSchema).min(1).optional(),
  sources: z.array(SourceSchema).min(1).optional(),
});
export type FacilitatorNotes = z.infer<typeof FacilitatorNotesSchema>;

export const ModuleSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  /** One or two sentences shown in the table of contents. */
  summary: TextSchema,
  objectives: z.array(ObjectiveSchema).min(1),
  /**
   * Minutes a learner needs for the module on their own, shown on the module's card and start
   * screen and summed into the course's time on the welcome screen. Optional: without it the
   * build works it out from the module's words and activities (build/load/module-estimate.ts).
   * Not the facilitator's `minutes`, which time a live group session.
   */
  estimate: z.number().int().min(1).max(240).optional(),
  /**
   * The module's card art at the top of its card (welcome screen, module start): a picture
   * directly inside the course's `media/` folder, written as a path from the course folder like
   * the cover in course.yaml (`media/card-feedback.svg`), checked and shipped once at that path
   * (build/load/check-cover.ts). Decorative: the card's title says what the module is.
   */
  card: z.string().trim().min(1).optional(),
  activities: z.array(ActivitySchema).min(1),
  facilitator: FacilitatorNotesSchema.optional(),
});
export type Module = z.infer<typeof ModuleSchema>;
