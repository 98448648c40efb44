import { describe, expect, it } from 'vitest';
import type { ModuleData } from '../../course/schema/course-data.ts';
import { freshSession, liveModule, play, STEP, testContext, withParticipants } from './live-module.test-support.ts';
import { defaultPlan } from './plan-steps.ts';
import { hashRejoinToken } from './rejoin-token.ts';
import type { CommandInput } from './session-commands.ts';
import { LiveEventSchema } from './session-events.ts';
import { facilitatorView } from './session-views.ts';
import { apply, type LiveContext, newSession } from './session-machine.ts';
import { type LiveSession, LiveSessionSchema, MAX_PARTICIPANTS } from './session-schema.ts';

const choose = (participantId: string, choiceId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'choice', choiceId } });
const pick = (participantId: string, optionId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'option', optionId } });
const tick = (participantId: string, ...optionIds: string[]): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'options', optionIds } });

function refusal(state: LiveSession, command: CommandInput, context: LiveContext) {
  const before = structuredClone(state);
  const applied = apply(state, command, context);
  expect(state, 'a refusal leaves the state as it was').toEqual(before);
  return 'error' in applied ? applied.error.code : `accepted: ${applied.events.map((event) => event.type).join(', ')}`;
}

function counts(state: LiveSession, context: LiveContext) {
  return Object.fromEntries(facilitatorView(state, context.module).live!.counts.map(({ key, count }) => [key, count]));
}

/** Ann, Bo and Cy in a started session at the dialogue's first decision. */
function started() {
  const { state, ids, context } = withParticipants(['Ann', 'Bo', 'Cy']);
  return { state: play(state, context, { type: 'start' }).state, ids, context };
}

/** The group at the single-choice quiz item, via the dialogue's quickest ending. */
function atQuiz() {
  const { state, ids, context } = started();
  const moved = play(state, context, { type: 'reveal' }, { type: 'follow', choiceId: 'tell' }, { type: 'next' });
  return { state: moved.state, ids, context };
}

describe('newSession', () => {
  it('plans the dialogue, the live quiz items and each reflection prompt, in the module order', () => {
    const state = freshSession();
    expect(state.plan).toEqual([
      { kind: 'dialogue', activityId: 'late-again' },
      { kind: 'quiz-item', activityId: 'check', itemId: 'q-single' },
      { kind: 'quiz-item', activityId: 'check', itemId: 'q-multi' },
      { kind: 'reflection', activityId: 'looking-back', promptId: 'p-moment' },
      { kind: 'reflection', activityId: 'looking-back', promptId: 'p-next' },
    ]);
    expect(state).toMatchObject({ phase: 'waiting', revision: 0, participants: [], joinCode: 'KMP-7RX', locale: 'en' });
    expect(LiveSessionSchema.parse(state)).toEqual(state);
  });

  it('refuses a plan step the module does not have, and a module with nothing to run live', () => {
    const base = { id: 's', joinCode: 'KMP-7RX', facilitator: 'lotte', locale: 'en' as const, now: '2026-03-02T09:00:00.000Z' };
    const exam = { kind: 'quiz-item' as const, activityId: 'exam', itemId: 'q-exam' };
    expect(newSession({ ...base, module: liveModule, plan: [exam] })).toMatchObject({ error: { code: 'step-not-in-module' } });
    const order = { kind: 'quiz-item' as const, activityId: 'check', itemId: 'q-order' };
    expect(newSession({ ...base, module: liveModule, plan: [order] })).toMatchObject({ error: { code: 'step-not-in-module' } });
    const pageOnly: ModuleData = { ...liveModule, activities: liveModule.activities.filter((activity) => activity.type === 'page') };
    expect(defaultPlan(pageOnly)).toEqual([]);
    expect(newSession({ ...base, module: pageOnly })).toMatchObject({ error: { code: 'empty-plan' } });
  });
});

describe('apply', () => {
  it('never changes the state it is given, and counts every change in the revision', () => {
    const context = testContext();
    const state = freshSession(context);
    const copy = structuredClone(state);
    const applied = play(state, context, { type: 'join', displayName: 'Ann', tokenHash: hashRejoinToken('t') }, { type: 'start' });
    expect(state).toEqual(copy);
    expect(applied.state.revision).toBe(2);
    expect(applied.state.updatedAt > state.updatedAt).toBe(true);
    for (const event of applied.events) expect(LiveEventSchema.parse(event)).toEqual(event);
    expect(LiveSessionSchema.parse(applied.state)).toEqual(applied.state);
  });

  it('refuses module data of another module, and commands it does not know', () => {
    const context = testContext();
    const state = freshSession(context);
    expect(refusal(state, { type: 'start' }, { ...context, module: { ...liveModule, id: 'other' } })).toBe('module-mismatch');
    expect(refusal(state, { type: 'shuffle' } as unknown as CommandInput, context)).toBe('invalid-command');
  });
});

describe('join', () => {
  it('adds a participant with a fresh id, the name trimmed and only the token hash', () => {
    const context = testContext();
    const tokenHash = hashRejoinToken('secret-token');
    const { state, events } = play(freshSession(context), context, { type: 'join', displayName: '  Ann de Vries ', tokenHash });
    expect(state.participants).toEqual([{ id: 'id-1', displayName: 'Ann de Vries', joinedAt: state.updatedAt, lastSeenAt: state.updatedAt, tokenHash }]);
    expect(JSON.stringify(state)).not.toContain('secret-token');
    expect(events).toEqual([{ type: 'participant-joined', participantId: 'id-1', displayName: 'Ann de Vries' }]);
  });

  it('keeps a name that looks like markup verbatim, as data: rendering it as text is the UI’s job', () => {
    const context = testContext();
    const name = '<img src=x onerror=alert(1)>';
    const { state } = play(freshSession(context), context, { type: 'join', displayName: name, tokenHash: hashRejoinToken('t') });
    expect(state.participants[0]!.displayName).toBe(name);
  });

  it('refuses an empty or overlong name and one with control characters', () => {
    const context = testContext();
    const state = freshSession(context);
    const join = (displayName: string) => refusal(state, { type: 'join', displayName, tokenHash: hashRejoinToken('t') }, context);
    for (const name of ['   ', 'x'.repeat(41), 'Ann\nBo', 'Ann\u0007', '\u202Eelgoog', 'Ann\u2028Bo']) expect(join(name), JSON.stringify(name)).toBe('invalid-command');
    expect(apply(state, { type: 'join', displayName: 'Ann\tBo', tokenHash: hashRejoinToken('t') }, context)).toMatchObject({
      error: { detail: expect.stringContaining('displayName') },
    });
    expect(join('x'.repeat(40))).toBe('accepted: participant-joined');
    expect(refusal(state, { type: 'join', displayName: 'Ann', tokenHash: 'not-a-hash' }, context)).toBe('invalid-command');
  });

  it('lets people join while the session runs, and no longer once it has finished', () => {
    const { state, context } = started();
    expect(refusal(state, { type: 'join', displayName: 'Dee', tokenHash: hashRejoinToken('t') }, context)).toBe('accepted: participant-joined');
    const finished = play(state, context, { type: 'end' }).state;
    expect(refusal(finished, { type: 'join', displayName: 'Dee', tokenHash: hashRejoinToken('t') }, context)).toBe('session-finished');
  });

  it(`refuses participant ${MAX_PARTICIPANTS + 1}`, () => {
    const context = testContext();
    let state = freshSession(context);
    const tokenHash = hashRejoinToken('t');
    for (let i = 0; i < MAX_PARTICIPANTS; i += 1) state = play(state, context, { type: 'join', displayName: `P${i}`, tokenHash }).state;
    expect(refusal(state, { type: 'join', displayName: 'One too many', tokenHash }, context)).toBe('session-full');
  });
});

describe('rejoin', () => {
  it('brings the same participant back with the matching token, and never makes a second one', () => {
    const { state, ids, context } = withParticipants(['Ann']);
    const { state: after, events } = play(state, context, { type: 'rejoin', participantId: ids.Ann!, tokenHash: hashRejoinToken('token-Ann') });
    expect(after.participants).toHaveLength(1);
    expect(after.participants[0]!.lastSeenAt > state.participants[0]!.lastSeenAt).toBe(true);
    expect(after.participants[0]!.joinedAt).toBe(state.participants[0]!.joinedAt);
    expect(events).toEqual([{ type: 'participant-rejoined', participantId: ids.Ann }]);
  });

  it('refuses a wrong token and an unknown participant alike', () => {
    const { state, ids, context } = withParticipants(['Ann', 'Bo']);
    expect(refusal(state, { type: 'rejoin', participantId: ids.Ann!, tokenHash: hashRejoinToken('token-Bo') }, context)).toBe('rejoin-refused');
    expect(refusal(state, { type: 'rejoin', participantId: 'nobody', tokenHash: hashRejoinToken('token-Ann') }, context)).toBe('rejoin-refused');
  });
});

describe('start', () => {
  it('opens the dialogue’s start node for votes', () => {
    const { state, context } = withParticipants(['Ann']);
    const { state: after, events } = play(state, context, { type: 'start' });
    expect(after).toMatchObject({ phase: 'voting', position: { step: 0, nodeId: 'start', history: [] } });
    expect(after.decision).toMatchObject({ step: 0, nodeId: 'start', rounds: [{ round: 1, votes: [] }], answerShown: false });
    expect(events).toEqual([{ type: 'step-entered', step: 0, nodeId: 'start', planStep: { kind: 'dialogue', activityId: 'late-again' }, phase: 'voting' }]);
    expect(refusal(after, { type: 'start' }, context)).toBe('already-started');
  });

  it('shows an ending at once when the dialogue starts at a node without choices', () => {
    const module: ModuleData = {
      ...liveModule,
      activities: liveModule.activities.map((activity) => (activity.type === 'dialogue' ? { ...activity, start: 'cold' } : activity)),
    };
    const context = testContext(module);
    const { state } = play(freshSession(context), context, { type: 'start' });
    expect(state).toMatchObject({ phase: 'ended', position: { nodeId: 'cold' } });
    expect(state.decision).toBeUndefined();
  });

  it('opens a quiz item for votes and a reflection for answers when the plan starts with them', () => {
    const context = testContext();
    const base = { id: 's', joinCode: 'KMP-7RX', facilitator: 'lotte', module: liveModule, locale: 'en' as const, now: context.now() };
    const quiz = newSession({ ...base, plan: [{ kind: 'quiz-item', activityId: 'check', itemId: 'q-multi' }] });
    const reflection = newSession({ ...base, plan: [{ kind: 'reflection', activityId: 'looking-back', promptId: 'p-next' }] });
    if ('error' in quiz || 'error' in reflection) throw new Error('not made');
    expect(play(quiz.state, context, { type: 'start' }).state).toMatchObject({ phase: 'voting', decision: { step: 0, rounds: [{ round: 1 }] } });
    expect(play(reflection.state, context, { type: 'start' }).state).toMatchObject({ phase: 'writing' });
  });
});

describe('vote', () => {
  it('replaces a participant’s earlier vote in the same round instead of counting it twice', () => {
    const { state, ids, context } = started();
    const { state: after, events } = play(state, context, choose(ids.Ann!, 'tell'), choose(ids.Bo!, 'tell'), choose(ids.Ann!, 'ask'));
    expect(counts(after, context)).toEqual({ ask: 1, tell: 1 });
    expect(after.decision!.rounds[0]!.votes.map((vote) => vote.participantId)).toEqual([ids.Bo, ids.Ann]);
    expect(events.map((event) => event.type === 'vote-recorded' && event.replaced)).toEqual([false, false, true]);
    // The event says who voted, never what: it may be logged or fanned out before the reveal.
    expect(JSON.stringify(events)).not.toMatch(/tell|"ask"/);
  });

  it('refuses a vote before the start, after the reveal, from a stranger, for a choice the node lacks, or of the wrong kind', () => {
    const { state: waiting, ids, context } = withParticipants(['Ann']);
    expect(refusal(waiting, choose(ids.Ann!, 'ask'), context)).toBe('not-voting');
    const state = play(waiting, context, { type: 'start' }).state;
    expect(refusal(state, choose('nobody', 'ask'), context)).toBe('unknown-participant');
    expect(refusal(state, choose(ids.Ann!, 'agree'), context)).toBe('unknown-choice');
    expect(refusal(state, pick(ids.Ann!, 'ask'), context)).toBe('answer-does-not-fit');
    const revealed = play(state, context, { type: 'reveal' }).state;
    expect(refusal(revealed, choose(ids.Ann!, 'ask'), context)).toBe('not-voting');
  });

  it('takes one option on a single-choice item and a set of options on a multiple-response item', () => {
    const { state, ids, context } = atQuiz();
    expect(state.position.step).toBe(STEP.single);
    expect(refusal(state, pick(ids.Ann!, 'z'), context)).toBe('unknown-choice');
    expect(refusal(state, tick(ids.Ann!, 'a'), context)).toBe('answer-does-not-fit');
    expect(refusal(state, { type: 'vote', participantId: ids.Ann!, choice: { kind: 'true-false', value: true } }, context)).toBe('answer-does-not-fit');
    const multi = play(state, context, pick(ids.Ann!, 'b'), { type: 'reveal' }, { type: 'next' }).state;
    expect(multi.position.step).toBe(STEP.multi);
    expect(refusal(multi, pick(ids.Ann!, 'a'), context)).toBe('answer-does-not-fit');
    expect(refusal(multi, tick(ids.Ann!, 'a', 'x'), context)).toBe('unknown-choice');
    expect(refusal(multi, tick(ids.Ann!), context)).toBe('invalid-command');
    // A set: the item's order, each option once, however it was sent.
    const voted = play(multi, context, tick(ids.Ann!, 'c', 'a', 'c')).state;
    expect(voted.decision!.rounds[0]!.votes[0]!.answer).toEqual({ kind: 'options', optionIds: ['a', 'c'] });
  });
});

describe('reveal', () => {
  it('counts every choice of the node, the unchosen at zero', () => {
    const { state, ids, context } = started();
    const { state: after, events } = play(state, context, choose(ids.Ann!, 'tell'), choose(ids.Bo!, 'tell'), { type: 'reveal' });
    expect(after.phase).toBe('revealed');
    expect(events.at(-1)).toEqual({
      type: 'revealed',
      step: 0,
      nodeId: 'start',
      results: { tally: { round: 1, voters: 2, counts: [{ key: 'ask', count: 0 }, { key: 'tell', count: 2 }] } },
    });
  });

  it('shows a quiz item’s right answer with the count, and how many got it exactly right', () => {
    const { state, ids, context } = atQuiz();
    const multi = play(state, context, { type: 'reveal' }, { type: 'next' }).state;
    const { events } = play(multi, context, tick(ids.Ann!, 'a', 'c'), tick(ids.Bo!, 'a'), tick(ids.Cy!, 'a', 'b', 'c'), { type: 'reveal' });
    expect(events.at(-1)).toMatchObject({
      type: 'revealed',
      results: {
        tally: { voters: 3, counts: [{ key: 'a', count: 3 }, { key: 'b', count: 1 }, { key: 'c', count: 2 }, { key: 'd', count: 0 }] },
        correct: ['a', 'c'],
        right: 1,
      },
    });
  });

  it('can hold a quiz item’s answer back, show it with a second reveal, and reveals nothing a third time', () => {
    const { state, ids, context } = atQuiz();
    const held = play(state, context, pick(ids.Ann!, 'b'), { type: 'reveal', withholdAnswer: true });
    expect(held.state.decision!.answerShown).toBe(false);
    expect(held.events.at(-1)).not.toHaveProperty('results.correct');
    const shown = play(held.state, context, { type: 'reveal' });
    expect(shown.state.decision!.answerShown).toBe(true);
    expect(shown.events).toMatchObject([{ type: 'revealed', results: { correct: ['b'], right: 1 } }]);
    expect(refusal(shown.state, { type: 'reveal' }, context)).toBe('already-revealed');
  });

  it('refuses before the start, a second time on a dialogue, at an ending and on a reflection', () => {
    const { state: waiting, context } = withParticipants(['Ann']);
    expect(refusal(waiting, { type: 'reveal' }, context)).toBe('not-started');
    const revealed = play(waiting, context, { type: 'start' }, { type: 'reveal' }).state;
    expect(refusal(revealed, { type: 'reveal' }, context)).toBe('already-revealed');
    const ended = play(revealed, context, { type: 'follow', choiceId: 'tell' }).state;
    expect(refusal(ended, { type: 'reveal' }, context)).toBe('not-voting');
    const reflection = play(ended, context, { type: 'next' }, { type: 'reveal' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }).state;
    expect(reflection.phase).toBe('writing');
    expect(refusal(reflection, { type: 'reveal' }, context)).toBe('not-voting');
  });
});

describe('revote', () => {
  it('opens a second round and, revealed, shows round 1 beside it and how the votes moved', () => {
    const { state, ids, context } = started();
    const round1 = play(state, context, choose(ids.Ann!, 'tell'), choose(ids.Bo!, 'tell'), choose(ids.Cy!, 'ask'), { type: 'reveal' }).state;
    const reopened = play(round1, context, { type: 'revote' });
    expect(reopened.state.phase).toBe('voting');
    expect(reopened.events).toEqual([{ type: 'revote-opened', step: 0, nodeId: 'start', round: 2 }]);
    expect(counts(reopened.state, context)).toEqual({ ask: 0, tell: 0 });
    // After discussing, Ann changes her mind, Bo stays, Cy sits it out.
    const { events } = play(reopened.state, context, choose(ids.Ann!, 'ask'), choose(ids.Bo!, 'tell'), { type: 'reveal' });
    expect(events.at(-1)).toMatchObject({
      results: {
        tally: { round: 2, voters: 2, counts: [{ key: 'ask', count: 1 }, { key: 'tell', count: 1 }] },
        previous: { round: 1, voters: 3, counts: [{ key: 'ask', count: 1 }, { key: 'tell', count: 2 }] },
        moves: [
          { from: ['ask'], to: [], count: 1 },
          { from: ['tell'], to: ['ask'], count: 1 },
          { from: ['tell'], to: ['tell'], count: 1 },
        ],
      },
    });
  });

  it('opens one re-vote per decision, only after a reveal', () => {
    const { state, context } = started();
    expect(refusal(state, { type: 'revote' }, context)).toBe('not-revealed');
    const twice = play(state, context, { type: 'reveal' }, { type: 'revote' }, { type: 'reveal' }).state;
    expect(refusal(twice, { type: 'revote' }, context)).toBe('already-revoted');
  });

  it('refuses a re-vote on a quiz item whose answer is on the screens, and allows one when it was held back', () => {
    const { state, context } = atQuiz();
    expect(refusal(play(state, context, { type: 'reveal' }).state, { type: 'revote' }, context)).toBe('answer-already-shown');
    expect(refusal(play(state, context, { type: 'reveal', withholdAnswer: true }).state, { type: 'revote' }, context)).toBe('accepted: revote-opened');
  });
});

describe('follow', () => {
  it('follows the majority by default to the next decision, which opens for a fresh round', () => {
    const { state, ids, context } = started();
    const { state: after, events } = play(state, context, choose(ids.Ann!, 'ask'), choose(ids.Bo!, 'ask'), choose(ids.Cy!, 'tell'), { type: 'reveal' }, { type: 'follow' });
    expect(events.at(-1)).toEqual({ type: 'moved', step: 0, from: 'start', to: 'listen', choiceId: 'ask', chosenBy: 'majority' });
    expect(after).toMatchObject({ phase: 'voting', position: { nodeId: 'listen', history: [{ nodeId: 'start', choiceId: 'ask' }] } });
    expect(after.decision).toMatchObject({ nodeId: 'listen', rounds: [{ round: 1, votes: [] }] });
    expect(after.log).toMatchObject([{ nodeId: 'start', closed: { by: 'follow', choiceId: 'ask', chosenBy: 'majority' }, rounds: [{ votes: [{}, {}, {}] }] }]);
  });

  it('breaks a tie by the order of the choices in the node, whatever order the votes came in', () => {
    const { state, ids, context } = started();
    const { events } = play(state, context, choose(ids.Ann!, 'tell'), choose(ids.Bo!, 'ask'), { type: 'reveal' }, { type: 'follow' });
    expect(events.at(-1)).toMatchObject({ type: 'moved', choiceId: 'ask', chosenBy: 'majority' });
  });

  it('follows the majority of the last round, not of the first', () => {
    const { state, ids, context } = started();
    const { events } = play(
      state,
      context,
      ...[choose(ids.Ann!, 'tell'), choose(ids.Bo!, 'tell'), { type: 'reveal' } as const, { type: 'revote' } as const],
      ...[choose(ids.Ann!, 'ask'), choose(ids.Bo!, 'ask'), { type: 'reveal' } as const, { type: 'follow' } as const],
    );
    expect(events.at(-1)).toMatchObject({ type: 'moved', choiceId: 'ask' });
  });

  it('follows the facilitator’s choice over the majority, and ends at an ending', () => {
    const { state, ids, context } = started();
    const { state: after, events } = play(state, context, choose(ids.Ann!, 'ask'), { type: 'reveal' }, { type: 'follow', choiceId: 'tell' });
    expect(events.at(-1)).toEqual({ type: 'moved', step: 0, from: 'start', to: 'cold', choiceId: 'tell', chosenBy: 'facilitator', ending: 'negative' });
    expect(after.phase).toBe('ended');
    expect(after.decision).toBeUndefined();
  });

  it('refuses before the reveal, a choice the node lacks, a majority of nobody, and a quiz item', () => {
    const { state, ids, context } = started();
    expect(refusal(state, { type: 'follow' }, context)).toBe('not-revealed');
    const revealed = play(state, context, { type: 'reveal' }).state;
    expect(refusal(revealed, { type: 'follow' }, context)).toBe('no-votes');
    expect(refusal(revealed, { type: 'follow', choiceId: 'agree' }, context)).toBe('unknown-choice');
    const quiz = atQuiz();
    expect(refusal(play(quiz.state, quiz.context, pick(ids.Ann!, 'b'), { type: 'reveal' }).state, { type: 'follow' }, quiz.context)).toBe('not-a-dialogue');
  });
});

describe('back', () => {
  it('returns to the previous decision with its votes cleared, keeping every round in the log', () => {
    const { state, ids, context } = started();
    const atListen = play(state, context, choose(ids.Ann!, 'ask'), { type: 'reveal' }, { type: 'follow' }, choose(ids.Bo!, 'later')).state;
    const { state: after, events } = play(atListen, context, { type: 'back' });
    expect(events).toEqual([{ type: 'went-back', step: 0, from: 'listen', to: 'start' }]);
    expect(after).toMatchObject({ phase: 'voting', position: { nodeId: 'start', history: [] } });
    expect(after.decision).toMatchObject({ nodeId: 'start', rounds: [{ round: 1, votes: [] }], answerShown: false });
    expect(after.log.map((decision) => [decision.nodeId, decision.closed.by, decision.rounds[0]!.votes.map((vote) => vote.answer)])).toEqual([
      ['start', 'follow', [{ kind: 'choice', choiceId: 'ask' }]],
      ['listen', 'back', [{ kind: 'choice', choiceId: 'later' }]],
    ]);
  });

  it('goes back from an ending to the decision that led there', () => {
    const { state, ids, context } = started();
    const ended = play(state, context, choose(ids.Ann!, 'tell'), { type: 'reveal' }, { type: 'follow' }).state;
    expect(ended.phase).toBe('ended');
    const { state: after } = play(ended, context, { type: 'back' });
    expect(after).toMatchObject({ phase: 'voting', position: { nodeId: 'start' }, decision: { rounds: [{ votes: [] }] } });
    expect(after.log).toHaveLength(1);
  });

  it('refuses at the dialogue’s first decision, outside a dialogue and before the start', () => {
    const { state, context } = started();
    expect(refusal(state, { type: 'back' }, context)).toBe('nothing-to-go-back-to');
    expect(refusal(atQuiz().state, { type: 'back' }, context)).toBe('nothing-to-go-back-to');
    expect(refusal(freshSession(context), { type: 'back' }, context)).toBe('not-started');
  });
});

describe('next', () => {
  it('moves from an ending to the next step, and from a revealed quiz item to the one after', () => {
    const { state, ids, context } = started();
    const ended = play(state, context, choose(ids.Ann!, 'tell'), { type: 'reveal' }, { type: 'follow' }).state;
    const { state: atSingle, events } = play(ended, context, { type: 'next' });
    expect(events).toEqual([
      { type: 'step-entered', step: STEP.single, planStep: { kind: 'quiz-item', activityId: 'check', itemId: 'q-single' }, phase: 'voting' },
    ]);
    expect(atSingle.position).toEqual({ step: STEP.single, history: [] });
    const atMulti = play(atSingle, context, pick(ids.Ann!, 'a'), { type: 'reveal' }, { type: 'next' }).state;
    expect(atMulti).toMatchObject({ phase: 'voting', position: { step: STEP.multi }, decision: { step: STEP.multi } });
    expect(atMulti.log.at(-1)).toMatchObject({ step: STEP.single, closed: { by: 'next' }, answerShown: true });
  });

  it('moves on from a reflection, and finishes after the last step', () => {
    const { state, context } = atQuiz();
    const moment = play(state, context, { type: 'reveal' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }).state;
    expect(moment).toMatchObject({ phase: 'writing', position: { step: STEP.moment } });
    const { state: finished, events } = play(moment, context, { type: 'next' }, { type: 'next' });
    expect(finished.phase).toBe('finished');
    expect(events.at(-1)).toEqual({ type: 'finished', by: 'next' });
    expect(refusal(finished, { type: 'next' }, context)).toBe('session-finished');
  });

  it('refuses while a decision is open or a dialogue is not at an ending', () => {
    const { state, context } = started();
    expect(refusal(state, { type: 'next' }, context)).toBe('not-ready-for-next');
    expect(refusal(play(state, context, { type: 'reveal' }).state, { type: 'next' }, context)).toBe('not-ready-for-next');
    expect(refusal(atQuiz().state, { type: 'next' }, context)).toBe('not-ready-for-next');
    expect(refusal(freshSession(context), { type: 'next' }, context)).toBe('not-started');
  });
});

/** The group at the first reflection prompt (its answers are at most 100 characters). */
function atReflection() {
  const { state, ids, context } = atQuiz();
  return { state: play(state, context, { type: 'reveal' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }).state, ids, context };
}

describe('submit', () => {
  it('adds an anonymous entry that waits for the facilitator', () => {
    const { state, ids, context } = atReflection();
    const { state: after, events } = play(state, context, { type: 'submit', participantId: ids.Ann!, text: '  I said it\r\nright away.  ' });
    const entry = after.wall[0]!;
    expect(entry).toEqual({ id: expect.any(String), step: STEP.moment, promptId: 'p-moment', text: 'I said it\nright away.', at: after.updatedAt, state: 'pending' });
    expect(events).toEqual([{ type: 'wall-entry-added', entryId: entry.id, step: STEP.moment, promptId: 'p-moment', text: entry.text }]);
    // Nothing ties it to Ann: not her id, nor her name, nor a lastSeenAt at the same instant.
    expect(JSON.stringify([after.wall, events])).not.toMatch(new RegExp(`${ids.Ann}|Ann`));
    expect(after.participants).toEqual(state.participants);
  });

  it('refuses outside a reflection, from a stranger, and an answer that is empty, too long or has control characters', () => {
    const { state, ids, context } = atReflection();
    const submit = (text: string, participantId = ids.Ann!) => refusal(state, { type: 'submit', participantId, text }, context);
    expect(refusal(atQuiz().state, { type: 'submit', participantId: ids.Ann!, text: 'Hi' }, context)).toBe('not-writing');
    expect(submit('Hi', 'nobody')).toBe('unknown-participant');
    expect(submit('   ')).toBe('invalid-command');
    expect(submit('x'.repeat(101))).toBe('text-too-long');
    expect(submit('x'.repeat(100))).toBe('accepted: wall-entry-added');
    expect(submit('bell\u0007')).toBe('invalid-command');
    const next = play(state, context, { type: 'next' }).state;
    expect(refusal(next, { type: 'submit', participantId: ids.Ann!, text: 'x'.repeat(501) }, context)).toBe('invalid-command');
  });
});

describe('moderate', () => {
  it('shows and hides entries, changing nothing when the entry is already so', () => {
    const { state, ids, context } = atReflection();
    const written = play(state, context, { type: 'submit', participantId: ids.Ann!, text: 'Mine' }).state;
    const entryId = written.wall[0]!.id;
    const shown = play(written, context, { type: 'moderate', entryId, state: 'shown' });
    expect(shown.state.wall[0]!.state).toBe('shown');
    expect(shown.events).toEqual([{ type: 'wall-entry-moderated', entryId, state: 'shown' }]);
    const again = apply(shown.state, { type: 'moderate', entryId, state: 'shown' }, context);
    expect(again).toEqual({ state: shown.state, events: [] });
    expect(refusal(written, { type: 'moderate', entryId: 'nope', state: 'hidden' }, context)).toBe('unknown-entry');
    expect(refusal(written, { type: 'moderate', entryId, state: 'pending' } as unknown as CommandInput, context)).toBe('invalid-command');
  });

  it('still hides an entry after the session has finished (for the export)', () => {
    const { state, ids, context } = atReflection();
    const finished = play(state, context, { type: 'submit', participantId: ids.Ann!, text: 'Mine' }, { type: 'end' }).state;
    expect(play(finished, context, { type: 'moderate', entryId: finished.wall[0]!.id, state: 'hidden' }).state.wall[0]!.state).toBe('hidden');
  });
});

describe('end', () => {
  it('finishes from anywhere, logging the open decision, and only once', () => {
    const { state, ids, context } = started();
    const { state: after, events } = play(state, context, choose(ids.Ann!, 'ask'), { type: 'end' });
    expect(after.phase).toBe('finished');
    expect(after.decision).toBeUndefined();
    expect(after.log).toMatchObject([{ nodeId: 'start', closed: { by: 'end' }, rounds: [{ votes: [{ participantId: ids.Ann }] }] }]);
    expect(events.at(-1)).toEqual({ type: 'finished', by: 'end' });
    expect(refusal(after, { type: 'end' }, context)).toBe('session-finished');
    expect(refusal(after, choose(ids.Ann!, 'ask'), context)).toBe('session-finished');
    expect(refusal(freshSession(context), { type: 'end' }, context)).toBe('accepted: finished');
  });
});
