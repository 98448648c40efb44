import { describe, expect, it } from 'vitest';
import { catchAllEndings } from './catch-all-endings.ts';
import { testDialogue } from './test-support/test-dialogue.ts';

describe('catchAllEndings', () => {
  it('finds an ending that the best path and a repaired poor choice both reach', () => {
    const d = testDialogue({
      start: [['ask', 'good', 2, 'talk'], ['scold', 'poor', 0, 'hurt']],
      hurt: [['repair', 'acceptable', 1, 'talk'], ['leave', 'poor', 0, 'closed']],
      talk: [['plan', 'good', 2, 'growth'], ['rule', 'acceptable', 1, 'unclear']],
      growth: [],
      unclear: [],
      closed: [],
    });
    expect(catchAllEndings(d)).toEqual([{ ending: 'growth', bestPath: ['ask', 'plan'], poorPath: ['scold', 'repair', 'plan'] }]);
  });

  it('accepts a repaired story that ends in an ending of its own', () => {
    const d = testDialogue({
      start: [['ask', 'good', 2, 'talk'], ['scold', 'poor', 0, 'hurt']],
      hurt: [['repair', 'acceptable', 1, 'late-talk'], ['leave', 'poor', 0, 'closed']],
      talk: [['plan', 'good', 2, 'growth'], ['rule', 'acceptable', 1, 'unclear']],
      'late-talk': [['plan', 'good', 2, 'unclear'], ['rule', 'poor', 0, 'closed']],
      growth: [],
      unclear: [],
      closed: [],
    });
    expect(catchAllEndings(d)).toEqual([]);
  });

  it('counts a poor choice anywhere on the path, also after the best ones, and ties for the top score as best', () => {
    const d = testDialogue({
      start: [['ask', 'good', 2, 'end-a'], ['also-ask', 'good', 2, 'next'], ['skip', 'acceptable', 1, 'end-b']],
      next: [['plan', 'good', 2, 'end-b'], ['shrug', 'poor', 0, 'end-b']],
      'end-a': [],
      'end-b': [],
    });
    // Both `ask` and `also-ask` are best at the start, so `end-b` is reached by an all-best path, and by `also-ask → shrug`.
    expect(catchAllEndings(d).map((c) => [c.ending, c.poorPath])).toEqual([['end-b', ['also-ask', 'shrug']]]);
  });
});
