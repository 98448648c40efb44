/**
 * What each screen of a live session is sent: a phone gets `participantView`, built for that one
 * participant, and the facilitator gets `facilitatorView`. A phone's view is made by leaving
 * things out, field by field, so nothing reaches a phone by being "not shown": no other
 * participant's name or vote, no count before the reveal (it would steer the votes still to
 * come), no choice's quality, score or feedback before the group follows it (that would give
 * away the discussion), no quiz answer before the facilitator shows it, no wall entry the
 * facilitator has not let through. Facilitator notes are not in the module data at all.
 */
import { z } from 'zod';
import type { ModuleData } from '../../course/schema/course-data.ts';
import {
  CastMemberSchema,
  ChoiceQualitySchema,
  ChoiceSchema,
  DialogueNodeSchema,
  EndingSchema,
  QuizItemSchema,
  ReflectionPromptSchema,
} from '../../course/schema/activities/index.ts';
import { IdSchema, LocaleSchema } from '../../course/schema/ids.ts';
import { answerKeysOf, choicesOf, correctKeysOf, findNode, LIVE_QUIZ_KINDS, resolveStep, type ResolvedStep } from './plan-steps.ts';
import {
  AnswerSchema,
  DisplayNameSchema,
  InstantSchema,
  type LiveSession,
  LiveIdSchema,
  MAX_WALL_TEXT,
  PhaseSchema,
  PlanStepSchema,
  PositionSchema,
  VoteSchema,
  WallEntrySchema,
} from './session-schema.ts';
import { keysOfAnswer, ResultsSchema, resultsOf, tally, TallySchema } from './tally.ts';

const OptionViewSchema = z.strictObject({ id: IdSchema, text: z.string() });
const StepCountSchema = z.strictObject({ index: z.number().int().min(0), count: z.number().int().min(1) });

const ParticipantContentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('dialogue'),
    activityId: IdSchema,
    title: z.string(),
    scene: z.string(),
    cast: z.array(CastMemberSchema.pick({ id: true, name: true, role: true })),
    /** The cast member the room speaks as. */
    player: IdSchema,
    nodeId: IdSchema,
    lines: z.array(z.strictObject({ speaker: IdSchema, text: z.string() })),
    /** What the room can say here; none at an ending. */
    choices: z.array(OptionViewSchema),
    /** The choice the room followed into this node, and now why it worked or not. */
    followed: z.strictObject({ id: IdSchema, text: z.string(), quality: ChoiceQualitySchema, feedback: z.string() }).optional(),
    ending: EndingSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('quiz-item'),
    activityId: IdSchema,
    title: z.string(),
    itemId: IdSchema,
    itemKind: z.enum(LIVE_QUIZ_KINDS),
    prompt: z.string(),
    /** In the authored order; empty for true-false, whose two answers the UI labels. */
    options: z.array(OptionViewSchema),
    /** Once the facilitator shows the answer: why it is right, and why the others are not. */
    explanation: z.strictObject({ correct: z.string(), incorrect: z.string() }).optional(),
  }),
  z.strictObject({
    kind: z.literal('reflection'),
    activityId: IdSchema,
    title: z.string(),
    promptId: IdSchema,
    text: z.string(),
    hint: z.string().optional(),
    maxLength: z.number().int().min(1),
    /** The entries the facilitator let through for this prompt, oldest first. */
    wall: z.array(z.strictObject({ id: LiveIdSchema, text: z.string() })),
  }),
]);

export const ParticipantViewSchema = z.strictObject({
  sessionId: LiveIdSchema,
  /** The session's language: the phone shows its own words in it too. */
  locale: LocaleSchema,
  revision: z.number().int().min(0),
  phase: PhaseSchema,
  me: z.strictObject({ id: LiveIdSchema, displayName: DisplayNameSchema }),
  step: StepCountSchema,
  /** The step on screen; none in the waiting room and after the session. */
  content: ParticipantContentSchema.optional(),
  /** The round taking votes or last revealed. */
  round: z.union([z.literal(1), z.literal(2)]).optional(),
  /** This participant's vote in that round, to show it ticked after a reload. */
  myVote: AnswerSchema.optional(),
  /** With a quiz item's answer shown: whether that vote was exactly right. */
  myVoteRight: z.boolean().optional(),
  /** Only in the `revealed` phase. */
  results: ResultsSchema.optional(),
});
export type ParticipantView = z.infer<typeof ParticipantViewSchema>;

const FacilitatorContentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('dialogue'),
    activityId: IdSchema,
    title: z.string(),
    scene: z.string(),
    cast: z.array(CastMemberSchema.pick({ id: true, name: true, role: true })),
    player: IdSchema,
    /** The whole node: choices with quality, score, feedback and where they lead. */
    node: DialogueNodeSchema,
    followed: ChoiceSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('quiz-item'), activityId: IdSchema, title: z.string(), item: QuizItemSchema }),
  z.strictObject({ kind: z.literal('reflection'), activityId: IdSchema, title: z.string(), prompt: ReflectionPromptSchema }),
]);

export const FacilitatorViewSchema = z.strictObject({
  sessionId: LiveIdSchema,
  joinCode: z.string(),
  facilitator: z.string(),
  moduleId: IdSchema,
  locale: LocaleSchema,
  revision: z.number().int().min(0),
  phase: PhaseSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  step: StepCountSchema,
  plan: z.array(PlanStepSchema),
  position: PositionSchema,
  /** Without their token hashes, which nobody needs to see. */
  participants: z.array(
    z.strictObject({
      id: LiveIdSchema,
      displayName: DisplayNameSchema,
      joinedAt: InstantSchema,
      lastSeenAt: InstantSchema,
      /** Has a vote in the round taking votes or last revealed. */
      voted: z.boolean(),
    }),
  ),
  content: FacilitatorContentSchema.optional(),
  round: z.union([z.literal(1), z.literal(2)]).optional(),
  /** Who voted what in that round: for the facilitator's own screen, not the projector. */
  votes: z.array(VoteSchema),
  /** The count so far, before the reveal too. */
  live: TallySchema.optional(),
  answerShown: z.boolean().optional(),
  /** Only in the `revealed` phase: what the room sees. */
  results: ResultsSchema.optional(),
  /** Every entry of every prompt, pending and hidden ones too, for moderation. */
  wall: z.array(WallEntrySchema),
});
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

/**
 * What the projector shows the room: what every phone sees, without a "me", plus the join code,
 * who is in (names, as the room sees them join) and how many have voted so far, never how.
 */
export const RoomViewSchema = z.strictObject({
  sessionId: LiveIdSchema,
  joinCode: z.string(),
  locale: LocaleSchema,
  revision: z.number().int().min(0),
  phase: PhaseSchema,
  step: StepCountSchema,
  participants: z.array(DisplayNameSchema),
  content: ParticipantContentSchema.optional(),
  round: z.union([z.literal(1), z.literal(2)]).optional(),
  /** Votes in the round on screen, a number only. */
  voted: z.number().int().min(0),
  results: ResultsSchema.optional(),
});
export type RoomView = z.infer<typeof RoomViewSchema>;

export function roomView(state: LiveSession, module: ModuleData): RoomView {
  const round = state.decision?.rounds.at(-1);
  const view: RoomView = {
    sessionId: state.id,
    joinCode: state.joinCode,
    locale: state.locale,
    revision: state.revision,
    phase: state.phase,
    step: { index: state.position.step, count: state.plan.length },
    participants: state.participants.map((participant) => participant.displayName),
    voted: round?.votes.length ?? 0,
  };
  const resolved = onScreen(state, module);
  if (!resolved) return view;
  view.content = participantContent(state, resolved);
  if (!state.decision || !round) return view;
  view.round = round.round;
  if (state.phase === 'revealed') view.results = resultsOf(state.decision, answerKeysOf(resolved, nodeOn(state, resolved)), correctKeysOf(resolved));
  return view;
}

/** What one participant's phone may see, or undefined for someone who is not a participant. */
export function participantView(state: LiveSession, participantId: string, module: ModuleData): ParticipantView | undefined {
  const participant = state.participants.find((candidate) => candidate.id === participantId);
  if (!participant) return undefined;
  const view: ParticipantView = {
    sessionId: state.id,
    locale: state.locale,
    revision: state.revision,
    phase: state.phase,
    me: { id: participant.id, displayName: participant.displayName },
    step: { index: state.position.step, count: state.plan.length },
  };
  const resolved = onScreen(state, module);
  if (!resolved) return view;
  view.content = participantContent(state, resolved);
  const decision = state.decision;
  if (!decision) return view;
  const round = decision.rounds.at(-1)!;
  view.round = round.round;
  const mine = round.votes.find((vote) => vote.participantId === participantId)?.answer;
  if (mine) view.myVote = mine;
  if (state.phase === 'revealed') {
    const correct = correctKeysOf(resolved);
    view.results = resultsOf(decision, answerKeysOf(resolved, nodeOn(state, resolved)), correct);
    if (mine && view.results.correct) {
      const keys = keysOfAnswer(mine);
      view.myVoteRight = keys.length === view.results.correct.length && keys.every((key) => view.results!.correct!.includes(key));
    }
  }
  return view;
}

/** Everything about the session for the facilitator's screen. */
export function facilitatorView(state: LiveSession, module: ModuleData): FacilitatorView {
  const decision = state.decision;
  const round = decision?.rounds.at(-1);
  const voters = new Set(round?.votes.map((vote) => vote.participantId));
  const view: FacilitatorView = {
    sessionId: state.id,
    joinCode: state.joinCode,
    facilitator: state.facilitator,
    moduleId: state.moduleId,
    locale: state.locale,
    revision: state.revision,
    phase: state.phase,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    step: { index: state.position.step, count: state.plan.length },
    plan: state.plan,
    position: state.position,
    participants: state.participants.map(({ id, displayName, joinedAt, lastSeenAt }) => ({ id, displayName, joinedAt, lastSeenAt, voted: voters.has(id) })),
    votes: round?.votes ?? [],
    wall: state.wall,
  };
  const resolved = onScreen(state, module);
  if (!resolved) return view;
  view.content = facilitatorContent(state, resolved);
  if (!decision || !round) return view;
  const keys = answerKeysOf(resolved, nodeOn(state, resolved));
  view.round = round.round;
  view.live = tally(round, keys);
  view.answerShown = decision.answerShown;
  if (state.phase === 'revealed') view.results = resultsOf(decision, keys, correctKeysOf(resolved));
  return view;
}

/** The step whose content screens show: none in the waiting room or once finished. */
function onScreen(state: LiveSession, module: ModuleData): ResolvedStep | undefined {
  if (state.phase === 'waiting' || state.phase === 'finished') return undefined;
  const step = state.plan[state.position.step];
  return step && module.id === state.moduleId ? resolveStep(module, step) : undefined;
}

function nodeOn(state: LiveSession, resolved: ResolvedStep) {
  return resolved.kind === 'dialogue' && state.position.nodeId ? findNode(resolved.dialogue, state.position.nodeId) : undefined;
}

/** The choice the room followed into the node on screen, from the top of the history. */
function followedChoice(state: LiveSession, resolved: ResolvedStep) {
  const last = state.position.history.at(-1);
  if (resolved.kind !== 'dialogue' || !last) return undefined;
  const from = findNode(resolved.dialogue, last.nodeId);
  return from ? choicesOf(from).find((choice) => choice.id === last.choiceId) : undefined;
}

function participantContent(state: LiveSession, resolved: ResolvedStep): ParticipantView['content'] {
  if (resolved.kind === 'dialogue') {
    const { dialogue } = resolved;
    const node = nodeOn(state, resolved);
    const followed = followedChoice(state, resolved);
    return {
      kind: 'dialogue',
      activityId: dialogue.id,
      title: dialogue.title,
      scene: dialogue.scene,
      cast: dialogue.cast.map(({ id, name, role }) => ({ id, name, role })),
      player: dialogue.player,
      nodeId: node?.id ?? dialogue.start,
      lines: (node?.lines ?? []).map(({ speaker, text }) => ({ speaker, text })),
      choices: node ? choicesOf(node).map(({ id, text }) => ({ id, text })) : [],
      ...(followed ? { followed: { id: followed.id, text: followed.text, quality: followed.quality, feedback: followed.feedback } } : {}),
      ...(node?.ending ? { ending: node.ending } : {}),
    };
  }
  if (resolved.kind === 'quiz-item') {
    const { quiz, item } = resolved;
    const shown = state.phase === 'revealed' && state.decision?.answerShown === true;
    return {
      kind: 'quiz-item',
      activityId: quiz.id,
      title: quiz.title,
      itemId: item.id,
      itemKind: item.kind,
      prompt: item.prompt,
      options: item.kind === 'true-false' ? [] : item.options.map(({ id, text }) => ({ id, text })),
      ...(shown ? { explanation: { correct: item.feedback.correct, incorrect: item.feedback.incorrect } } : {}),
    };
  }
  const { reflection, prompt } = resolved;
  const step = state.position.step;
  return {
    kind: 'reflection',
    activityId: reflection.id,
    title: reflection.title,
    promptId: prompt.id,
    text: prompt.text,
    ...(prompt.hint ? { hint: prompt.hint } : {}),
    maxLength: Math.min(prompt.maxLength, MAX_WALL_TEXT),
    wall: state.wall.filter((entry) => entry.step === step && entry.state === 'shown').map(({ id, text }) => ({ id, text })),
  };
}

function facilitatorContent(state: LiveSession, resolved: ResolvedStep): FacilitatorView['content'] {
  if (resolved.kind === 'dialogue') {
    const node = nodeOn(state, resolved);
    const followed = followedChoice(state, resolved);
    return {
      kind: 'dialogue',
      activityId: resolved.dialogue.id,
      title: resolved.dialogue.title,
      scene: resolved.dialogue.scene,
      cast: resolved.dialogue.cast.map(({ id, name, role }) => ({ id, name, role })),
      player: resolved.dialogue.player,
      node: node ?? findNode(resolved.dialogue, resolved.dialogue.start)!,
      ...(followed ? { followed } : {}),
    };
  }
  if (resolved.kind === 'quiz-item') return { kind: 'quiz-item', activityId: resolved.quiz.id, title: resolved.quiz.title, item: resolved.item };
  return { kind: 'reflection', activityId: resolved.reflection.id, title: resolved.reflection.title, prompt: resolved.prompt };
}
