/**
 * A simulated mentoring conversation. The learner speaks as `player` by picking choices; each
 * choice has a quality, a score, feedback that explains why, and the node it leads to. Nodes
 * without choices are endings, each with a debrief. The graph must be acyclic, every node
 * reachable from `start`, and every path must end in an ending (checked by the loader).
 */
import { z } from 'zod';
import { IdSchema, TextSchema } from '../ids.ts';
import { activityBase } from './common.ts';

export const CastRoleSchema = z.enum([
  'apprentice',
  'intern',
  'mentor',
  'school-supervisor',
  'trajectory-coach',
  'employer',
  'teacher',
  'job-coach',
  'colleague',
  'customer',
  'parent',
]);
export type CastRole = z.infer<typeof CastRoleSchema>;

export const CastMemberSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  role: CastRoleSchema,
  /** One line about the person (age, workplace, situation); shown in the cast list. */
  description: TextSchema.optional(),
});
export type CastMember = z.infer<typeof CastMemberSchema>;

export const LineSchema = z.strictObject({
  /** A cast member id. */
  speaker: IdSchema,
  text: TextSchema,
});
export type Line = z.infer<typeof LineSchema>;

export const ChoiceQualitySchema = z.enum(['good', 'acceptable', 'poor']);
export type ChoiceQuality = z.infer<typeof ChoiceQualitySchema>;

export const ChoiceSchema = z.strictObject({
  id: IdSchema,
  /** What the player says or does. */
  text: TextSchema,
  quality: ChoiceQualitySchema,
  /** Points for this choice (0-10); the dialogue's score is the path total over the best path. */
  score: z.number().int().min(0).max(10),
  /** Why this choice works or not; shown after choosing. */
  feedback: TextSchema,
  /** Id of the node this choice leads to. */
  next: IdSchema,
});
export type Choice = z.infer<typeof ChoiceSchema>;

export const EndingOutcomeSchema = z.enum(['positive', 'mixed', 'negative']);
export type EndingOutcome = z.infer<typeof EndingOutcomeSchema>;

export const EndingSchema = z.strictObject({
  outcome: EndingOutcomeSchema,
  title: TextSchema,
  /** What happened and what to take from it. */
  debrief: TextSchema,
});
export type Ending = z.infer<typeof EndingSchema>;

export const DialogueNodeSchema = z.strictObject({
  id: IdSchema,
  /** What the other characters say before the player answers (may be empty at an ending). */
  lines: z.array(LineSchema).default([]),
  /** Two or more choices, or none when the node is an ending. */
  choices: z.array(ChoiceSchema).optional(),
  ending: EndingSchema.optional(),
});
export type DialogueNode = z.infer<typeof DialogueNodeSchema>;

export const DialogueSchema = z.strictObject({
  ...activityBase,
  type: z.literal('dialogue'),
  /** The scene: where, when, what has happened so far. */
  scene: TextSchema,
  /** The sector the scene plays in (retail, care, construction, ...); shown as a tag. */
  sector: TextSchema.optional(),
  cast: z.array(CastMemberSchema).min(2),
  /** Cast id of the character the learner plays (usually the mentor). */
  player: IdSchema,
  start: IdSchema,
  nodes: z.array(DialogueNodeSchema).min(2),
});
export type Dialogue = z.infer<typeof DialogueSchema>;
