import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../course/schema/activities/quiz.ts';
import type { ModuleData } from '../../course/schema/course-data.ts';
import { distinctCorrectCounts, quizCues } from './quiz-cues.ts';
import { sortingFigures } from './sorting-figures.ts';

const feedback = { correct: 'Yes.', incorrect: 'No.' };
const quizModule = (items: QuizItem[]): ModuleData =>
  ({ id: 'm', activities: [{ id: 'check', type: 'quiz', title: 'Check', passMark: 80, attempts: 0, shuffle: true, feedback: 'item', weight: 0, optional: false, items }] }) as unknown as ModuleData;

describe('quizCues', () => {
  const cues = quizCues(
    quizModule([
      { id: 'long', kind: 'single-choice', prompt: 'Which?', feedback, correct: 'a', options: [{ id: 'a', text: 'The careful, complete answer' }, { id: 'b', text: 'Short' }] },
      { id: 'tie', kind: 'single-choice', prompt: 'Which?', feedback, correct: 'a', options: [{ id: 'a', text: 'Same' }, { id: 'b', text: 'Size' }] },
      { id: 'three', kind: 'multiple-response', prompt: 'Which?', feedback, correct: ['a', 'b', 'c'], options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}` })) },
      { id: 'one', kind: 'multiple-response', prompt: 'Which?', feedback, correct: ['a'], options: ['a', 'b', 'c'].map((id) => ({ id, text: `Option ${id}` })) },
      { id: 'abs-false', kind: 'true-false', prompt: 'A mentor must always decide alone.', feedback, correct: false },
      { id: 'abs-true', kind: 'true-false', prompt: 'Never promise to keep a safety problem secret.', feedback, correct: true },
      { id: 'plain-true', kind: 'true-false', prompt: 'Feedback helps most soon after the task.', feedback, correct: true },
    ]),
    'en',
  )[0]!;

  it('counts correct options that are strictly the longest, and points at their text', () => {
    expect(cues.singleChoice).toBe(2);
    expect(cues.correctLongest).toEqual([{ item: 'long', at: { path: ['activities', 0, 'items', 0, 'options', 0, 'text'], key: 'activities.check.items.long.options.a.text' } }]);
  });

  it('lists the numbers of correct options of multiple-response items', () => {
    expect(distinctCorrectCounts(cues)).toEqual([1, 3]);
  });

  it('counts absolute words in true and false statements and where the absolute-word rule is right', () => {
    expect([cues.trueFalse, cues.absoluteInTrue, cues.absoluteInFalse]).toEqual([3, 1, 1]);
    expect(cues.absoluteRuleRight.map((c) => c.item)).toEqual(['abs-false', 'plain-true']);
  });

  it('adds up the guesser\'s chances: longest 1, a tie 1/2, three of four equally long 1/4, true/false by absolute words', () => {
    expect(cues.guesser.map((g) => g.chance)).toEqual([1, 0.5, 0.25, 0, 1, 0, 1]);
    expect(cues.guesserScore).toBe(3.75);
  });
});

describe('sortingFigures', () => {
  it('compares the mean statement length of each category', () => {
    const module = {
      id: 'm',
      activities: [
        {
          id: 'log', type: 'feedback-exercise',
          sort: {
            prompt: 'Sort.',
            categories: [{ id: 'good', label: 'Good' }, { id: 'vague', label: 'Vague' }, { id: 'empty', label: 'Empty' }],
            statements: [
              { id: 'g1', text: 'Write which steps you did alone.', category: 'good', explanation: '.' },
              { id: 'v1', text: 'Nice log!', category: 'vague', explanation: '.' },
              { id: 'v2', text: 'It could be better.', category: 'vague', explanation: '.' },
            ],
          },
        },
      ],
    } as unknown as ModuleData;
    const [figures] = sortingFigures(module);
    expect(figures!.categories).toEqual([{ category: 'good', statements: 1, meanLength: 32 }, { category: 'vague', statements: 2, meanLength: 14 }]);
    expect(figures!.ratio).toBeCloseTo(32 / 14, 10);
    expect(figures!.longestStatements.map((s) => s.statement)).toEqual(['g1']);
    expect(figures!.at).toEqual({ path: ['activities', 0, 'sort', 'statements', 0, 'text'], key: 'activities.log.sort.statements.g1.text' });
  });
});
