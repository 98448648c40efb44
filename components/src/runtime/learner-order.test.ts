import { describe, expect, it } from 'vitest';
import { learnerOrder } from './learner-order.ts';

const choices = ['best', 'tempting', 'poor', 'acceptable'];

describe('learner order', () => {
  it('is the same for a learner and place on every call (a resume, another language)', () => {
    expect(learnerOrder(choices, 'moodle-7', 'late-again', 'arrival')).toEqual(learnerOrder([...choices], 'moodle-7', 'late-again', 'arrival'));
  });

  it('differs between learners and between decision points, and does not leave the best first', () => {
    const orders = new Set(Array.from({ length: 30 }, (_, i) => learnerOrder(choices, `learner-${i}`, 'late-again', 'arrival').join()));
    expect(orders.size).toBeGreaterThan(8);
    const firsts = Array.from({ length: 40 }, (_, i) => learnerOrder(choices, `learner-${i}`, 'd', 'n')[0]);
    expect(firsts.filter((c) => c === 'best').length).toBeLessThan(20);
    expect(learnerOrder(choices, 'x', 'd', 'n1')).not.toEqual(learnerOrder(choices, 'x', 'd', 'n2'));
  });

  it('keeps every item once', () => {
    expect([...learnerOrder(choices, 'x', 'a')].sort()).toEqual([...choices].sort());
  });
});
