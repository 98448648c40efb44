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

/** Notes for a facilitator who runs the module live with a group (train-the-trainer). */
export const FacilitatorNotesSchema = z.strictObject({
  minutes: z.number().int().min(5).max(480),
  questions: z.array(TextSchema).min(1),
  watchFor: z.array(TextSchema).min(1),
});
export type FacilitatorNotes = z.infer<typeof FacilitatorNotesSchema>;

export const ModuleSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  /** One or two sentences shown in the table of contents. */
  summary: TextSchema,
  objectives: z.array(ObjectiveSchema).min(1),
  activities: z.array(ActivitySchema).min(1),
  facilitator: FacilitatorNotesSchema.optional(),
});
export type Module = z.infer<typeof ModuleSchema>;
