import { describe, expect, it } from 'vitest';
import { closingBatch } from './closing-batch.ts';
import type { Statement } from './xapi-statement.ts';

const statement = (id: string, padding = 0): Statement => ({
  id,
  actor: { objectType: 'Agent', mbox: 'mailto:a@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: { objectType: 'Activity', id: `https://example.org/${'x'.repeat(padding)}` },
  timestamp: '2025-06-30T09:15:00.000Z',
});

describe('closingBatch', () => {
  it('sends the leftovers in order with the closing statements last', () => {
    const batch = closingBatch([statement('a'), statement('b')], [statement('terminated')]);
    expect(batch.map((s) => s.id)).toEqual(['a', 'b', 'terminated']);
  });

  it('keeps within its share of the keepalive allowance: the oldest leftovers that fit, and always the closing ones', () => {
    const leftovers = ['a', 'b', 'c', 'd'].map((id) => statement(id, 300));
    const size = JSON.stringify(leftovers[0]).length;
    const batch = closingBatch(leftovers, [statement('terminated')], 2 + 3 * (size + 1) + 200);
    expect(batch.map((s) => s.id)).toEqual(['a', 'b', 'terminated']);
    expect(JSON.stringify(batch).length).toBeLessThanOrEqual(2 + 3 * (size + 1) + 200);
  });
});
