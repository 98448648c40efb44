/**
 * The live session as a state machine: `apply(state, command, context)` gives the next state and
 * what happened, or why not. Pure: no I/O, no system clock, no randomness of its own (the
 * context brings the clock, fresh ids and the module), so every server instance that applies
 * the same command to the same revision gets the same state, and a test can replay a session.
 *
 * A step's life: a dialogue opens at its start node and takes votes at each decision; the
 * facilitator reveals the count, may open one re-vote (peer instruction), then follows a choice
 * (the majority's unless they name one) to the next node, until an ending shows its debrief. A
 * quiz item takes votes, is revealed with its right answer (or without it, to re-vote first).
 * A reflection prompt takes anonymous answers that wait for the facilitator before the wall
 * shows them. `next` moves on after an ending, a revealed quiz item or a reflection.
 */
import type { ModuleData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { type Command, type CommandInput, CommandSchema } from './session-commands.ts';
import { liveError, type LiveError, type LiveErrorCode } from './session-errors.ts';
import type { LiveEvent } from './session-events.ts';
import { answerKeysOf, choicesOf, correctKeysOf, defaultPlan, findNode, isEnding, resolveStep, type ResolvedStep } from './plan-steps.ts';
import {
  type Answer,
  type ClosedBy,
  type LiveSession,
  LiveSessionSchema,
  MAX_PARTICIPANTS,
  MAX_WALL_ENTRIES,
  type PlanStep,
  type RecordAs,
} from './session-schema.ts';
import { sameTokenHash } from './rejoin-token.ts';
import { majority, resultsOf, tally } from './tally.ts';

export interface LiveContext {
  /** The current instant, ISO 8601 in UTC. */
  now: () => string;
  /** A fresh unguessable id (participants, wall entries): the routes pass `crypto.randomUUID`. */
  newId: () => string;
  /** The session's module, in the session's language. */
  module: ModuleData;
}

export type Applied = { state: LiveSession; events: LiveEvent[] } | { error: LiveError };

export interface NewSessionOptions {
  id: string;
  joinCode: string;
  facilitator: string;
  module: ModuleData;
  locale: Locale;
  /** Default: anonymous. */
  recordAs?: RecordAs;
  /** Default: everything in the module a room can do (`defaultPlan`). */
  plan?: PlanStep[];
  now: string;
}

/** A session in the waiting room: participants can join, nothing is shown yet. */
export function newSession(options: NewSessionOptions): { state: LiveSession } | { error: LiveError } {
  const plan = options.plan ?? defaultPlan(options.module);
  if (plan.length === 0) return liveError('empty-plan');
  const missing = plan.findIndex((step) => !resolveStep(options.module, step));
  if (missing >= 0) return liveError('step-not-in-module', `plan step ${missing}`);
  const parsed = LiveSessionSchema.safeParse({
    id: options.id,
    joinCode: options.joinCode,
    facilitator: options.facilitator,
    moduleId: options.module.id,
    locale: options.locale,
    recordAs: options.recordAs ?? 'anonymous',
    createdAt: options.now,
    updatedAt: options.now,
    revision: 0,
    participants: [],
    plan,
    position: { step: 0, history: [] },
    phase: 'waiting',
    log: [],
    wall: [],
  } satisfies LiveSession);
  return parsed.success ? { state: parsed.data } : liveError('invalid-command', firstIssue(parsed.error.issues));
}

/**
 * The next state and its events. The input state is never changed: handlers work on a copy,
 * which a refusal throws away whole. A command that changes nothing (hiding a hidden entry)
 * returns the same state, same revision, no events.
 */
export function apply(state: LiveSession, input: CommandInput, context: LiveContext): Applied {
  const parsed = CommandSchema.safeParse(input);
  if (!parsed.success) return liveError('invalid-command', firstIssue(parsed.error.issues));
  if (context.module.id !== state.moduleId) return liveError('module-mismatch');
  const command = parsed.data;
  if (state.phase === 'finished' && command.type !== 'rejoin' && command.type !== 'moderate') return liveError('session-finished');
  const draft = structuredClone(state);
  const now = context.now();
  const outcome = handle(draft, command, { ...context, now: () => now });
  if (!Array.isArray(outcome)) return outcome;
  if (outcome.length === 0) return { state, events: [] };
  draft.revision += 1;
  draft.updatedAt = now;
  return { state: draft, events: outcome };
}

type Outcome = LiveEvent[] | { error: LiveError };

function handle(draft: LiveSession, command: Command, context: LiveContext): Outcome {
  switch (command.type) {
    case 'join':
      return join(draft, command.displayName, command.tokenHash, context);
    case 'rejoin': {
      const participant = draft.participants.find((candidate) => candidate.id === command.participantId);
      // One refusal for an unknown id and a wrong token: a phone learns nothing from which.
      if (!participant || !sameTokenHash(participant.tokenHash, command.tokenHash)) return liveError('rejoin-refused');
      participant.lastSeenAt = context.now();
      return [{ type: 'participant-rejoined', participantId: participant.id }];
    }
    case 'start':
      if (draft.phase !== 'waiting') return liveError('already-started');
      return enterStep(draft, 0, context);
    case 'vote':
      return vote(draft, command.participantId, command.choice, context);
    case 'reveal':
      return reveal(draft, command.withholdAnswer, context);
    case 'revote':
      return revote(draft, context);
    case 'follow':
      return follow(draft, command.choiceId, context);
    case 'back':
      return back(draft, context);
    case 'next':
      return next(draft, context);
    case 'submit':
      return submit(draft, command.participantId, command.text, context);
    case 'moderate': {
      const entry = draft.wall.find((candidate) => candidate.id === command.entryId);
      if (!entry) return liveError('unknown-entry');
      if (entry.state === command.state) return [];
      entry.state = command.state;
      return [{ type: 'wall-entry-moderated', entryId: entry.id, state: entry.state }];
    }
    case 'end':
      closeDecision(draft, { by: 'end' }, context);
      draft.phase = 'finished';
      return [{ type: 'finished', by: 'end' }];
  }
}

function join(draft: LiveSession, displayName: string, tokenHash: string, context: LiveContext): Outcome {
  if (draft.participants.length >= MAX_PARTICIPANTS) return liveError('session-full');
  const now = context.now();
  const participant = { id: context.newId(), displayName, joinedAt: now, lastSeenAt: now, tokenHash };
  draft.participants.push(participant);
  return [{ type: 'participant-joined', participantId: participant.id, displayName }];
}

function vote(draft: LiveSession, participantId: string, answer: Answer, context: LiveContext): Outcome {
  const participant = draft.participants.find((candidate) => candidate.id === participantId);
  if (!participant) return liveError('unknown-participant');
  if (draft.phase !== 'voting' || !draft.decision) return liveError('not-voting');
  const resolved = currentStep(draft, context);
  if ('error' in resolved) return resolved;
  const fitted = fitAnswer(resolved, draft.position.nodeId, answer);
  if (typeof fitted === 'string') return liveError(fitted);
  const round = draft.decision.rounds.at(-1)!;
  const now = context.now();
  const earlier = round.votes.findIndex((candidate) => candidate.participantId === participantId);
  // Changing one's mind before the reveal replaces the vote: one participant, one vote.
  if (earlier >= 0) round.votes.splice(earlier, 1);
  round.votes.push({ participantId, answer: fitted, at: now });
  participant.lastSeenAt = now;
  return [{ type: 'vote-recorded', ...where(draft), participantId, round: round.round, replaced: earlier >= 0 }];
}

function reveal(draft: LiveSession, withholdAnswer: boolean, context: LiveContext): Outcome {
  if (draft.phase === 'waiting') return liveError('not-started');
  const decision = draft.decision;
  if (!decision || (draft.phase !== 'voting' && draft.phase !== 'revealed')) return liveError('not-voting');
  const resolved = currentStep(draft, context);
  if ('error' in resolved) return resolved;
  const correct = correctKeysOf(resolved);
  if (draft.phase === 'revealed') {
    // The one reveal after a reveal: the right answer held back for a re-vote, shown after all.
    if (!correct || decision.answerShown || withholdAnswer) return liveError('already-revealed');
    decision.answerShown = true;
  } else {
    draft.phase = 'revealed';
    decision.answerShown = correct !== undefined && !withholdAnswer;
  }
  const node = nodeOf(draft, resolved);
  return [{ type: 'revealed', ...where(draft), results: resultsOf(decision, answerKeysOf(resolved, node), correct) }];
}

function revote(draft: LiveSession, context: LiveContext): Outcome {
  if (draft.phase === 'waiting') return liveError('not-started');
  const decision = draft.decision;
  if (draft.phase !== 'revealed' || !decision) return liveError('not-revealed');
  if (decision.rounds.length >= 2) return liveError('already-revoted');
  if (decision.answerShown) return liveError('answer-already-shown');
  const resolved = currentStep(draft, context);
  if ('error' in resolved) return resolved;
  decision.rounds.push({ round: 2, votes: [] });
  draft.phase = 'voting';
  return [{ type: 'revote-opened', ...where(draft), round: 2 }];
}

function follow(draft: LiveSession, named: string | undefined, context: LiveContext): Outcome {
  if (draft.phase === 'waiting') return liveError('not-started');
  const resolved = currentStep(draft, context);
  if ('error' in resolved) return resolved;
  if (resolved.kind !== 'dialogue') return liveError('not-a-dialogue');
  const decision = draft.decision;
  if (draft.phase !== 'revealed' || !decision) return liveError('not-revealed');
  const node = nodeOf(draft, resolved);
  if (!node) return liveError('step-not-in-module', `node ${draft.position.nodeId}`);
  const choices = choicesOf(node);
  // Ties go to the choice written first (see `majority`).
  const choiceId = named ?? majority(tally(decision.rounds.at(-1)!, answerKeysOf(resolved, node)));
  if (choiceId === undefined) return liveError('no-votes');
  const choice = choices.find((candidate) => candidate.id === choiceId);
  if (!choice) return liveError('unknown-choice');
  closeDecision(draft, { by: 'follow', choiceId, chosenBy: named === undefined ? 'majority' : 'facilitator' }, context);
  draft.position.history.push({ nodeId: node.id, choiceId });
  const arrived = arriveAt(draft, resolved, choice.next, context);
  if (arrived) return arrived;
  const target = findNode(resolved.dialogue, choice.next)!;
  return [
    {
      type: 'moved',
      step: draft.position.step,
      from: node.id,
      to: target.id,
      choiceId,
      chosenBy: named === undefined ? 'majority' : 'facilitator',
      ...(target.ending ? { ending: target.ending.outcome } : {}),
    },
  ];
}

function back(draft: LiveSession, context: LiveContext): Outcome {
  if (draft.phase === 'waiting') return liveError('not-started');
  const resolved = currentStep(draft, context);
  if ('error' in resolved) return resolved;
  const previous = draft.position.history.at(-1);
  if (resolved.kind !== 'dialogue' || !previous) return liveError('nothing-to-go-back-to');
  const from = draft.position.nodeId!;
  // The abandoned decision's votes stay in the log for the export; the earlier one starts afresh.
  closeDecision(draft, { by: 'back' }, context);
  draft.position.history.pop();
  const arrived = arriveAt(draft, resolved, previous.nodeId, context);
  if (arrived) return arrived;
  return [{ type: 'went-back', step: draft.position.step, from, to: previous.nodeId }];
}

function next(draft: LiveSession, context: LiveContext): Outcome {
  if (draft.phase === 'waiting') return liveError('not-started');
  const resolved = currentStep(draft, context);
  if ('error' in resolved) return resolved;
  const done =
    (resolved.kind === 'dialogue' && draft.phase === 'ended') ||
    (resolved.kind === 'quiz-item' && draft.phase === 'revealed') ||
    (resolved.kind === 'reflection' && draft.phase === 'writing');
  if (!done) return liveError('not-ready-for-next');
  closeDecision(draft, { by: 'next' }, context);
  return enterStep(draft, draft.position.step + 1, context);
}

function submit(draft: LiveSession, participantId: string, text: string, context: LiveContext): Outcome {
  if (!draft.participants.some((candidate) => candidate.id === participantId)) return liveError('unknown-participant');
  if (draft.phase !== 'writing') return liveError('not-writing');
  const resolved = currentStep(draft, context);
  if ('error' in resolved) return resolved;
  if (resolved.kind !== 'reflection') return liveError('not-writing');
  if (text.length > resolved.prompt.maxLength) return liveError('text-too-long', `at most ${resolved.prompt.maxLength} characters`);
  if (draft.wall.length >= MAX_WALL_ENTRIES) return liveError('wall-full');
  // Nothing about the participant is kept or touched, not even lastSeenAt: its time would
  // match the entry's and tell the facilitator who wrote it.
  const entry = { id: context.newId(), step: draft.position.step, promptId: resolved.prompt.id, text, at: context.now(), state: 'pending' as const };
  draft.wall.push(entry);
  return [{ type: 'wall-entry-added', entryId: entry.id, step: entry.step, promptId: entry.promptId, text }];
}

/** Opens plan step `index`, or finishes the session after the last one. */
function enterStep(draft: LiveSession, index: number, context: LiveContext): Outcome {
  const planStep = draft.plan[index];
  if (!planStep) {
    draft.phase = 'finished';
    return [{ type: 'finished', by: 'next' }];
  }
  const resolved = resolveStep(context.module, planStep);
  if (!resolved) return liveError('step-not-in-module', `plan step ${index}`);
  draft.position = { step: index, history: [] };
  if (resolved.kind === 'dialogue') {
    const arrived = arriveAt(draft, resolved, resolved.dialogue.start, context);
    if (arrived) return arrived;
  } else if (resolved.kind === 'quiz-item') {
    openDecision(draft, context);
  } else {
    draft.phase = 'writing';
  }
  return [{ type: 'step-entered', ...where(draft), planStep, phase: draft.phase }];
}

/** Shows a dialogue node: an ending, or a decision open for votes. Undefined when all went well. */
function arriveAt(draft: LiveSession, resolved: ResolvedStep & { kind: 'dialogue' }, nodeId: string, context: LiveContext): { error: LiveError } | undefined {
  const node = findNode(resolved.dialogue, nodeId);
  if (!node) return liveError('step-not-in-module', `node ${nodeId}`);
  draft.position.nodeId = node.id;
  if (isEnding(node)) draft.phase = 'ended';
  else openDecision(draft, context);
  return undefined;
}

function openDecision(draft: LiveSession, context: LiveContext): void {
  draft.phase = 'voting';
  draft.decision = {
    ...where(draft),
    openedAt: context.now(),
    rounds: [{ round: 1, votes: [] }],
    answerShown: false,
  };
}

function closeDecision(draft: LiveSession, closed: ClosedBy, context: LiveContext): void {
  if (!draft.decision) return;
  draft.log.push({ ...draft.decision, closedAt: context.now(), closed });
  delete draft.decision;
}

function currentStep(draft: LiveSession, context: LiveContext): ResolvedStep | { error: LiveError } {
  const resolved = resolveStep(context.module, draft.plan[draft.position.step]!);
  return resolved ?? liveError('step-not-in-module', `plan step ${draft.position.step}`);
}

function nodeOf(draft: LiveSession, resolved: ResolvedStep) {
  return resolved.kind === 'dialogue' && draft.position.nodeId ? findNode(resolved.dialogue, draft.position.nodeId) : undefined;
}

function where(draft: LiveSession): { step: number; nodeId?: string } {
  const { step, nodeId } = draft.position;
  return nodeId === undefined ? { step } : { step, nodeId };
}

/** The answer in its stored form, or why it does not fit the step on screen. */
function fitAnswer(resolved: ResolvedStep, nodeId: string | undefined, answer: Answer): Answer | LiveErrorCode {
  if (resolved.kind === 'reflection') return 'not-voting';
  if (resolved.kind === 'dialogue') {
    if (answer.kind !== 'choice') return 'answer-does-not-fit';
    const node = nodeId === undefined ? undefined : findNode(resolved.dialogue, nodeId);
    return node && choicesOf(node).some((choice) => choice.id === answer.choiceId) ? answer : 'unknown-choice';
  }
  const { item } = resolved;
  switch (item.kind) {
    case 'true-false':
      return answer.kind === 'true-false' ? answer : 'answer-does-not-fit';
    case 'single-choice':
      if (answer.kind !== 'option') return 'answer-does-not-fit';
      return item.options.some((option) => option.id === answer.optionId) ? answer : 'unknown-choice';
    case 'multiple-response': {
      if (answer.kind !== 'options') return 'answer-does-not-fit';
      if (!answer.optionIds.every((id) => item.options.some((option) => option.id === id))) return 'unknown-choice';
      // A set: the same options in any order, or one ticked twice, are the same answer.
      return { kind: 'options', optionIds: item.options.filter((option) => answer.optionIds.includes(option.id)).map((option) => option.id) };
    }
  }
}

function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}
