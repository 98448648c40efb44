import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../course/schema/activities/quiz.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import { finalAssessmentFigures, findFinalAssessment } from './final-assessment-figures.ts';

const feedback = { correct: 'Yes.', incorrect: 'No.' };
/** A single-choice item the guesser gets right (`long`) or wrong (its correct option is the shortest). */
const item = (id: string, module: string, guessable: boolean): QuizItem => ({
  id, kind: 'single-choice', prompt: 'Which?', feedback, module, correct: 'a',
  options: [{ id: 'a', text: guessable ? 'The long and careful answer' : 'Short' }, { id: 'b', text: 'A middling one' }],
});

function course(options: { final?: boolean; items: QuizItem[]; draw?: number; stratify?: boolean; attempts?: number }): CourseData {
  const quiz = { id: 'final', type: 'quiz', title: 'Final', passMark: 75, attempts: options.final ? 0 : (options.attempts ?? 0), shuffle: true, feedback: 'item', weight: 1, optional: false, items: options.items, ...(options.draw ? { draw: options.draw } : {}), ...(options.stratify ? { stratify: 'module' } : {}) };
  return {
    locale: 'en',
    ...(options.final ? { finalAssessment: { activity: 'fin/final', attempts: options.attempts ?? 3, retryAfterHours: 24, reset: 'wait', opensAfter: 'modules' } } : {}),
    modules: [
      { id: 'a', activities: [] },
      { id: 'b', activities: [] },
      { id: 'fin', activities: [{ id: 'intro', type: 'page', weight: 0 }, quiz] },
    ],
  } as unknown as CourseData;
}

describe('finalAssessmentFigures', () => {
  const items = [item('a1', 'a', true), item('a2', 'a', true), item('a3', 'a', false), item('b1', 'b', true), item('b2', 'b', false), item('b3', 'b', false)];

  it('finds the quiz `finalAssessment` names, or else the only quiz that counts', () => {
    expect(findFinalAssessment(course({ final: true, items }))?.quiz.id).toBe('final');
    expect(findFinalAssessment(course({ items }))?.attempts).toBe(0);
  });

  it('counts the pool per course module and the guesser\'s expected score', () => {
    const f = finalAssessmentFigures(course({ final: true, items, draw: 4, stratify: true }))!;
    expect(f.perModule).toEqual([{ module: 'a', items: 3 }, { module: 'b', items: 3 }]);
    expect(f).toMatchObject({ module: 'fin', quiz: 'final', pool: 6, draw: 4, stratified: true, attempts: 3, guesserScore: 3, withoutModule: 0 });
    expect(f.drawAt).toEqual({ path: ['activities', 1, 'draw'] });
  });

  it('gives the exact chance to pass one attempt and within the attempts before a wait', () => {
    // Two items of each module per attempt; 75% needs 3 of 4 right, so both of a's guessable items and b's one.
    const f = finalAssessmentFigures(course({ final: true, items, draw: 4, stratify: true }))!;
    const bothA = 1 / 3; // a: 2 of 3 drawn, both right only when a3 stays out
    const oneB = 2 / 3; // b: 2 of 3 drawn, b1 among them
    expect(f.passPerAttempt).toBeCloseTo(bothA * oneB, 14);
    expect(f.passWithinAttempts).toBeCloseTo(1 - (1 - bothA * oneB) ** 3, 14);
  });
});
