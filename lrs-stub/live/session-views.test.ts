import { describe, expect, it } from 'vitest';
import { liveModule, play, STEP, withParticipants } from './live-module.test-support.ts';
import type { CommandInput } from './session-commands.ts';
import type { LiveSession } from './session-schema.ts';
import { facilitatorView, FacilitatorViewSchema, participantView, ParticipantViewSchema } from './session-views.ts';

const choose = (participantId: string, choiceId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'choice', choiceId } });
const pick = (participantId: string, optionId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'option', optionId } });

/** Ann, Bo and Cy (a name that looks like markup) in a started session at the first decision. */
function started() {
  const { state, ids, context } = withParticipants(['Ann', 'Bo', '<b>Cy</b>']);
  return { state: play(state, context, { type: 'start' }).state, ids, context };
}

/** The view, checked against its own strict schema: a field the schema does not know fails. */
function viewOf(state: LiveSession, participantId: string) {
  const view = participantView(state, participantId, liveModule);
  expect(view).toBeDefined();
  expect(ParticipantViewSchema.parse(view)).toEqual(view);
  return view!;
}

describe('participantView', () => {
  it('shows the decision and the participant’s own vote, but no one else’s name or vote and no count', () => {
    const { state, ids, context } = started();
    const voted = play(state, context, choose(ids.Ann!, 'ask'), choose(ids.Bo!, 'tell'), choose(ids['<b>Cy</b>']!, 'tell')).state;
    const view = viewOf(voted, ids.Ann!);
    expect(view).toMatchObject({
      phase: 'voting',
      me: { id: ids.Ann, displayName: 'Ann' },
      step: { index: 0, count: 5 },
      round: 1,
      myVote: { kind: 'choice', choiceId: 'ask' },
      content: {
        kind: 'dialogue',
        nodeId: 'start',
        lines: [{ speaker: 'noor', text: 'Sorry, the bus was late.' }],
        choices: [
          { id: 'ask', text: 'What happened?' },
          { id: 'tell', text: 'Third time this week.' },
        ],
      },
    });
    expect(view.results).toBeUndefined();
    const json = JSON.stringify(view);
    for (const leak of ['Bo', 'Cy', ids.Bo!, ids['<b>Cy</b>']!, 'tokenHash', 'voters', 'counts', 'tally']) expect(json, leak).not.toContain(leak);
    // The choices' quality, score, feedback and target would give the discussion away.
    for (const leak of ['quality', 'good', 'poor', 'feedback', 'Blame closes', 'listen']) expect(json, leak).not.toContain(leak);
  });

  it('shows the count after the reveal, and the re-vote’s movement, still without names', () => {
    const { state, ids, context } = started();
    const Cy = ids['<b>Cy</b>']!;
    const revealed = play(state, context, choose(ids.Ann!, 'tell'), choose(ids.Bo!, 'tell'), choose(Cy, 'ask'), { type: 'reveal' }).state;
    expect(viewOf(revealed, Cy).results).toEqual({ tally: { round: 1, voters: 3, counts: [{ key: 'ask', count: 1 }, { key: 'tell', count: 2 }] } });
    const revoting = play(revealed, context, { type: 'revote' }, choose(ids.Ann!, 'ask')).state;
    const duringRevote = viewOf(revoting, Cy);
    // Round 1's count stays off the phones while round 2 votes: it would pull votes to the crowd.
    expect(duringRevote).toMatchObject({ phase: 'voting', round: 2 });
    expect(duringRevote.results).toBeUndefined();
    expect(duringRevote.myVote).toBeUndefined();
    const after = viewOf(play(revoting, context, { type: 'reveal' }).state, Cy);
    expect(after.results).toMatchObject({ previous: { round: 1 }, tally: { round: 2, voters: 1 }, moves: [{ from: ['ask'], to: [], count: 1 }, { from: ['tell'], to: ['ask'], count: 1 }, { from: ['tell'], to: [], count: 1 }] });
    expect(JSON.stringify(after)).not.toMatch(/Ann|"Bo"/);
  });

  it('shows the followed choice’s feedback at the next node, and the debrief at an ending', () => {
    const { state, ids, context } = started();
    const atListen = play(state, context, choose(ids.Ann!, 'ask'), { type: 'reveal' }, { type: 'follow' }).state;
    expect(viewOf(atListen, ids.Bo!).content).toMatchObject({
      nodeId: 'listen',
      followed: { id: 'ask', text: 'What happened?', quality: 'good', feedback: 'Asking first opens the talk.' },
    });
    const ended = play(atListen, context, { type: 'reveal', withholdAnswer: false }, { type: 'follow', choiceId: 'later' }).state;
    expect(viewOf(ended, ids.Bo!)).toMatchObject({
      phase: 'ended',
      content: { nodeId: 'mixed-end', choices: [], followed: { id: 'later' }, ending: { outcome: 'mixed', title: 'Postponed', debrief: 'Nothing changed yet.' } },
    });
  });

  it('shows a late joiner the step on screen', () => {
    const { state, ids, context } = started();
    const atQuiz = play(state, context, choose(ids.Ann!, 'tell'), { type: 'reveal' }, { type: 'follow' }, { type: 'next' }).state;
    const joined = play(atQuiz, context, { type: 'join', displayName: 'Dee', tokenHash: 'a'.repeat(64) });
    const dee = joined.events[0]!.type === 'participant-joined' ? joined.events[0]!.participantId : '';
    expect(viewOf(joined.state, dee)).toMatchObject({
      phase: 'voting',
      step: { index: STEP.single, count: 5 },
      round: 1,
      content: { kind: 'quiz-item', itemId: 'q-single', itemKind: 'single-choice', prompt: 'Which comes first?', options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
    });
    expect(viewOf(joined.state, dee).myVote).toBeUndefined();
  });

  it('gives a quiz item’s answer and explanation only once the facilitator shows it', () => {
    const { state, ids, context } = started();
    const atQuiz = play(state, context, { type: 'reveal' }, { type: 'follow', choiceId: 'tell' }, { type: 'next' }, pick(ids.Ann!, 'a'), pick(ids.Bo!, 'b')).state;
    expect(JSON.stringify(viewOf(atQuiz, ids.Ann!))).not.toMatch(/correct|Right, because/);
    const held = play(atQuiz, context, { type: 'reveal', withholdAnswer: true }).state;
    const heldView = viewOf(held, ids.Ann!);
    expect(heldView.results).toMatchObject({ tally: { voters: 2 } });
    expect(JSON.stringify(heldView)).not.toMatch(/correct|Right, because/);
    const shown = play(held, context, { type: 'reveal' }).state;
    expect(viewOf(shown, ids.Ann!)).toMatchObject({
      myVote: { kind: 'option', optionId: 'a' },
      myVoteRight: false,
      results: { correct: ['b'], right: 1 },
      content: { explanation: { correct: 'Right, because B is how it works.', incorrect: 'Not quite: B is how it works.' } },
    });
    expect(viewOf(shown, ids.Bo!).myVoteRight).toBe(true);
    expect(viewOf(shown, ids['<b>Cy</b>']!).myVoteRight).toBeUndefined();
  });

  it('shows the wall of the prompt on screen with only the entries let through', () => {
    const { state, ids, context } = started();
    const atReflection = play(
      state,
      context,
      ...[{ type: 'reveal' }, { type: 'follow', choiceId: 'tell' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }] as CommandInput[],
      { type: 'submit', participantId: ids.Ann!, text: 'Shown' },
      { type: 'submit', participantId: ids.Bo!, text: 'Hidden' },
      { type: 'submit', participantId: ids.Bo!, text: 'Pending' },
    ).state;
    const [shown, hidden] = atReflection.wall;
    const moderated = play(atReflection, context, { type: 'moderate', entryId: shown!.id, state: 'shown' }, { type: 'moderate', entryId: hidden!.id, state: 'hidden' }).state;
    expect(viewOf(moderated, ids['<b>Cy</b>']!).content).toEqual({
      kind: 'reflection',
      activityId: 'looking-back',
      title: 'Looking back',
      promptId: 'p-moment',
      text: 'A moment you gave feedback.',
      hint: 'What did you say?',
      maxLength: 100,
      wall: [{ id: shown!.id, text: 'Shown' }],
    });
    // The next prompt has a wall of its own.
    expect(viewOf(play(moderated, context, { type: 'next' }).state, ids.Ann!).content).toMatchObject({ promptId: 'p-next', maxLength: 500, wall: [] });
  });

  it('shows no step in the waiting room or after the end, and nothing to a stranger', () => {
    const { state, ids, context } = withParticipants(['Ann']);
    expect(viewOf(state, ids.Ann!)).toEqual({ sessionId: 'session-1', locale: 'en', revision: state.revision, phase: 'waiting', me: { id: ids.Ann, displayName: 'Ann' }, step: { index: 0, count: 5 } });
    expect(viewOf(play(state, context, { type: 'start' }, { type: 'end' }).state, ids.Ann!).content).toBeUndefined();
    expect(participantView(state, 'nobody', liveModule)).toBeUndefined();
  });
});

describe('facilitatorView', () => {
  it('shows every name, who voted what and the live count before the reveal, but no token hash', () => {
    const { state, ids, context } = started();
    const voted = play(state, context, choose(ids.Ann!, 'tell'), choose(ids['<b>Cy</b>']!, 'tell')).state;
    const view = facilitatorView(voted, liveModule);
    expect(FacilitatorViewSchema.parse(view)).toEqual(view);
    expect(view.participants.map(({ displayName, voted }) => [displayName, voted])).toEqual([
      ['Ann', true],
      ['Bo', false],
      ['<b>Cy</b>', true],
    ]);
    expect(view.live).toEqual({ round: 1, voters: 2, counts: [{ key: 'ask', count: 0 }, { key: 'tell', count: 2 }] });
    expect(view.votes.map((vote) => [vote.participantId, vote.answer])).toEqual([
      [ids.Ann, { kind: 'choice', choiceId: 'tell' }],
      [ids['<b>Cy</b>'], { kind: 'choice', choiceId: 'tell' }],
    ]);
    expect(view.results).toBeUndefined();
    expect(view.content).toMatchObject({ kind: 'dialogue', node: { id: 'start', choices: [{ quality: 'good', score: 10, next: 'listen' }, { quality: 'poor' }] } });
    expect(JSON.stringify(view)).not.toContain('tokenHash');
    expect(JSON.stringify(view)).not.toContain(voted.participants[0]!.tokenHash);
  });

  it('shows pending and hidden wall entries too, for moderation', () => {
    const { state, ids, context } = started();
    const written = play(
      state,
      context,
      ...[{ type: 'reveal' }, { type: 'follow', choiceId: 'tell' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }] as CommandInput[],
      { type: 'submit', participantId: ids.Ann!, text: 'Waiting for you' },
    ).state;
    const view = facilitatorView(written, liveModule);
    expect(view.wall).toMatchObject([{ text: 'Waiting for you', state: 'pending' }]);
    expect(view.content).toMatchObject({ kind: 'reflection', prompt: { id: 'p-moment', maxLength: 100 } });
    expect(FacilitatorViewSchema.parse(view)).toEqual(view);
  });
});
