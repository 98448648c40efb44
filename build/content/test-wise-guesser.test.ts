import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../course/schema/activities/quiz.ts';
import { guesserChance } from './test-wise-guesser.ts';

const feedback = { correct: 'Yes.', incorrect: 'No.' };
const single = (correct: string, ...texts: string[]): QuizItem => ({
  id: 'q', kind: 'single-choice', prompt: 'Which?', feedback, correct,
  options: texts.map((text, i) => ({ id: `o${i}`, text })),
});
const multiple = (correct: string[], ...texts: string[]): QuizItem => ({
  id: 'q', kind: 'multiple-response', prompt: 'Which?', feedback, correct,
  options: texts.map((text, i) => ({ id: `o${i}`, text })),
});
const trueFalse = (prompt: string, correct: boolean): QuizItem => ({ id: 'q', kind: 'true-false', prompt, feedback, correct });

describe('the test-wise guesser', () => {
  it('picks the longest single-choice option, and among equally long ones any', () => {
    expect(guesserChance(single('o1', 'Short', 'The long, careful answer'), 'en')).toBe(1);
    expect(guesserChance(single('o0', 'Short', 'The long, careful answer'), 'en')).toBe(0);
    expect(guesserChance(single('o0', 'Same', 'Size', 'No'), 'en')).toBe(0.5);
  });

  it('ticks every multiple-response option but the shortest', () => {
    expect(guesserChance(multiple(['o0', 'o1', 'o2'], 'Tour the site', 'Safety rules', 'Colleagues', 'Solo'), 'en')).toBe(1);
    expect(guesserChance(multiple(['o0', 'o3'], 'Tour the site', 'Safety rules', 'Colleagues', 'Solo'), 'en')).toBe(0);
    // Two shortest: it drops one of them at random, and only dropping the wrong one is right.
    expect(guesserChance(multiple(['o0', 'o1'], 'A long option', 'Another long', 'Brief', 'Short'), 'en')).toBe(0);
    expect(guesserChance(multiple(['o0', 'o1', 'o2'], 'A long option', 'Another long', 'Abcde', 'Short'), 'en')).toBe(0.5);
  });

  it('answers true/false by absolute words in the learner\'s language', () => {
    expect(guesserChance(trueFalse('A mentor always knows best.', false), 'en')).toBe(1);
    expect(guesserChance(trueFalse('Feedback works best soon after the task.', true), 'en')).toBe(1);
    expect(guesserChance(trueFalse('Feedback works best soon after the task.', false), 'en')).toBe(0);
    expect(guesserChance(trueFalse('Een mentor weet het altijd beter.', false), 'nl')).toBe(1);
  });

  it('cannot guess matching, ordering or fill-in', () => {
    expect(guesserChance({ id: 'q', kind: 'fill-in', prompt: 'A ___', feedback, accept: ['plan'], caseSensitive: false, maxLength: 60 }, 'en')).toBe(0);
    expect(guesserChance({ id: 'q', kind: 'ordering', prompt: 'Order', feedback, steps: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] }, 'en')).toBe(0);
  });
});
