/**
 * A live group session's state, as zod schemas: a facilitator runs a module's dialogues, quiz
 * items and reflection prompts with a room of phones. The state is what the store keeps as
 * JSON and what every server instance holds a copy of, so it is plain data (ISO instants, no
 * Maps) and parsed with these schemas whenever it is read back. It changes only through the
 * reducer (session-machine.ts), which bumps `revision` on every change: screens drop any update
 * whose revision is not newer than the one they show, since fan-out may deliver out of order.
 *
 * What it never holds: a participant's rejoin token (only its SHA-256, rejoin-token.ts), and
 * who wrote a reflection wall entry (the wall is anonymous, so nothing ties an entry to a phone).
 */
import { z } from 'zod';
import { UsernameSchema } from '../accounts/user-schema.ts';
import { IdSchema, LocaleSchema } from '../../course/schema/ids.ts';
import { JoinCodeSchema } from './join-code.ts';
import { TokenHashSchema } from './token-hash.ts';

/** A room, not a stadium: every change stores and sends the state whole, so it stays small. */
export const MAX_PARTICIPANTS = 250;
/** Across all of a session's prompts; the routes rate-limit each phone well below this. */
export const MAX_WALL_ENTRIES = 1000;
export const MAX_WALL_TEXT = 500;

/** An ISO 8601 instant in UTC, as the context clock gives it. */
export const InstantSchema = z.iso.datetime();

/** Session, participant and wall entry ids: opaque, random (the routes pass `randomUUID`). */
export const LiveIdSchema = z.string().min(1).max(64);

// Invisible characters that reorder or break text: a name like "\u202Eelgoog" would show
// reversed on the facilitator's screen, and a line break would forge a second line under it.
const BIDI_CONTROLS = '\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const NAME_FORBIDDEN = new RegExp(`[\\p{Cc}\\p{Zl}\\p{Zp}${BIDI_CONTROLS}]`, 'u');
// A reflection may run over several lines; every other control character is refused.
const TEXT_FORBIDDEN = new RegExp(`[\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\p{Zl}\\p{Zp}${BIDI_CONTROLS}]`, 'u');

/**
 * What a participant calls themselves, kept exactly as typed after trimming: `<b>Sam</b>` is a
 * name like any other and the UI renders it as text. Only characters that change how the text
 * around them looks are refused.
 */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'a display name cannot be empty' })
  .max(40, { error: 'a display name is at most 40 characters' })
  .refine((name) => !NAME_FORBIDDEN.test(name), { error: 'a display name cannot contain control characters' });

/** A reflection wall entry's text; line breaks from a form (CR LF) are kept as LF. */
export const WallTextSchema = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, '\n'))
  .pipe(
    z
      .string()
      .trim()
      .min(1, { error: 'an answer cannot be empty' })
      .max(MAX_WALL_TEXT, { error: `an answer is at most ${MAX_WALL_TEXT} characters` })
      .refine((text) => !TEXT_FORBIDDEN.test(text), { error: 'an answer cannot contain control characters' }),
  );

export const ParticipantSchema = z.strictObject({
  id: LiveIdSchema,
  displayName: DisplayNameSchema,
  joinedAt: InstantSchema,
  /** Last join, rejoin or vote; never a wall entry, which would tie the entry to the phone. */
  lastSeenAt: InstantSchema,
  tokenHash: TokenHashSchema,
});
export type Participant = z.infer<typeof ParticipantSchema>;

/**
 * One step of the session. A dialogue is one step however many decisions it has: the group
 * reaches them by following choices, so which decisions come is only known as it plays.
 */
export const PlanStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dialogue'), activityId: IdSchema }),
  z.strictObject({ kind: z.literal('quiz-item'), activityId: IdSchema, itemId: IdSchema }),
  z.strictObject({ kind: z.literal('reflection'), activityId: IdSchema, promptId: IdSchema }),
]);
export type PlanStep = z.infer<typeof PlanStepSchema>;

/**
 * - `waiting`: participants join, nothing is shown yet.
 * - `voting`: a dialogue decision or a quiz item takes votes.
 * - `revealed`: the votes are counted and shown; no more votes in this round.
 * - `ended`: a dialogue ending and its debrief.
 * - `writing`: a reflection prompt takes answers for the wall (a step without votes, so not `voting`).
 * - `finished`: the session is over; nothing changes any more except moderating the wall.
 */
export const PhaseSchema = z.enum(['waiting', 'voting', 'revealed', 'ended', 'writing', 'finished']);
export type Phase = z.infer<typeof PhaseSchema>;

/** A dialogue node the group decided at, and the choice it followed out of it. */
export const HistoryEntrySchema = z.strictObject({ nodeId: IdSchema, choiceId: IdSchema });
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const PositionSchema = z.strictObject({
  /** Index into the plan. */
  step: z.number().int().min(0),
  /** In a dialogue: the node on screen. */
  nodeId: IdSchema.optional(),
  /** In a dialogue: the decisions that led here, oldest first; `back` pops the last. */
  history: z.array(HistoryEntrySchema),
});
export type Position = z.infer<typeof PositionSchema>;

/** What a vote says, one shape per kind of decision. */
export const AnswerSchema = z.discriminatedUnion('kind', [
  /** A dialogue choice. */
  z.strictObject({ kind: z.literal('choice'), choiceId: IdSchema }),
  /** A single-choice quiz item's option. */
  z.strictObject({ kind: z.literal('option'), optionId: IdSchema }),
  /** A multiple-response quiz item's options: a set, stored in the item's order without repeats. */
  z.strictObject({ kind: z.literal('options'), optionIds: z.array(IdSchema).min(1).max(8) }),
  z.strictObject({ kind: z.literal('true-false'), value: z.boolean() }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const VoteSchema = z.strictObject({
  participantId: LiveIdSchema,
  answer: AnswerSchema,
  at: InstantSchema,
});
export type Vote = z.infer<typeof VoteSchema>;

/** At most one vote per participant: a second vote in the same round replaces the first. */
export const RoundSchema = z.strictObject({
  round: z.union([z.literal(1), z.literal(2)]),
  votes: z.array(VoteSchema),
});
export type Round = z.infer<typeof RoundSchema>;

/**
 * The decision on screen: a dialogue node with choices, or a quiz item. Round 2 is the
 * peer-instruction re-vote after discussing round 1's result.
 */
export const DecisionSchema = z.strictObject({
  step: z.number().int().min(0),
  nodeId: IdSchema.optional(),
  openedAt: InstantSchema,
  rounds: z.array(RoundSchema).min(1).max(2),
  /** A quiz item's right answer is on the screens (a dialogue's choices are never "right"). */
  answerShown: z.boolean(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** How a decision was left: the export and the xAPI statements read the session from these. */
export const ClosedBySchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('follow'), choiceId: IdSchema, chosenBy: z.enum(['majority', 'facilitator']) }),
  z.strictObject({ by: z.literal('back') }),
  z.strictObject({ by: z.literal('next') }),
  z.strictObject({ by: z.literal('end') }),
]);
export type ClosedBy = z.infer<typeof ClosedBySchema>;

export const LoggedDecisionSchema = DecisionSchema.extend({ closedAt: InstantSchema, closed: ClosedBySchema });
export type LoggedDecision = z.infer<typeof LoggedDecisionSchema>;

export const WallEntryStateSchema = z.enum(['pending', 'shown', 'hidden']);
export type WallEntryState = z.infer<typeof WallEntryStateSchema>;

/** Anonymous by construction: there is no field that could say who wrote it. */
export const WallEntrySchema = z.strictObject({
  id: LiveIdSchema,
  /** The plan step (a reflection prompt) the entry answers. */
  step: z.number().int().min(0),
  promptId: IdSchema,
  text: WallTextSchema,
  at: InstantSchema,
  /** New entries wait for the facilitator: nothing reaches the projector unread. */
  state: WallEntryStateSchema,
});
export type WallEntry = z.infer<typeof WallEntrySchema>;

/**
 * How participants appear in the session's xAPI statements: `anonymous` as an account named by
 * a random participant id only; `named` with the display name they typed as well.
 */
export const RecordAsSchema = z.enum(['anonymous', 'named']);
export type RecordAs = z.infer<typeof RecordAsSchema>;

export const LiveSessionSchema = z.strictObject({
  /** The routes make it a UUID, and it is the registration of the session's xAPI statements. */
  id: LiveIdSchema,
  joinCode: JoinCodeSchema,
  /** The coordinator login that runs the session. */
  facilitator: UsernameSchema,
  moduleId: IdSchema,
  /** The language the module is shown in; the context's module data must be in it. */
  locale: LocaleSchema,
  recordAs: RecordAsSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  revision: z.number().int().min(0),
  participants: z.array(ParticipantSchema).max(MAX_PARTICIPANTS),
  plan: z.array(PlanStepSchema).min(1),
  position: PositionSchema,
  phase: PhaseSchema,
  /** The decision on screen, while the phase is `voting` or `revealed`. */
  decision: DecisionSchema.optional(),
  /** Every decision left, in order, with its rounds (including those abandoned by `back`). */
  log: z.array(LoggedDecisionSchema),
  wall: z.array(WallEntrySchema).max(MAX_WALL_ENTRIES),
});
export type LiveSession = z.infer<typeof LiveSessionSchema>;
