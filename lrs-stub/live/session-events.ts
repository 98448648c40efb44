/**
 * What happened in a live session, as zod schemas: the reducer returns these with each new
 * state, the fan-out sends them between server instances, and the xAPI step will turn them into
 * statements. They are facilitator-level (a join carries the name): a phone is sent its own
 * `participantView`, never the raw events. A vote's event does not say what was chosen, so even
 * a log of events shows nothing before the reveal; the choice is in the state's rounds.
 */
import { z } from 'zod';
import { EndingOutcomeSchema } from '../../course/schema/activities/dialogue.ts';
import { IdSchema } from '../../course/schema/ids.ts';
import { DisplayNameSchema, LiveIdSchema, PhaseSchema, PlanStepSchema, WallEntryStateSchema } from './session-schema.ts';
import { ResultsSchema } from './tally.ts';

const at = { step: z.number().int().min(0), nodeId: IdSchema.optional() };

export const LiveEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('participant-joined'), participantId: LiveIdSchema, displayName: DisplayNameSchema }),
  z.strictObject({ type: z.literal('participant-rejoined'), participantId: LiveIdSchema }),
  /** A plan step began (`start`, `next`); `phase` says whether it opened voting, an ending or a wall. */
  z.strictObject({ type: z.literal('step-entered'), ...at, planStep: PlanStepSchema, phase: PhaseSchema }),
  z.strictObject({ type: z.literal('vote-recorded'), ...at, participantId: LiveIdSchema, round: z.number().int(), replaced: z.boolean() }),
  z.strictObject({ type: z.literal('revealed'), ...at, results: ResultsSchema }),
  z.strictObject({ type: z.literal('revote-opened'), ...at, round: z.literal(2) }),
  /** A dialogue followed a choice to its next node; `ending` when that node ends the dialogue. */
  z.strictObject({
    type: z.literal('moved'),
    step: z.number().int().min(0),
    from: IdSchema,
    to: IdSchema,
    choiceId: IdSchema,
    chosenBy: z.enum(['majority', 'facilitator']),
    ending: EndingOutcomeSchema.optional(),
  }),
  z.strictObject({ type: z.literal('went-back'), step: z.number().int().min(0), from: IdSchema, to: IdSchema }),
  /** No participant id: the wall is anonymous, in the log of events too. */
  z.strictObject({ type: z.literal('wall-entry-added'), entryId: LiveIdSchema, step: z.number().int().min(0), promptId: IdSchema, text: z.string() }),
  z.strictObject({ type: z.literal('wall-entry-moderated'), entryId: LiveIdSchema, state: WallEntryStateSchema }),
  z.strictObject({ type: z.literal('finished'), by: z.enum(['next', 'end']) }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;
