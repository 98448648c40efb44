/**
 * GET /rubrics: per feedback exercise, the sorting task (learners, mean of each learner's best
 * score, learners who sorted everything right) and the rubric self-ratings (per criterion,
 * how many learners rated themselves at each level; a learner who redid the exercise counts
 * with their latest rating). SQL over `sortings` and `ratings`.
 *
 * The latest rating is SQLite's bare column of a max() aggregate (the level of the row with
 * the greatest time; of two in the same millisecond, either), which walks the clustered
 * ratings once instead of ranking them with a window function.
 *
 * Levels come in the order of how often they were given: statements carry level ids, not the
 * rubric's order from weakest to strongest, which only the course knows.
 */
import type { DashboardFilter, Rubrics } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { conditions } from './filter-sql.ts';
import { nameBook, nameText } from './names.ts';

type Exercise = Rubrics['exercises'][number];

export function rubrics(db: AnalyticsDb, filter: DashboardFilter): Rubrics {
  const where = conditions(filter);
  const sortings = db
    .prepare(`
      WITH best AS (SELECT module, activity, learner, max(score) AS score, max(success) AS success FROM sortings WHERE ${where.sql} GROUP BY module, activity, learner)
      SELECT module, activity, count(*) AS learners, avg(score) AS mean, coalesce(sum(success = 1 OR score >= 100), 0) AS allCorrect
      FROM best GROUP BY module, activity`)
    .all(...where.params) as { module: string; activity: string; learners: number; mean: number | null; allCorrect: number }[];
  const ratings = db
    .prepare(`
      WITH latest AS (
        SELECT module, activity, criterion, level, max(at) AS newest
        FROM ratings WHERE ${where.sql} GROUP BY module, activity, criterion, learner)
      SELECT module, activity, criterion, level, count(*) AS count FROM latest
      GROUP BY module, activity, criterion, level ORDER BY module, activity, criterion, count DESC, level`)
    .all(...where.params) as { module: string; activity: string; criterion: string; level: string; count: number }[];

  const names = nameBook(db);
  const byExercise = new Map<string, Exercise>();
  const exercise = (module: string, activity: string): Exercise => {
    const key = `${module}\u0000${activity}`;
    let found = byExercise.get(key);
    if (!found) {
      found = { moduleId: module, activityId: activity, names: names.of(module, activity), sorting: { learners: 0, meanScore: null, allCorrect: 0 }, criteria: [] };
      byExercise.set(key, found);
    }
    return found;
  };
  for (const row of sortings) {
    exercise(row.module, row.activity).sorting = { learners: row.learners, meanScore: row.mean === null ? null : Math.round(row.mean * 100) / 100, allCorrect: row.allCorrect };
  }
  for (const row of ratings) {
    const e = exercise(row.module, row.activity);
    let criterion = e.criteria.find((c) => c.criterionId === row.criterion);
    if (!criterion) {
      criterion = { criterionId: row.criterion, total: 0, levels: [] };
      e.criteria.push(criterion);
    }
    criterion.total += row.count;
    criterion.levels.push({ levelId: row.level, count: row.count });
  }
  return { exercises: names.inCourseOrder([...byExercise.values()]) };
}

export function rubricsCsv(answer: Rubrics) {
  return {
    header: ['module', 'activity', 'name', 'criterion', 'level', 'count', 'sortingLearners', 'sortingMeanScore', 'sortingAllCorrect'],
    rows: answer.exercises.flatMap((e) => [
      [e.moduleId, e.activityId, nameText(e.names), '', '', null, e.sorting.learners, e.sorting.meanScore, e.sorting.allCorrect],
      ...e.criteria.flatMap((c) => c.levels.map((l) => [e.moduleId, e.activityId, nameText(e.names), c.criterionId, l.levelId, l.count, null, null, null])),
    ]),
  };
}
