/**
 * The query string of a dashboard request: the contract's filters (DashboardFilterSchema) plus
 * a panel's own parameters (`quiz` for items, `q` for learners), parsed with zod, and, when
 * refused, explained in one sentence per problem that names the parameter and says what to
 * send (`from: "2026-02-31" is not a day of the calendar; send YYYY-MM-DD`), for the 400.
 */
import { z } from 'zod';
import { DASHBOARD_API, DashboardFilterSchema, type DashboardFilter } from './dashboard-api.ts';
import { dateRange, FilterError } from './queries/filter-sql.ts';

const FILTER_KEYS = Object.keys(DashboardFilterSchema.shape);

/** What to send, per parameter, for the 400 messages. */
const HINTS: Record<string, string> = {
  from: 'send a day as YYYY-MM-DD, e.g. 2026-03-01',
  to: 'send a day as YYYY-MM-DD, e.g. 2026-03-31',
  cohort: `send a cohort from GET ${DASHBOARD_API}/filters, or leave the parameter out`,
  language: `send a language from GET ${DASHBOARD_API}/filters (en, nl, …), or leave the parameter out`,
  module: `send a module id from GET ${DASHBOARD_API}/filters, or leave the parameter out`,
  quiz: 'send quiz=<module-id>/<activity-id>, e.g. quiz=final-assessment/final-quiz',
  q: 'send a part of a name or address, at most 200 characters',
};

/** A zod failure as one sentence: which parameter, what is wrong, what to send. */
function describeIssues(error: z.ZodError, extraKeys: readonly string[], raw: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: the parameters are ${[...FILTER_KEYS, ...extraKeys].join(', ')}`;
      }
      const name = String(issue.path[0] ?? 'query');
      if (Array.isArray(raw[name])) return `${name}: send it once`;
      if (issue.code === 'invalid_value') return `${name}: send one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      const hint = HINTS[name] ? `; ${HINTS[name]}` : '';
      if (raw[name] === undefined) return `${name}: missing${hint}`;
      // Messages of the contract's own name their parameter already ("quiz is <module-id>/…").
      return `${issue.message.startsWith(`${name} `) ? issue.message : `${name}: ${issue.message}`}${hint}`;
    })
    .join('; ');
}

/** A query string the dashboard API refuses; the message says which parameter and what to send. */
export class QueryError extends Error {}

/** Parses the filters (and a panel's own parameters) from the query string, or throws QueryError. */
export function parseQuery<E extends z.ZodRawShape>(query: unknown, extra: z.ZodObject<E>): { filter: DashboardFilter; extra: z.infer<z.ZodObject<E>> } {
  const all = { ...(query as Record<string, unknown>) };
  const own: Record<string, unknown> = {};
  for (const key of Object.keys(extra.shape)) {
    if (key in all) own[key] = all[key];
    delete all[key];
  }
  const filter = DashboardFilterSchema.safeParse(all);
  const extras = extra.safeParse(own);
  if (!filter.success || !extras.success) {
    const message = [filter.success ? '' : describeIssues(filter.error, Object.keys(extra.shape), all), extras.success ? '' : describeIssues(extras.error, [], own)].filter(Boolean).join('; ');
    throw new QueryError(message);
  }
  try {
    dateRange(filter.data);
  } catch (error) {
    if (error instanceof FilterError) throw new QueryError(error.message);
    throw error;
  }
  return { filter: filter.data, extra: extras.data };
}
