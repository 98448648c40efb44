/**
 * The dashboard's filters in the address bar, so a view can be bookmarked and shared
 * (`/dashboard/dialogues?cohort=2026-spring&language=nl`), and the panel URLs built from them.
 * Values are checked with the contract's own DashboardFilterSchema: a hand-edited or stale
 * bookmark drops the bad value instead of sending the server a request it refuses.
 */
import { DASHBOARD_API, DashboardFilterSchema, type DashboardFilter } from '../../../analytics/dashboard-api.ts';

export const FILTER_KEYS = ['from', 'to', 'cohort', 'language', 'module'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Pick<DashboardFilter, FilterKey>>;

/** The valid filters in a query string; anything else is ignored. */
export function filtersFromSearch(search: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (value === null || value === '') continue;
    const parsed = DashboardFilterSchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  return filters;
}

/** The filters as query parameters, in a stable order, without empty ones. */
export function filtersToSearch(filters: Filters, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== '') search.set(key, value);
  return search;
}

export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key]).length;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

/** `/dashboard/api/<panel>?<filters>`, and with `csv` the same rows as a CSV download. */
export function panelUrl(panel: string, filters: Filters, options: { extra?: Record<string, string | undefined>; csv?: boolean } = {}): string {
  const search = filtersToSearch(filters, { ...options.extra, ...(options.csv ? { format: 'csv' } : {}) });
  const query = search.toString();
  return `${DASHBOARD_API}/${panel}${query ? `?${query}` : ''}`;
}
