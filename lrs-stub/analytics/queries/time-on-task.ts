/**
 * GET /time: time on task from `result.duration` of activity statements (our packages send it
 * on an activity's `completed`: the time since it was opened). Per module: each learner's sum
 * over the module's activities, then how many learners, the median, mean and 90th percentile
 * (nearest rank) of those sums; per activity: learners and the median of their sums.
 *
 * The per-learner sums come from the summaries when no date range is set (`learner_module`
 * for modules; `learner_activity` for activities when no cohort or language is chosen either),
 * else from `durations`. Ranking is SQL: window functions over the sums, except for the
 * unfiltered activities, a hundred thousand sums at a million statements, where the median is
 * read at its offset in the index learner_activity_seconds (one short query per activity,
 * the offset a bound parameter), which costs a hundredth of ranking them all. Module-level
 * and course-level durations (session time) are not time on a task and are not counted.
 */
import type { DashboardFilter, TimeOnTask } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { conditions, hasDates } from './filter-sql.ts';
import { nameBook, nameText } from './names.ts';

const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/** Statistics over `per` (key columns, learner, s: one row per learner and key). */
const STATS = (per: string, keys: string) => `
  WITH per AS (${per}),
  ranked AS (SELECT ${keys}, s, row_number() OVER (PARTITION BY ${keys} ORDER BY s) AS r, count(*) OVER (PARTITION BY ${keys}) AS n FROM per)
  SELECT ${keys}, max(n) AS learners, avg(s) AS mean,
    avg(CASE WHEN r IN ((n + 1) / 2, (n + 2) / 2) THEN s END) AS median,
    max(CASE WHEN r = (9 * n + 9) / 10 THEN s END) AS p90
  FROM ranked GROUP BY ${keys}`;

/** Per activity: learners and the median of their sums, from the index of learner_activity. */
function activityMedians(db: AnalyticsDb, module: string | undefined): { module: string; activity: string; learners: number; median: number | null }[] {
  const where = conditions({ ...(module === undefined ? {} : { module }) }, { dates: false });
  const counts = db.prepare(`SELECT module, activity, count(*) AS learners FROM learner_activity WHERE ${where.sql} GROUP BY module, activity`).all(...where.params) as {
    module: string;
    activity: string;
    learners: number;
  }[];
  const middle = db.prepare('SELECT avg(seconds) FROM (SELECT seconds FROM learner_activity WHERE module = ? AND activity = ? ORDER BY seconds LIMIT ? OFFSET ?)').pluck();
  return counts.map((row) => ({ ...row, median: middle.get(row.module, row.activity, 2 - (row.learners % 2), Math.floor((row.learners - 1) / 2)) as number | null }));
}

export function timeOnTask(db: AnalyticsDb, filter: DashboardFilter): TimeOnTask {
  const facts = conditions(filter);
  const modulePer = hasDates(filter)
    ? `SELECT module, learner, sum(seconds) AS s FROM durations WHERE ${facts.sql} GROUP BY module, learner`
    : `SELECT module, learner, sum(seconds) AS s FROM learner_module WHERE module != '' AND seconds IS NOT NULL AND ${conditions(filter, { dates: false }).sql} GROUP BY module, learner`;
  const moduleParams = hasDates(filter) ? facts.params : conditions(filter, { dates: false }).params;
  const modules = db.prepare(STATS(modulePer, 'module')).all(...moduleParams) as { module: string; learners: number; mean: number; median: number; p90: number }[];
  const activities =
    hasDates(filter) || filter.cohort !== undefined || filter.language !== undefined
      ? (db
          .prepare(STATS(`SELECT module, activity, learner, sum(seconds) AS s FROM durations WHERE ${facts.sql} GROUP BY module, activity, learner`, 'module, activity'))
          .all(...facts.params) as { module: string; activity: string; learners: number; median: number | null }[])
      : activityMedians(db, filter.module);

  const names = nameBook(db);
  return {
    modules: names
      .inCourseOrder(modules.map((m) => ({ ...m, moduleId: m.module })))
      .map((m) => ({ moduleId: m.module, names: names.of(m.module), learners: m.learners, medianSeconds: round(m.median), meanSeconds: round(m.mean), p90Seconds: round(m.p90) })),
    activities: names
      .inCourseOrder(activities.map((a) => ({ ...a, moduleId: a.module, activityId: a.activity })))
      .map((a) => ({ moduleId: a.module, activityId: a.activity, names: names.of(a.module, a.activity), learners: a.learners, medianSeconds: round(a.median) })),
  };
}

export function timeOnTaskCsv(answer: TimeOnTask) {
  return {
    header: ['module', 'activity', 'name', 'learners', 'medianSeconds', 'meanSeconds', 'p90Seconds'],
    rows: [
      ...answer.modules.map((m) => [m.moduleId, '', nameText(m.names), m.learners, m.medianSeconds, m.meanSeconds, m.p90Seconds]),
      ...answer.activities.map((a) => [a.moduleId, a.activityId, nameText(a.names), a.learners, a.medianSeconds, null, null]),
    ],
  };
}
