import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersFromSearch, filtersToSearch, panelUrl, sameFilters } from './dashboard-query.ts';

describe('the filters in the address bar', () => {
  it('reads the valid filters and drops what the contract refuses', () => {
    const search = new URLSearchParams('from=2026-03-01&to=31-12-2026&cohort=2026-spring&language=n&module=feedback&format=csv&quiz=x/y&evil=1');
    expect(filtersFromSearch(search)).toEqual({ from: '2026-03-01', cohort: '2026-spring', module: 'feedback' });
  });

  it('writes them back in a stable order without empty ones, so a bookmark reads the same', () => {
    expect(filtersToSearch({ module: 'feedback', from: '2026-03-01', cohort: '' }).toString()).toBe('from=2026-03-01&module=feedback');
    expect(filtersToSearch({ cohort: 'a&b=c' }, { q: 'ana', status: undefined }).toString()).toBe('cohort=a%26b%3Dc&q=ana');
  });

  it('builds panel URLs, and the CSV download of the same rows', () => {
    expect(panelUrl('funnel', {})).toBe('/dashboard/api/funnel');
    expect(panelUrl('items', { language: 'nl' }, { extra: { quiz: 'feedback/feedback-check' }, csv: true })).toBe('/dashboard/api/items?language=nl&quiz=feedback%2Ffeedback-check&format=csv');
  });

  it('counts and compares filters', () => {
    expect(activeFilterCount({ from: '2026-01-01', cohort: 'x' })).toBe(2);
    expect(sameFilters({ cohort: 'x' }, { cohort: 'x', language: '' as never })).toBe(true);
    expect(sameFilters({ cohort: 'x' }, { cohort: 'y' })).toBe(false);
  });
});
