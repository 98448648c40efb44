/**
 * A live session's votes and wall entries as xAPI 1.0.3 statements, so the dashboard and any
 * LRS read a room's answers beside those of learners working alone. Pure: the routes call it
 * after every applied command with the states before and after and the command's events, and
 * write what it returns.
 *
 * The statements are the packages' own: each is made by the packages' mapping
 * (components/src/tracking/xapi/xapi-mapping.ts) from the learner event a self-paced learner
 * would have caused (`choice-made`, `quiz-item-answered`, `reflection-saved`), so the activity
 * IRIs, definitions, response format, extensions and context activities cannot drift from what
 * the course sends. This module only says who (the participant, the session as a Group) and
 * adds what a room has that a learner alone has not: the facilitator as `instructor`, the
 * session as `team`, and which round of the vote it was.
 *
 * When: a round's votes are written once, at its first reveal (before it nothing is final: a
 * participant may still change their vote). A later reveal of the same round only shows a quiz
 * answer held back and writes nothing; a re-vote's round 2 is written at its own reveal. Votes
 * of a round never revealed (the facilitator went back or ended during the vote) are not
 * written. A wall entry is written when it is added, with the session Group as actor: the wall
 * is anonymous, and nothing in its statement points at a participant.
 */
import type { CourseData, ModuleData } from '../../course/schema/course-data.ts';
import { courseIri as courseIriOf } from '../../build/targets/activity-iri.ts';
import type { LearnerEvent } from '../../components/src/tracking/learner-event.ts';
import type { QuizResponse } from '../../components/src/runtime/progress.ts';
import { isCorrect } from '../../components/src/runtime/quiz-scoring.ts';
import { xapiStatements } from '../../components/src/tracking/xapi/xapi-mapping.ts';
import type { Agent, Context, Statement } from '../../components/src/tracking/xapi/xapi-statement.ts';
import { EXTENSIONS } from '../../components/src/tracking/xapi/xapi-vocabulary.ts';
import { isUuid } from '../xapi/formats.ts';
import { choicesOf, findNode, resolveStep } from './plan-steps.ts';
import type { LiveEvent } from './session-events.ts';
import type { Answer, LiveSession, Round, Vote } from './session-schema.ts';

/**
 * Our extensions, in the namespace of the packages' own (xapi-vocabulary.ts), resolved against
 * one of them so the namespace is written in one place. Never change them once written.
 */
export const LIVE_EXTENSIONS = {
  /** Which round of the vote: 1, or 2 for the re-vote after discussing round 1 (context). */
  round: new URL('live-round', EXTENSIONS.attempt).href,
  /** The session's join code, as the room saw it on the projector (context). */
  session: new URL('live-session', EXTENSIONS.attempt).href,
} as const;

export interface LiveGroup {
  objectType: 'Group';
  name: string;
  account: { homePage: string; name: string };
}

export type LiveStatement = Omit<Statement, 'actor' | 'context'> & {
  actor: Agent | LiveGroup;
  context: Context & { registration: string; instructor: Agent; team: LiveGroup };
};

export interface LiveStatementOptions {
  /** The course's `baseIri` (course.yaml): module and activity IRIs are built from it, as in the packages. */
  baseIri: string;
  /** The course activity in `grouping`; default the base IRI, as in a package not launched with an LMS `activity_id`. */
  courseIri?: string;
  /** The course version, sent as `context.revision` as the packages do. */
  courseVersion?: string;
  /** The home page of the accounts that name participants, the facilitator and the session, e.g. `${publicUrl}/live`. */
  actorHomePage: string;
  /** The current instant (ISO 8601), for a wall entry the after-state lacks (never in practice). */
  now: () => string;
  /** A fresh UUID per statement: the routes pass `crypto.randomUUID`. */
  newId: () => string;
}

export function liveStatements(before: LiveSession, after: LiveSession, events: readonly LiveEvent[], module: ModuleData, options: LiveStatementOptions): LiveStatement[] {
  // Checked on every call, not only when something is written, so a session made with a wrong
  // id fails at its first command rather than at its first reveal with a room waiting.
  if (!isUuid(after.id)) {
    throw new Error(`live session id "${after.id}" is not a UUID: it is the registration of the session's xAPI statements, which xAPI requires to be a UUID; create sessions with crypto.randomUUID()`);
  }
  if (module.id !== after.moduleId) throw new Error(`module "${module.id}" is not the module of live session ${after.id} ("${after.moduleId}"); pass the session's module in its language`);
  const statements: LiveStatement[] = [];
  for (const event of events) {
    if (event.type === 'revealed' && before.phase === 'voting' && after.decision) {
      const round = after.decision.rounds.at(-1)!;
      statements.push(...round.votes.flatMap((vote) => voteStatement(after, module, options, round, vote)));
    } else if (event.type === 'wall-entry-added') {
      statements.push(...wallStatement(after, module, options, event));
    }
  }
  return statements;
}

function voteStatement(state: LiveSession, module: ModuleData, options: LiveStatementOptions, round: Round, vote: Vote): LiveStatement[] {
  const participant = state.participants.find((candidate) => candidate.id === vote.participantId);
  const event = voteEvent(state, module, round, vote);
  if (!participant || !event) return [];
  const actor: Agent = { objectType: 'Agent', ...(state.recordAs === 'named' ? { name: participant.displayName } : {}), account: { homePage: options.actorHomePage, name: participant.id } };
  return mapped(state, module, options, event, actor, { [LIVE_EXTENSIONS.round]: round.round });
}

/** The learner event a self-paced learner would have caused with this answer. */
function voteEvent(state: LiveSession, module: ModuleData, round: Round, vote: Vote): LearnerEvent | undefined {
  const decision = state.decision!;
  const step = state.plan[decision.step];
  const resolved = step && resolveStep(module, step);
  if (!resolved) return undefined;
  const at = vote.at;
  const moduleId = module.id;
  if (resolved.kind === 'dialogue') {
    const node = decision.nodeId === undefined ? undefined : findNode(resolved.dialogue, decision.nodeId);
    const choiceId = vote.answer.kind === 'choice' ? vote.answer.choiceId : undefined;
    const choice = node && choicesOf(node).find((candidate) => candidate.id === choiceId);
    if (!node || !choice) return undefined;
    return { type: 'choice-made', at, moduleId, activityId: resolved.dialogue.id, nodeId: node.id, choiceId: choice.id, quality: choice.quality, score: choice.score };
  }
  if (resolved.kind !== 'quiz-item') return undefined;
  const { item } = resolved;
  const response = quizResponse(vote.answer);
  if (!response) return undefined;
  // `attempt` is how the packages' quiz item answers carry their try, and what the dashboard
  // reads an item answer by (without it the answer would pass for a sorting exercise): a re-vote
  // is the room's second try at the item.
  return { type: 'quiz-item-answered', at, moduleId, activityId: resolved.quiz.id, itemId: item.id, kind: item.kind, response, correct: isCorrect(item, response), attempt: round.round };
}

function quizResponse(answer: Answer): QuizResponse | undefined {
  switch (answer.kind) {
    case 'option':
      return { kind: 'single-choice', option: answer.optionId };
    case 'options':
      return { kind: 'multiple-response', options: answer.optionIds };
    case 'true-false':
      return { kind: 'true-false', value: answer.value };
    case 'choice':
      return undefined;
  }
}

function wallStatement(state: LiveSession, module: ModuleData, options: LiveStatementOptions, event: Extract<LiveEvent, { type: 'wall-entry-added' }>): LiveStatement[] {
  const step = state.plan[event.step];
  const resolved = step && resolveStep(module, step);
  if (resolved?.kind !== 'reflection') return [];
  const at = state.wall.find((entry) => entry.id === event.entryId)?.at ?? options.now();
  // The packages' reflection answer, one prompt of it; `response` too, where any LRS reads text.
  const learnerEvent: LearnerEvent = { type: 'reflection-saved', at, moduleId: module.id, activityId: resolved.reflection.id, answers: { [event.promptId]: event.text } };
  return mapped(state, module, options, learnerEvent, sessionGroup(state, options), {}).map((statement) => ({
    ...statement,
    result: { ...statement.result, response: event.text },
  }));
}

/** The packages' statement for `event`, said by `actor` in the session's context. */
function mapped(state: LiveSession, module: ModuleData, options: LiveStatementOptions, event: LearnerEvent, actor: Agent | LiveGroup, extensions: Record<string, unknown>): LiveStatement[] {
  const course = mappingCourse(state, module, options);
  const courseIri = options.courseIri ?? courseIriOf(course);
  // The mapping's actor is only copied into the statement, so a Group passes through unchanged.
  return xapiStatements(event, { actor: actor as Agent, registration: state.id, courseIri, course }).map((statement): LiveStatement => {
    const id = options.newId();
    if (!isUuid(id)) throw new Error(`newId() gave "${id}", not a UUID: xAPI statement ids are UUIDs; pass crypto.randomUUID`);
    return {
      ...statement,
      id,
      actor,
      context: {
        ...statement.context,
        registration: state.id,
        instructor: { objectType: 'Agent', account: { homePage: options.actorHomePage, name: state.facilitator } },
        team: sessionGroup(state, options),
        extensions: { ...statement.context?.extensions, ...extensions, [LIVE_EXTENSIONS.session]: state.joinCode },
      },
    };
  });
}

/** The session as an identified Group: the team of every statement, and the wall's voice. */
function sessionGroup(state: LiveSession, options: LiveStatementOptions): LiveGroup {
  return { objectType: 'Group', name: `Live session ${state.joinCode}`, account: { homePage: options.actorHomePage, name: `session:${state.id}` } };
}

/**
 * The course data the mapping needs: it reads only the base IRI, the language, the version and
 * the module (for names, choices and correct answers), so the session's module is all it gets.
 */
function mappingCourse(state: LiveSession, module: ModuleData, options: LiveStatementOptions): CourseData {
  // An empty version sends no `revision`, as the mapping does for a course without one.
  const course: Pick<CourseData, 'baseIri' | 'locale' | 'version' | 'modules'> = { baseIri: options.baseIri, locale: state.locale, version: options.courseVersion ?? '', modules: [module] };
  return course as CourseData;
}
