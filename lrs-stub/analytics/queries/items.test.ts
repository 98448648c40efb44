import { describe, expect, it } from 'vitest';
import { project } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { itemAnalysis } from './items.ts';

describe('item analysis from the store', () => {
  const { db } = project(threeMentors().statements);

  it("hands every submitted attempt's item marks and chosen options to the analysis", () => {
    const analysis = itemAnalysis(db, {}, 'intro/quiz');
    // Attempts (q1, q2): Ana#1 (1, 0), Ana#2 (1, 1), Bo#1 (0, 0), Cas#1 (1, 1): totals 1, 2, 0, 2.
    expect(analysis.test.attempts).toBe(4);
    expect(analysis.test.mean.value).toBe(1.25);
    const [q1, q2] = analysis.items;
    expect(q1).toMatchObject({ id: 'q1', attempts: 4, facility: { value: 75 } });
    expect(q2).toMatchObject({ id: 'q2', attempts: 4, facility: { value: 50 } });
    // Options as the definition lists them, c never chosen for q1.
    expect(q1!.options.map((o) => [o.id, o.count])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 0],
    ]);
    expect(q2!.options.map((o) => [o.id, o.count])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('analyses only the attempts in the filter', () => {
    // Autumn is Cas: one attempt, both right.
    const analysis = itemAnalysis(db, { cohort: 'Autumn' }, 'intro/quiz');
    expect(analysis.test.attempts).toBe(1);
    expect(analysis.items.map((i) => [i.id, i.facility.value])).toEqual([
      ['q1', 100],
      ['q2', 100],
    ]);
    expect(itemAnalysis(db, {}, 'intro/no-such-quiz').test.attempts).toBe(0);
  });
});
