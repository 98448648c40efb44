/**
 * A small hand-made module for the live session tests, parsed with the course's own schema so it
 * is module data the loader could have built: a dialogue (start → two decisions → three endings),
 * a quiz with a single-choice, a multiple-response and an ordering item (the last never in a
 * plan), a final-assessment-style quiz (never in a plan either), a reflection with two prompts,
 * and a page (nothing to vote on). Plus a context with a clock and ids that tell steps apart.
 */
import { type ModuleData, ModuleDataSchema } from '../../course/schema/course-data.ts';
import { hashRejoinToken } from './rejoin-token.ts';
import type { CommandInput } from './session-commands.ts';
import type { LiveEvent } from './session-events.ts';
import { apply, type LiveContext, newSession } from './session-machine.ts';
import type { LiveSession } from './session-schema.ts';

const feedback = { correct: 'Right, because B is how it works.', incorrect: 'Not quite: B is how it works.' };

export const liveModule: ModuleData = ModuleDataSchema.parse({
  id: 'feedback',
  title: 'Feedback',
  summary: 'Giving feedback at work.',
  objectives: [{ id: 'give-feedback', text: 'Give feedback.', competences: ['coaching'] }],
  activities: [
    { id: 'intro', type: 'page', title: 'Intro', weight: 0, html: '<p>Hello</p>' },
    {
      id: 'late-again',
      type: 'dialogue',
      title: 'Late again',
      scene: 'Monday, 9:20, the shop floor.',
      weight: 0,
      cast: [
        { id: 'sam', name: 'Sam', role: 'mentor' },
        { id: 'noor', name: 'Noor', role: 'apprentice' },
      ],
      player: 'sam',
      start: 'start',
      nodes: [
        {
          id: 'start',
          lines: [{ speaker: 'noor', text: 'Sorry, the bus was late.' }],
          choices: [
            { id: 'ask', text: 'What happened?', quality: 'good', score: 10, feedback: 'Asking first opens the talk.', next: 'listen' },
            { id: 'tell', text: 'Third time this week.', quality: 'poor', score: 0, feedback: 'Blame closes the talk.', next: 'cold' },
          ],
        },
        {
          id: 'listen',
          lines: [{ speaker: 'noor', text: 'My little brother was ill.' }],
          choices: [
            { id: 'agree', text: 'Shall we agree on a plan?', quality: 'good', score: 10, feedback: 'A plan together sticks.', next: 'good-end' },
            { id: 'later', text: 'Let us talk later.', quality: 'acceptable', score: 5, feedback: 'Later often means never.', next: 'mixed-end' },
          ],
        },
        { id: 'good-end', ending: { outcome: 'positive', title: 'A plan', debrief: 'Noor knows what to do.' } },
        { id: 'mixed-end', ending: { outcome: 'mixed', title: 'Postponed', debrief: 'Nothing changed yet.' } },
        { id: 'cold', ending: { outcome: 'negative', title: 'Silence', debrief: 'Noor stops talking to you.' } },
      ],
    },
    {
      id: 'check',
      type: 'quiz',
      title: 'Check',
      passMark: 50,
      weight: 1,
      items: [
        {
          id: 'q-single',
          kind: 'single-choice',
          prompt: 'Which comes first?',
          feedback,
          options: [
            { id: 'a', text: 'A' },
            { id: 'b', text: 'B' },
            { id: 'c', text: 'C' },
          ],
          correct: 'b',
        },
        {
          id: 'q-multi',
          kind: 'multiple-response',
          prompt: 'Which help?',
          feedback,
          options: [
            { id: 'a', text: 'A' },
            { id: 'b', text: 'B' },
            { id: 'c', text: 'C' },
            { id: 'd', text: 'D' },
          ],
          correct: ['a', 'c'],
        },
        {
          id: 'q-order',
          kind: 'ordering',
          prompt: 'Put in order.',
          feedback,
          steps: [
            { id: 'one', text: 'One' },
            { id: 'two', text: 'Two' },
          ],
        },
      ],
    },
    {
      id: 'exam',
      type: 'quiz',
      title: 'Exam',
      passMark: 50,
      weight: 1,
      feedback: 'summary',
      items: [{ id: 'q-exam', kind: 'true-false', prompt: 'True?', feedback, correct: true }],
    },
    {
      id: 'looking-back',
      type: 'reflection',
      title: 'Looking back',
      weight: 0,
      prompts: [
        { id: 'p-moment', text: 'A moment you gave feedback.', hint: 'What did you say?', maxLength: 100 },
        { id: 'p-next', text: 'What will you try next?' },
      ],
    },
  ],
});

/** The plan `defaultPlan(liveModule)` gives, step by step. */
export const STEP = { dialogue: 0, single: 1, multi: 2, moment: 3, next: 4 } as const;

/** A clock one second further at every call, and ids numbered in the order asked for. */
export function testContext(module: ModuleData = liveModule): LiveContext {
  let seconds = 0;
  let ids = 0;
  return {
    now: () => new Date(Date.UTC(2026, 2, 2, 9, 0, seconds++)).toISOString(),
    newId: () => `id-${++ids}`,
    module,
  };
}

export function freshSession(context: LiveContext = testContext()): LiveSession {
  const made = newSession({ id: 'session-1', joinCode: 'KMP-7RX', facilitator: 'lotte', module: context.module, locale: 'en', now: context.now() });
  if ('error' in made) throw new Error(made.error.message);
  return made.state;
}

/** Applies commands one after another; a refusal fails the test with its code. */
export function play(state: LiveSession, context: LiveContext, ...commands: CommandInput[]): { state: LiveSession; events: LiveEvent[] } {
  const events: LiveEvent[] = [];
  for (const command of commands) {
    const applied = apply(state, command, context);
    if ('error' in applied) throw new Error(`${command.type}: ${applied.error.code}${applied.error.detail ? ` (${applied.error.detail})` : ''}`);
    state = applied.state;
    events.push(...applied.events);
  }
  return { state, events };
}

/** A session with participants joined (tokens `token-<name>`), ids in `ids` by name. */
export function withParticipants(names: string[], context: LiveContext = testContext()) {
  let state = freshSession(context);
  const ids: Record<string, string> = {};
  for (const name of names) {
    const applied = play(state, context, { type: 'join', displayName: name, tokenHash: hashRejoinToken(`token-${name}`) });
    state = applied.state;
    const joined = applied.events[0];
    if (joined?.type !== 'participant-joined') throw new Error('no join event');
    ids[name] = joined.participantId;
  }
  return { state, ids, context };
}
