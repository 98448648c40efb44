/**
 * What can be asked of a live session, as zod schemas. Participant commands come from phones
 * and facilitator commands from the facilitator's screen; the routes parse a phone's body with
 * `ParticipantCommandSchema` only, so a phone cannot even say "reveal". The participant id
 * in a phone's command is the one its rejoin token proved, filled in by the routes, never taken
 * from the body. The reducer parses every command again (session-machine.ts): the rules about
 * names and text hold however the command was built.
 */
import { z } from 'zod';
import { IdSchema } from '../../course/schema/ids.ts';
import { TokenHashSchema } from './token-hash.ts';
import { AnswerSchema, DisplayNameSchema, LiveIdSchema, WallTextSchema } from './session-schema.ts';

/** A new participant; the routes made the token, hand it to the phone and pass only its hash. */
export const JoinCommandSchema = z.strictObject({ type: z.literal('join'), displayName: DisplayNameSchema, tokenHash: TokenHashSchema });
/** The same participant again after a reload or a lost connection; never a second one. */
export const RejoinCommandSchema = z.strictObject({ type: z.literal('rejoin'), participantId: LiveIdSchema, tokenHash: TokenHashSchema });
/** A vote in the current round; voting again in the same round replaces it. */
export const VoteCommandSchema = z.strictObject({ type: z.literal('vote'), participantId: LiveIdSchema, choice: AnswerSchema });
/** A reflection wall entry. The participant id proves a phone of this session sent it and is then dropped. */
export const SubmitCommandSchema = z.strictObject({ type: z.literal('submit'), participantId: LiveIdSchema, text: WallTextSchema });

export const ParticipantCommandSchema = z.discriminatedUnion('type', [JoinCommandSchema, RejoinCommandSchema, VoteCommandSchema, SubmitCommandSchema]);
export type ParticipantCommand = z.infer<typeof ParticipantCommandSchema>;

export const FacilitatorCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  /**
   * Count the votes and show them. `withholdAnswer` keeps a quiz item's right answer back, for
   * peer instruction: the room sees the spread, discusses and re-votes before learning the
   * answer. A later `reveal` in the `revealed` phase shows the answer held back.
   */
  z.strictObject({ type: z.literal('reveal'), withholdAnswer: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('revote') }),
  /** Leave a dialogue decision by a choice: the facilitator's, else the majority's. */
  z.strictObject({ type: z.literal('follow'), choiceId: IdSchema.optional() }),
  z.strictObject({ type: z.literal('back') }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('moderate'), entryId: LiveIdSchema, state: z.enum(['shown', 'hidden']) }),
  z.strictObject({ type: z.literal('end') }),
]);
export type FacilitatorCommand = z.infer<typeof FacilitatorCommandSchema>;

// One discriminated union, not a union of two, so a bad field is reported as itself.
export const CommandSchema = z.discriminatedUnion('type', [...ParticipantCommandSchema.options, ...FacilitatorCommandSchema.options]);
export type Command = z.infer<typeof CommandSchema>;
/** A command as sent, before defaults (`reveal` without `withholdAnswer`). */
export type CommandInput = z.input<typeof CommandSchema>;
