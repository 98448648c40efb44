import { describe, expect, it } from 'vitest';
import { ActivitySchema } from './index.ts';

const feedback = { correct: 'Yes.', incorrect: 'No.' };
const parse = (activity: Record<string, unknown>) => ActivitySchema.parse({ id: 'a', title: 'A', ...activity });
const fails = (activity: Record<string, unknown>) => !ActivitySchema.safeParse({ id: 'a', title: 'A', ...activity }).success;

const choice = { id: 'c', text: 'Say it.', quality: 'good', score: 2, feedback: 'Why.', next: 'end' };
const dialogue = {
  type: 'dialogue',
  scene: 'A shop.',
  cast: [{ id: 'me', name: 'Me', role: 'mentor' }, { id: 'ann', name: 'Ann', role: 'apprentice' }],
  player: 'me',
  start: 'a',
  nodes: [{ id: 'a', choices: [choice, { ...choice, id: 'd' }] }, { id: 'end', ending: { outcome: 'positive', title: 'Done', debrief: 'Good.' } }],
};

describe('activity schemas', () => {
  it('defaults every activity to required with no weight of its own', () => {
    const page = parse({ type: 'page' });
    expect(page).toEqual({ id: 'a', title: 'A', type: 'page', optional: false });
  });

  it('dialogue: lines default to none; cast, nodes and scores are bounded', () => {
    const parsed = parse(dialogue) as { nodes: { lines: unknown[] }[] };
    expect(parsed.nodes[0]!.lines).toEqual([]);
    expect(fails({ ...dialogue, cast: [dialogue.cast[0]] })).toBe(true);
    expect(fails({ ...dialogue, nodes: [dialogue.nodes[0]] })).toBe(true);
    expect(fails({ ...dialogue, nodes: [{ id: 'a', choices: [{ ...choice, score: 11 }] }, dialogue.nodes[1]] })).toBe(true);
    expect(fails({ ...dialogue, cast: [{ id: 'me', name: 'Me', role: 'boss' }, dialogue.cast[1]] })).toBe(true);
  });

  it('quiz: unlimited attempts and shuffling by default; items by kind with their own defaults', () => {
    const quiz = parse({ type: 'quiz', passMark: 80, items: [{ id: 'w', kind: 'fill-in', prompt: 'Word?', accept: ['see'], feedback }] });
    expect(quiz).toMatchObject({ attempts: 0, shuffle: true, items: [{ caseSensitive: false, maxLength: 60 }] });
    expect(fails({ type: 'quiz', passMark: 80, items: [{ id: 'w', kind: 'essay', prompt: 'Why?', feedback }] })).toBe(true);
    expect(fails({ type: 'quiz', passMark: 80, items: [{ id: 't', kind: 'true-false', prompt: 'True?', correct: 'yes', feedback }] })).toBe(true);
    expect(fails({ type: 'quiz', passMark: 80, items: [{ id: 'm', kind: 'multiple-response', prompt: 'Which?', options: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }], correct: [], feedback }] })).toBe(true);
  });

  it('feedback exercise: write tasks default to 600 characters; sorting has 2-5 categories', () => {
    const base = {
      type: 'feedback-exercise',
      situation: 'S.',
      sample: { title: 'T', text: 'Work.' },
      rubric: { prompt: 'Rate.', levels: [{ id: 'lo', label: 'Lo' }, { id: 'hi', label: 'Hi' }], criteria: [{ id: 'c', text: 'C' }] },
      model: 'M.',
    };
    expect(parse({ ...base, write: { prompt: 'Write.' } })).toMatchObject({ write: { maxLength: 600 } });
    const statements = [{ id: 's', text: 'S', category: 'x', explanation: 'E' }, { id: 't', text: 'T', category: 'x', explanation: 'E' }];
    expect(fails({ ...base, sort: { prompt: 'Sort.', categories: [{ id: 'x', label: 'X' }], statements } })).toBe(true);
  });

  it('reflection: answers default to 500 characters and stay within 20-4000', () => {
    expect(parse({ type: 'reflection', prompts: [{ id: 'p', text: 'Why?' }] })).toMatchObject({ prompts: [{ maxLength: 500 }] });
    expect(fails({ type: 'reflection', prompts: [{ id: 'p', text: 'Why?', maxLength: 10 }] })).toBe(true);
    expect(fails({ type: 'reflection', prompts: [] })).toBe(true);
  });

  it('certificate: heading, statement and issuer are all required', () => {
    expect(parse({ type: 'certificate', heading: 'H', statement: 'S', issuer: 'I' })).toMatchObject({ type: 'certificate' });
    expect(fails({ type: 'certificate', heading: 'H', statement: 'S' })).toBe(true);
  });
});
