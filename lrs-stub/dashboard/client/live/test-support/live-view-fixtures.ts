/**
 * Views as the server sends them, for the live screens' element tests: one per state a phone or
 * the projector can be in, each parsed with the contract's own strict schemas
 * (session-views.ts), so a fixture the server could never send fails here, not in a test.
 * The session is session-views.test.ts's: "Late again" (a dialogue), a quiz, a reflection.
 */
import { type ParticipantView, ParticipantViewSchema, type RoomView, RoomViewSchema } from '../../../../live/session-views.ts';
import type { Results } from '../../../../live/tally.ts';

export type Content = NonNullable<ParticipantView['content']>;
export type DialogueContent = Extract<Content, { kind: 'dialogue' }>;
export type QuizContent = Extract<Content, { kind: 'quiz-item' }>;
export type ReflectionContent = Extract<Content, { kind: 'reflection' }>;

export const SESSION_ID = '3f2c9a1e-5b7d-4c8e-9f00-1234567890ab';

export const dialogueAtStart: DialogueContent = {
  kind: 'dialogue',
  activityId: 'late-again',
  title: 'Late again',
  scene: 'Monday, 9:20, the shop floor. Noor comes in late for the third time this week.',
  cast: [
    { id: 'sam', name: 'Sam', role: 'mentor' },
    { id: 'noor', name: 'Noor', role: 'apprentice' },
  ],
  player: 'sam',
  nodeId: 'start',
  lines: [{ speaker: 'noor', text: 'Sorry, the bus was late.' }],
  choices: [
    { id: 'ask', text: 'Ask what happened' },
    { id: 'tell', text: 'Third time this week.' },
    { id: 'later', text: 'Let’s talk at the break.' },
  ],
};

export const dialogueAfterFollow: DialogueContent = {
  ...dialogueAtStart,
  nodeId: 'listen',
  lines: [{ speaker: 'noor', text: 'My little brother was ill and I had to take him to school.' }],
  choices: [
    { id: 'plan', text: 'What could help you be on time?' },
    { id: 'rule', text: 'Rules are rules.' },
  ],
  followed: { id: 'ask', text: 'Ask what happened', quality: 'good', feedback: 'Asking first opens the talk.' },
};

export const dialogueEnding: DialogueContent = {
  ...dialogueAtStart,
  nodeId: 'good-end',
  lines: [{ speaker: 'noor', text: 'Thanks. I will set an earlier alarm.' }],
  choices: [],
  followed: { id: 'plan', text: 'What could help you be on time?', quality: 'good', feedback: 'A question invites a plan of her own.' },
  ending: { outcome: 'positive', title: 'A plan together', debrief: 'Noor made her own plan, so she is more likely to keep it.' },
};

const item = { kind: 'quiz-item' as const, activityId: 'feedback-quiz', title: 'Feedback quiz' };

export const singleChoice: QuizContent = {
  ...item,
  itemId: 'q-single',
  itemKind: 'single-choice',
  prompt: 'Which comes first in feedback?',
  options: [
    { id: 'a', text: 'Your opinion' },
    { id: 'b', text: 'What you saw' },
    { id: 'c', text: 'A solution' },
  ],
};

export const multipleResponse: QuizContent = {
  ...item,
  itemId: 'q-multi',
  itemKind: 'multiple-response',
  prompt: 'Which make feedback useful?',
  options: [
    { id: 'a', text: 'Specific' },
    { id: 'b', text: 'Soon after' },
    { id: 'c', text: 'In front of the team' },
    { id: 'd', text: 'About behaviour' },
  ],
};

export const trueFalse: QuizContent = { ...item, itemId: 'q-tf', itemKind: 'true-false', prompt: 'Feedback should wait for the yearly review.', options: [] };

export const reflection: ReflectionContent = {
  kind: 'reflection',
  activityId: 'looking-back',
  title: 'Looking back',
  promptId: 'p-moment',
  text: 'A moment you gave feedback that worked.',
  hint: 'What did you say, and what happened next?',
  maxLength: 200,
  wall: [
    { id: 'w-1', text: 'I asked first and listened.' },
    { id: 'w-2', text: 'Short and on the spot.\nIt worked.' },
  ],
};

/** Round 1: 12 voters; after the re-vote round 2: 12 voters, some moved. */
export const revoteResults: Results = {
  tally: {
    round: 2,
    voters: 12,
    counts: [
      { key: 'ask', count: 8 },
      { key: 'tell', count: 3 },
      { key: 'later', count: 1 },
    ],
  },
  previous: {
    round: 1,
    voters: 12,
    counts: [
      { key: 'ask', count: 5 },
      { key: 'tell', count: 6 },
      { key: 'later', count: 1 },
    ],
  },
  moves: [
    { from: ['ask'], to: ['ask'], count: 5 },
    { from: ['tell'], to: ['ask'], count: 3 },
    { from: ['tell'], to: ['tell'], count: 3 },
    { from: ['later'], to: [], count: 1 },
  ],
};

export const singleChoiceResults: Results = {
  tally: {
    round: 1,
    voters: 10,
    counts: [
      { key: 'a', count: 3 },
      { key: 'b', count: 6 },
      { key: 'c', count: 1 },
    ],
  },
  correct: ['b'],
  right: 6,
};

const base = { sessionId: SESSION_ID, locale: 'en' as const, revision: 7, step: { index: 0, count: 5 } };

/** A phone's view (Ann's), checked against the contract. */
export function participantView(view: Partial<ParticipantView> & Pick<ParticipantView, 'phase'>): ParticipantView {
  return ParticipantViewSchema.parse({ ...base, me: { id: 'p-ann', displayName: 'Ann' }, ...view });
}

export const PARTICIPANT = {
  waiting: () => participantView({ phase: 'waiting' }),
  dialogue: () => participantView({ phase: 'voting', content: dialogueAtStart, round: 1 }),
  dialogueVoted: () => participantView({ phase: 'voting', content: dialogueAtStart, round: 1, myVote: { kind: 'choice', choiceId: 'tell' } }),
  dialogueRevote: () => participantView({ phase: 'voting', content: dialogueAtStart, round: 2 }),
  dialogueRevealed: () => participantView({ phase: 'revealed', content: dialogueAtStart, round: 2, myVote: { kind: 'choice', choiceId: 'ask' }, results: revoteResults }),
  dialogueFollowed: () => participantView({ phase: 'voting', content: dialogueAfterFollow, round: 1 }),
  dialogueEnded: () => participantView({ phase: 'ended', content: dialogueEnding }),
  single: () => participantView({ phase: 'voting', content: singleChoice, round: 1, step: { index: 1, count: 5 } }),
  multiple: () => participantView({ phase: 'voting', content: multipleResponse, round: 1, step: { index: 2, count: 5 } }),
  trueFalse: () => participantView({ phase: 'voting', content: trueFalse, round: 1, step: { index: 3, count: 5 } }),
  singleRevealed: () =>
    participantView({
      phase: 'revealed',
      content: { ...singleChoice, explanation: { correct: 'Right: start with what you saw.', incorrect: 'Not quite: start with what you saw.' } },
      round: 1,
      step: { index: 1, count: 5 },
      myVote: { kind: 'option', optionId: 'a' },
      myVoteRight: false,
      results: singleChoiceResults,
    }),
  reflection: () => participantView({ phase: 'writing', content: reflection, step: { index: 4, count: 5 } }),
  finished: () => participantView({ phase: 'finished', step: { index: 4, count: 5 } }),
};

/** The projector's view, checked against the contract. */
export function roomView(view: Partial<RoomView> & Pick<RoomView, 'phase'>): RoomView {
  return RoomViewSchema.parse({ ...base, joinCode: 'KMP-7RX', participants: ['Ann', 'Bo', 'Cy'], voted: 0, ...view });
}

export const ROOM = {
  waiting: () => roomView({ phase: 'waiting' }),
  empty: () => roomView({ phase: 'waiting', participants: [] }),
  dialogue: () => roomView({ phase: 'voting', content: dialogueAtStart, round: 1, voted: 2 }),
  dialogueFollowed: () => roomView({ phase: 'voting', content: dialogueAfterFollow, round: 1, voted: 0 }),
  dialogueRevealed: () => roomView({ phase: 'revealed', content: dialogueAtStart, round: 2, voted: 12, participants: names(12), results: revoteResults }),
  dialogueEnded: () => roomView({ phase: 'ended', content: dialogueEnding }),
  single: () => roomView({ phase: 'voting', content: singleChoice, round: 1, voted: 1, step: { index: 1, count: 5 } }),
  trueFalse: () => roomView({ phase: 'voting', content: trueFalse, round: 1, voted: 3, step: { index: 3, count: 5 } }),
  singleRevealed: () =>
    roomView({
      phase: 'revealed',
      content: { ...singleChoice, explanation: { correct: 'Right: start with what you saw.', incorrect: 'Not quite: start with what you saw.' } },
      round: 1,
      voted: 10,
      participants: names(10),
      results: singleChoiceResults,
    }),
  reflection: () => roomView({ phase: 'writing', content: reflection, step: { index: 4, count: 5 } }),
  finished: () => roomView({ phase: 'finished', step: { index: 4, count: 5 } }),
};

/** A room of `count` people with ordinary names. */
export function names(count: number): string[] {
  const first = ['Ann', 'Bo', 'Cy', 'Dee', 'Eli', 'Fatma', 'Gert', 'Hanne', 'Ivo', 'Jana', 'Kari', 'Lotte', 'Mo', 'Nils', 'Ole', 'Pia'];
  return Array.from({ length: count }, (_, index) => first[index % first.length]! + (index >= first.length ? ` ${index}` : ''));
}
