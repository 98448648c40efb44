/**
 * Fixture answers of the live-session API and facilitator views in every phase, for the
 * facilitator's screens' tests: the module is lrs-stub/live/live-module.test-support.ts's
 * (a dialogue, two quiz items, two reflection prompts), rebuilt here by hand because that
 * file's helpers need Node's crypto. Each is parsed with its contract schema, so a fixture
 * cannot drift from what the server may send. One participant's name and one wall answer are
 * markup, to prove they arrive as text.
 */
import { CatalogSchema, FacilitatorScreenSchema, SessionListSchema, type FacilitatorScreen } from '../api/live-api.ts';
import { FacilitatorViewSchema, type FacilitatorView } from '../../../live/session-views.ts';
import { XSS } from './xss-corpus.ts';

export const SESSION_ID = 'session-1';
export const XSS_NAME = XSS.img;
export const XSS_ANSWER = XSS.script;

export const liveCatalog = CatalogSchema.parse({
  locales: ['en', 'nl', 'nb'],
  modules: [
    {
      id: 'feedback',
      byLocale: {
        en: { title: 'Giving and asking for feedback', steps: 5 },
        nl: { title: 'Feedback geven en vragen', steps: 5 },
        nb: { title: 'Å gi og be om tilbakemelding', steps: 5 },
      },
    },
    {
      id: 'being-a-mentor',
      byLocale: {
        nl: { title: 'Mentor zijn', steps: 3 },
        en: { title: 'Being a mentor', steps: 3 },
      },
    },
    { id: 'safety-first', byLocale: { nb: { title: 'Sikkerhet først', steps: 2 } } },
  ],
});

export const liveSessionList = SessionListSchema.parse({
  sessions: [
    { id: 'session-2', joinCode: 'QW4-ZP9', moduleId: 'being-a-mentor', title: 'Mentor zijn', locale: 'nl', phase: 'voting', participants: 14, createdAt: '2026-03-03T08:30:00.000Z', updatedAt: '2026-03-03T08:41:00.000Z' },
    { id: SESSION_ID, joinCode: 'KMP-7RX', moduleId: 'feedback', title: 'Giving and asking for feedback', locale: 'en', phase: 'finished', participants: 3, createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T10:20:00.000Z' },
  ],
  retentionHours: 168,
});

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString();

const PLAN = [
  { kind: 'dialogue', activityId: 'late-again' },
  { kind: 'quiz-item', activityId: 'check', itemId: 'q-single' },
  { kind: 'quiz-item', activityId: 'check', itemId: 'q-multi' },
  { kind: 'reflection', activityId: 'looking-back', promptId: 'p-moment' },
  { kind: 'reflection', activityId: 'looking-back', promptId: 'p-next' },
] as const;

/** The scene and its people, as the facilitator's dialogue content carries them (lines name speakers by id). */
const DIALOGUE_SETTING = {
  scene: 'Monday, 9:20, the shop floor.',
  cast: [
    { id: 'sam', name: 'Sam', role: 'mentor' as const },
    { id: 'noor', name: 'Noor', role: 'apprentice' as const },
  ],
  player: 'sam',
};

export const PARTICIPANTS = { ann: 'p-ann', bo: 'p-bo', xss: 'p-xss' } as const;

const participants = (voted: readonly string[] = []) =>
  [
    { id: PARTICIPANTS.ann, displayName: 'Ann' },
    { id: PARTICIPANTS.bo, displayName: 'Bo' },
    { id: PARTICIPANTS.xss, displayName: XSS_NAME },
  ].map((person, index) => ({ ...person, joinedAt: at(index), lastSeenAt: at(index), voted: voted.includes(person.id) }));

const base = {
  sessionId: SESSION_ID,
  joinCode: 'KMP-7RX',
  facilitator: 'ines.coordinator',
  moduleId: 'feedback',
  locale: 'en',
  createdAt: at(0),
  updatedAt: at(1),
  plan: PLAN,
  votes: [],
  wall: [],
};

const START_NODE = {
  id: 'start',
  lines: [{ speaker: 'noor', text: 'Sorry, the bus was late.' }],
  choices: [
    { id: 'ask', text: 'What happened?', quality: 'good', score: 10, feedback: 'Asking first opens the talk.', next: 'listen' },
    { id: 'tell', text: 'Third time this week.', quality: 'poor', score: 0, feedback: 'Blame closes the talk.', next: 'cold' },
  ],
};
const LISTEN_NODE = {
  id: 'listen',
  lines: [{ speaker: 'noor', text: 'My little brother was ill.' }],
  choices: [
    { id: 'agree', text: 'Shall we agree on a plan?', quality: 'good', score: 10, feedback: 'A plan together sticks.', next: 'good-end' },
    { id: 'later', text: 'Let us talk later.', quality: 'acceptable', score: 5, feedback: 'Later often means never.', next: 'mixed-end' },
  ],
};
const feedback = { correct: 'Right, because B is how it works.', incorrect: 'Not quite: B is how it works.' };
const SINGLE = {
  id: 'q-single',
  kind: 'single-choice',
  prompt: 'Which comes first?',
  feedback,
  options: [
    { id: 'a', text: 'Ask' },
    { id: 'b', text: 'Listen' },
    { id: 'c', text: 'Tell' },
  ],
  correct: 'b',
};

const vote = (participantId: string, answer: object, minute = 5) => ({ participantId, answer, at: at(minute) });
const tally = (round: 1 | 2, voters: number, counts: Record<string, number>) => ({ round, voters, counts: Object.entries(counts).map(([key, count]) => ({ key, count })) });

const views = {
  waiting: { ...base, revision: 3, phase: 'waiting', step: { index: 0, count: 5 }, position: { step: 0, history: [] }, participants: participants() },
  dialogueVoting: {
    ...base,
    revision: 6,
    phase: 'voting',
    step: { index: 0, count: 5 },
    position: { step: 0, nodeId: 'start', history: [] },
    participants: participants([PARTICIPANTS.ann, PARTICIPANTS.bo]),
    content: { kind: 'dialogue', activityId: 'late-again', title: 'Late again', ...DIALOGUE_SETTING, node: START_NODE },
    round: 1,
    votes: [vote(PARTICIPANTS.ann, { kind: 'choice', choiceId: 'ask' }), vote(PARTICIPANTS.bo, { kind: 'choice', choiceId: 'tell' })],
    live: tally(1, 2, { ask: 1, tell: 1 }),
    answerShown: false,
  },
  dialogueRevealed: {
    ...base,
    revision: 8,
    phase: 'revealed',
    step: { index: 0, count: 5 },
    position: { step: 0, nodeId: 'start', history: [] },
    participants: participants([PARTICIPANTS.ann, PARTICIPANTS.bo, PARTICIPANTS.xss]),
    content: { kind: 'dialogue', activityId: 'late-again', title: 'Late again', ...DIALOGUE_SETTING, node: START_NODE },
    round: 1,
    votes: [],
    live: tally(1, 3, { ask: 1, tell: 2 }),
    answerShown: false,
    results: { tally: tally(1, 3, { ask: 1, tell: 2 }) },
  },
  dialogueNobodyVoted: {
    ...base,
    revision: 8,
    phase: 'revealed',
    step: { index: 0, count: 5 },
    position: { step: 0, nodeId: 'start', history: [] },
    participants: participants(),
    content: { kind: 'dialogue', activityId: 'late-again', title: 'Late again', ...DIALOGUE_SETTING, node: START_NODE },
    round: 1,
    live: tally(1, 0, { ask: 0, tell: 0 }),
    answerShown: false,
    results: { tally: tally(1, 0, { ask: 0, tell: 0 }) },
  },
  dialogueSecondDecision: {
    ...base,
    revision: 10,
    phase: 'voting',
    step: { index: 0, count: 5 },
    position: { step: 0, nodeId: 'listen', history: [{ nodeId: 'start', choiceId: 'ask' }] },
    participants: participants(),
    content: { kind: 'dialogue', activityId: 'late-again', title: 'Late again', ...DIALOGUE_SETTING, node: LISTEN_NODE, followed: START_NODE.choices[0] },
    round: 1,
    live: tally(1, 0, { agree: 0, later: 0 }),
    answerShown: false,
  },
  dialogueEnded: {
    ...base,
    revision: 13,
    phase: 'ended',
    step: { index: 0, count: 5 },
    position: { step: 0, nodeId: 'good-end', history: [{ nodeId: 'start', choiceId: 'ask' }, { nodeId: 'listen', choiceId: 'agree' }] },
    participants: participants(),
    content: {
      kind: 'dialogue',
      activityId: 'late-again',
      title: 'Late again',
      ...DIALOGUE_SETTING,
      node: { id: 'good-end', lines: [], ending: { outcome: 'positive', title: 'A plan', debrief: 'Noor knows what to do.' } },
      followed: LISTEN_NODE.choices[0],
    },
  },
  quizVoting: {
    ...base,
    revision: 15,
    phase: 'voting',
    step: { index: 1, count: 5 },
    position: { step: 1, history: [] },
    participants: participants([PARTICIPANTS.ann]),
    content: { kind: 'quiz-item', activityId: 'check', title: 'Check', item: SINGLE },
    round: 1,
    votes: [vote(PARTICIPANTS.ann, { kind: 'option', optionId: 'b' })],
    live: tally(1, 1, { a: 0, b: 1, c: 0 }),
    answerShown: false,
  },
  quizWithheld: {
    ...base,
    revision: 17,
    phase: 'revealed',
    step: { index: 1, count: 5 },
    position: { step: 1, history: [] },
    participants: participants([PARTICIPANTS.ann, PARTICIPANTS.bo, PARTICIPANTS.xss]),
    content: { kind: 'quiz-item', activityId: 'check', title: 'Check', item: SINGLE },
    round: 1,
    live: tally(1, 3, { a: 2, b: 1, c: 0 }),
    answerShown: false,
    results: { tally: tally(1, 3, { a: 2, b: 1, c: 0 }) },
  },
  quizRevoteShown: {
    ...base,
    revision: 21,
    phase: 'revealed',
    step: { index: 1, count: 5 },
    position: { step: 1, history: [] },
    participants: participants([PARTICIPANTS.ann, PARTICIPANTS.bo, PARTICIPANTS.xss]),
    content: { kind: 'quiz-item', activityId: 'check', title: 'Check', item: SINGLE },
    round: 2,
    live: tally(2, 3, { a: 0, b: 3, c: 0 }),
    answerShown: true,
    results: {
      tally: tally(2, 3, { a: 0, b: 3, c: 0 }),
      previous: tally(1, 3, { a: 2, b: 1, c: 0 }),
      moves: [
        { from: ['a'], to: ['b'], count: 2 },
        { from: ['b'], to: ['b'], count: 1 },
      ],
      correct: ['b'],
      right: 3,
    },
  },
  reflectionWriting: {
    ...base,
    revision: 30,
    phase: 'writing',
    step: { index: 4, count: 5 },
    position: { step: 4, history: [] },
    participants: participants(),
    content: { kind: 'reflection', activityId: 'looking-back', title: 'Looking back', prompt: { id: 'p-next', text: 'What will you try next?', maxLength: 500 } },
    wall: [
      { id: 'w-old', step: 3, promptId: 'p-moment', text: 'An earlier prompt’s answer.', at: at(20), state: 'shown' },
      { id: 'w-1', step: 4, promptId: 'p-next', text: 'Ask before I tell.', at: at(21), state: 'pending' },
      { id: 'w-2', step: 4, promptId: 'p-next', text: XSS_ANSWER, at: at(22), state: 'pending' },
      { id: 'w-3', step: 4, promptId: 'p-next', text: 'Agree on a plan together.', at: at(23), state: 'shown' },
      { id: 'w-4', step: 4, promptId: 'p-next', text: 'Something rude.', at: at(24), state: 'hidden' },
    ],
  },
  finished: { ...base, revision: 40, phase: 'finished', step: { index: 4, count: 5 }, position: { step: 4, history: [] }, participants: participants() },
} as const;

export type LiveViewName = keyof typeof views;

/** A facilitator view by name, parsed with the contract's strict schema. */
export const liveView = (name: LiveViewName): FacilitatorView => FacilitatorViewSchema.parse(structuredClone(views[name]));

export const LIVE_VIEW_NAMES = Object.keys(views) as LiveViewName[];

const notes = {
  minutes: 90,
  questions: ['When did feedback last change how you work?', 'What makes asking first hard on a busy day?'],
  watchFor: ['Participants who only tell, never ask.', 'Silence after the reveal: give it a minute.'],
  sessionPlan: [
    { minutes: 30, step: 'Play the dialogue together.' },
    { minutes: 60, step: 'Discuss and reflect.' },
  ],
  sources: [
    { title: 'Feedback research summary', url: 'https://example.org/feedback' },
    { title: 'Not a web address', url: 'javascript:window.__xss=6' },
  ],
};

/** The console's screen answer around the view named. */
export const liveScreen = (name: LiveViewName = 'waiting', withNotes = true): FacilitatorScreen =>
  FacilitatorScreenSchema.parse({
    view: liveView(name),
    joinUrl: 'http://localhost:8080/live?code=KMP-7RX',
    moduleTitle: 'Giving and asking for feedback',
    ...(withNotes ? { notes } : {}),
    deleteAfter: '2026-03-09T09:00:00.000Z',
  });
