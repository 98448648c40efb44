/**
 * GET /scores: per assessed activity (every activity with submitted attempts: `passed` or
 * `failed` with a score), how many learners and attempts, how many learners passed, and the
 * mean, median and distribution of each learner's best score (0-100).
 *
 * All in one SQL statement over `attempts` (one row per submitted attempt, a few per learner
 * and quiz): best score per learner, then the median by ranking those (one window), the ten
 * bins by integer division. A learner counts as passed when any attempt passed, which is when their
 * best did under a pass mark.
 */
import type { DashboardFilter, Scores } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { conditions } from './filter-sql.ts';
import { nameBook, nameText } from './names.ts';

const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

/** Each learner's best attempt per activity, for the filter. */
const BEST = (where: string) => `
  best AS (
    SELECT module, activity, learner, max(score) AS score, max(success) AS passed, count(*) AS attempts
    FROM attempts WHERE ${where} GROUP BY module, activity, learner)`;

/** The ten bins as columns: bin k counts best scores in [10k, 10k + 10), 100 in the last. */
const BIN_COLUMNS = Array.from({ length: 10 }, (_, k) => `sum(min(CAST(score / 10 AS INTEGER), 9) = ${k}) AS bin${k}`).join(', ');

type Row = { moduleId: string; activityId: string; learners: number; attempts: number; passed: number; mean: number | null; median: number | null } & Record<`bin${number}`, number | null>;

export function scores(db: AnalyticsDb, filter: DashboardFilter): Scores {
  const where = conditions(filter);
  // One window, ordered by score with the learners without one last: row_number ranks, the
  // count over the whole partition (same ordering, so one sort) is how many have a score.
  const rows = db
    .prepare(`
      WITH ${BEST(where.sql)},
      ranked AS (
        SELECT module, activity, score, passed, attempts,
          row_number() OVER w AS r,
          count(score) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
        FROM best WINDOW w AS (PARTITION BY module, activity ORDER BY score IS NULL, score))
      SELECT module AS moduleId, activity AS activityId, count(*) AS learners, sum(attempts) AS attempts, sum(passed) AS passed, avg(score) AS mean,
        avg(CASE WHEN score IS NOT NULL AND r IN ((n + 1) / 2, (n + 2) / 2) THEN score END) AS median,
        ${BIN_COLUMNS}
      FROM ranked GROUP BY module, activity`)
    .all(...where.params) as Row[];

  const names = nameBook(db);
  return {
    quizzes: names.inCourseOrder(rows).map((row) => ({
      moduleId: row.moduleId,
      activityId: row.activityId,
      names: names.of(row.moduleId, row.activityId),
      learners: row.learners,
      attempts: row.attempts,
      passedLearners: row.passed,
      passRate: row.learners > 0 ? round((100 * row.passed) / row.learners) : null,
      meanScore: round(row.mean),
      medianScore: round(row.median),
      distribution: Array.from({ length: 10 }, (_, bin) => ({ from: bin * 10, to: bin * 10 + 10, count: row[`bin${bin}`] ?? 0 })),
    })),
  };
}

export function scoresCsv(answer: Scores) {
  return {
    header: ['module', 'activity', 'name', 'learners', 'attempts', 'passedLearners', 'passRate', 'meanScore', 'medianScore', ...Array.from({ length: 10 }, (_, i) => `score${i * 10}to${i * 10 + 10}`)],
    rows: answer.quizzes.map((q) => [q.moduleId, q.activityId, nameText(q.names), q.learners, q.attempts, q.passedLearners, q.passRate, q.meanScore, q.medianScore, ...q.distribution.map((b) => b.count)]),
  };
}
