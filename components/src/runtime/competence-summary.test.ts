import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../../course/schema/activities/quiz.ts';
import { competenceSummary } from './competence-summary.ts';

const feedback = { correct: 'yes', incorrect: 'no' };
const tf = (id: string, competence?: string): QuizItem => ({ id, kind: 'true-false', prompt: id, feedback, correct: true, ...(competence ? { competence } : {}) });
const items = [tf('a', 'listening'), tf('b', 'listening'), tf('c', 'planning'), tf('d', 'feedback'), tf('e')];

describe('competence summary', () => {
  it('counts right answers per competence, in the course order, over the drawn items only', () => {
    const attempt = {
      items: ['c', 'a', 'b', 'e'],
      answers: { a: { kind: 'true-false', value: true }, b: { kind: 'true-false', value: false }, c: { kind: 'true-false', value: true } } as const,
    };
    expect(competenceSummary({ items }, attempt, ['listening', 'planning', 'feedback'])).toEqual([
      { competence: 'listening', right: 1, total: 2 },
      { competence: 'planning', right: 1, total: 1 },
    ]);
  });
});
