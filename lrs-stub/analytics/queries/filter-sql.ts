/**
 * The dashboard's filters as SQL conditions over the analytics tables, whose filter columns
 * all have the same names (at, cohort, language, module). Only the shape of the SQL depends on
 * the filter (which conditions appear); every value is a bound parameter.
 *
 * Dates: `from` is inclusive from the start of that day, `to` inclusive to the end of that
 * day, both in UTC (statements are kept in UTC); a date-time bounds at that instant instead.
 * A day that does not exist (2026-02-31) or a range that ends before it starts is refused
 * here, with a message for the 400 answer, rather than silently showing nothing.
 */
import type { DashboardFilter } from '../dashboard-api.ts';
import { utcTimestamp } from '../projection/read-statement.ts';

export class FilterError extends Error {
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
  }
}

export interface DateRange {
  /** Inclusive lower bound, ISO UTC. */
  from?: string;
  /** Exclusive upper bound, ISO UTC. */
  before?: string;
}

const DAY = 86_400_000;

function bound(parameter: 'from' | 'to', value: string): string {
  if (value.length === 10) {
    const millis = Date.parse(`${value}T00:00:00.000Z`);
    if (Number.isNaN(millis) || new Date(millis).toISOString().slice(0, 10) !== value) {
      throw new FilterError(parameter, `${JSON.stringify(value)} is not a day of the calendar; send YYYY-MM-DD, e.g. 2026-03-01`);
    }
    return new Date(parameter === 'from' ? millis : millis + DAY).toISOString();
  }
  const instant = utcTimestamp(value);
  if (instant === undefined) throw new FilterError(parameter, `${JSON.stringify(value)} is not a date-time; send YYYY-MM-DD or an ISO 8601 date-time with a time zone`);
  // A date-time `to` includes its own millisecond.
  return parameter === 'from' ? instant : new Date(Date.parse(instant) + 1).toISOString();
}

export function dateRange(filter: DashboardFilter): DateRange {
  const range: DateRange = {};
  if (filter.from !== undefined) range.from = bound('from', filter.from);
  if (filter.to !== undefined) range.before = bound('to', filter.to);
  if (range.from !== undefined && range.before !== undefined && range.from >= range.before) {
    throw new FilterError('to', `${filter.to} is before from=${filter.from}; send a range that ends on or after it starts`);
  }
  return range;
}

export const hasDates = (filter: DashboardFilter): boolean => filter.from !== undefined || filter.to !== undefined;

export interface Conditions {
  /** `AND`-joined conditions (or `1` for none), to put after WHERE. */
  sql: string;
  params: unknown[];
}

export interface ConditionOptions {
  /** Apply from/to to the `at` column (false for tables without one, e.g. summaries). */
  dates?: boolean;
  /** Apply the module filter (false where the query narrows by module itself). */
  module?: boolean;
  /** Table alias for the columns, e.g. `f`. */
  alias?: string;
  /** The time column, if not `at`. */
  atColumn?: string;
}

export function conditions(filter: DashboardFilter, options: ConditionOptions = {}): Conditions {
  const column = (name: string) => (options.alias ? `${options.alias}.${name}` : name);
  const sql: string[] = [];
  const params: unknown[] = [];
  if (options.dates !== false) {
    const range = dateRange(filter);
    if (range.from !== undefined) {
      sql.push(`${column(options.atColumn ?? 'at')} >= ?`);
      params.push(range.from);
    }
    if (range.before !== undefined) {
      sql.push(`${column(options.atColumn ?? 'at')} < ?`);
      params.push(range.before);
    }
  }
  if (filter.cohort !== undefined) {
    sql.push(`${column('cohort')} = ?`);
    params.push(filter.cohort);
  }
  if (filter.language !== undefined) {
    sql.push(`${column('language')} = ?`);
    params.push(filter.language);
  }
  if (filter.module !== undefined && options.module !== false) {
    sql.push(`${column('module')} = ?`);
    params.push(filter.module);
  }
  return { sql: sql.length > 0 ? sql.join(' AND ') : '1', params };
}
