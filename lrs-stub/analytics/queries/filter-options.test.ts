import { describe, expect, it } from 'vitest';
import { FilterOptionsSchema } from '../dashboard-api.ts';
import { project } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { filterOptions } from './filter-options.ts';

describe('filter options', () => {
  it('offers the cohorts, languages and modules in the data, and its span', () => {
    const { db } = project(threeMentors().statements);
    expect(FilterOptionsSchema.parse(filterOptions(db))).toEqual({
      cohorts: ['Autumn', 'Spring'],
      languages: ['en', 'nl'],
      modules: [
        { id: 'intro', names: { en: 'Module intro' } },
        { id: 'feedback', names: { en: 'Module feedback' } },
      ],
      firstDay: '2026-03-01T09:00:00.000Z',
      lastDay: '2026-03-09T12:21:00.000Z',
      // Ana 23, Bo 10, Cas 9.
      statements: 42,
      learners: 3,
    });
  });

  it('has nothing to offer for an empty store', () => {
    const { db } = project([]);
    expect(filterOptions(db)).toEqual({ cohorts: [], languages: [], modules: [], firstDay: null, lastDay: null, statements: 0, learners: 0 });
  });
});
