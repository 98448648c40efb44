import { describe, expect, it } from 'vitest';
import { correctCount, sortingResults, sortingScore, unsortedCount, type SortTask } from './feedback-sorting.ts';

const sort: SortTask = {
  prompt: 'Sort each statement.',
  categories: [
    { id: 'specific', label: 'Specific and usable' },
    { id: 'vague', label: 'Too vague' },
  ],
  statements: [
    { id: 's1', text: 'You greeted the customer by name.', category: 'specific', explanation: 'Names the behaviour.' },
    { id: 's2', text: 'Good job.', category: 'vague', explanation: 'Says nothing concrete.' },
    { id: 's3', text: 'Work on your attitude.', category: 'vague', explanation: 'Judges the person.' },
  ],
};

describe('feedback sorting', () => {
  it('scores every statement in its right category as 100', () => {
    expect(sortingScore(sort, { s1: 'specific', s2: 'vague', s3: 'vague' })).toBe(100);
  });

  it('scores the share of right statements, rounded to a whole percentage', () => {
    expect(sortingScore(sort, { s1: 'specific', s2: 'specific', s3: 'specific' })).toBe(33);
    expect(sortingScore(sort, { s1: 'specific', s2: 'vague', s3: 'specific' })).toBe(67);
  });

  it('counts an unsorted statement as wrong', () => {
    expect(sortingScore(sort, { s1: 'specific' })).toBe(33);
    expect(sortingScore(sort, {})).toBe(0);
  });

  it('reports each statement with the chosen and the expected category, in authored order', () => {
    expect(sortingResults(sort, { s2: 'specific', s1: 'specific' })).toEqual([
      { statementId: 's1', chosen: 'specific', expected: 'specific', correct: true },
      { statementId: 's2', chosen: 'specific', expected: 'vague', correct: false },
      { statementId: 's3', chosen: undefined, expected: 'vague', correct: false },
    ]);
    expect(correctCount(sort, { s2: 'specific', s1: 'specific' })).toBe(1);
  });

  it('counts statements without a category, or with an unknown one, as unsorted', () => {
    expect(unsortedCount(sort, {})).toBe(3);
    expect(unsortedCount(sort, { s1: 'specific', s2: 'removed-category' })).toBe(2);
    expect(unsortedCount(sort, { s1: 'specific', s2: 'vague', s3: 'vague' })).toBe(0);
  });
});
