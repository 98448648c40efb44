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
 * Criteria and levels come in the rubric's order (levels weakest first), with their texts, when
 * the ratings statements described the rubric (the rating-scale extension, kept in the
 * `components` table by the projector); what no statement described follows, criteria by id
 * and levels most given first (the only order there was before packages sent the scale). Each
 * exercise also lists its levels once, the rubric's whole scale in that order with their names
 * (levels nobody gave included), so a chart stacks every criterion's bar the same way and gives
 * a level the same place in every exercise.
 */
import type { DashboardFilter, Rubrics } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { RUBRIC_PARTS } from '../projection/dimensions.ts';
import { conditions } from './filter-sql.ts';
import { nameBook, nameText, type NameBook } from './names.ts';

type Exercise = Rubrics['exercises'][number];

/** Ranks ids by the rubric's order; an id it does not list ranks after all that it does. */
function rubricRank(order: readonly string[]): (id: string) => number {
  const positions = new Map(order.map((id, i) => [id, i]));
  return (id) => positions.get(id) ?? order.length;
}

/** Puts an exercise's criteria and levels in the rubric's order and names them. Sorts are stable: what the rubric does not rank keeps the SQL's order. */
function inRubricOrder(exercise: Exercise, names: NameBook): void {
  const { moduleId: module, activityId: activity } = exercise;
  const criterionRank = rubricRank(names.components(module, activity, RUBRIC_PARTS.criteria));
  const scale = names.components(module, activity, RUBRIC_PARTS.levels);
  const levelRank = rubricRank(scale);
  // The whole scale, given or not: that nobody rated themselves "strong" is a finding, and a
  // level's place (its colour in the chart) must not move when a level above it is not given.
  const given = new Map<string, number>(scale.map((levelId) => [levelId, 0]));
  exercise.criteria.sort((a, b) => criterionRank(a.criterionId) - criterionRank(b.criterionId));
  for (const criterion of exercise.criteria) {
    criterion.names = names.component(module, activity, RUBRIC_PARTS.criteria, criterion.criterionId);
    criterion.levels.sort((a, b) => levelRank(a.levelId) - levelRank(b.levelId));
    for (const level of criterion.levels) given.set(level.levelId, (given.get(level.levelId) ?? 0) + level.count);
  }
  exercise.levels = [...given]
    .sort(([a, countA], [b, countB]) => levelRank(a) - levelRank(b) || countB - countA || a.localeCompare(b))
    .map(([levelId]) => ({ levelId, names: names.component(module, activity, RUBRIC_PARTS.levels, levelId) }));
}

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
  for (const e of byExercise.values()) inRubricOrder(e, names);
  return { exercises: names.inCourseOrder([...byExercise.values()]) };
}

export function rubricsCsv(answer: Rubrics) {
  return {
    header: ['module', 'activity', 'name', 'criterion', 'criterionName', 'level', 'levelName', 'count', 'sortingLearners', 'sortingMeanScore', 'sortingAllCorrect'],
    rows: answer.exercises.flatMap((e) => {
      const levelNames = new Map(e.levels?.map((l) => [l.levelId, nameText(l.names)]));
      return [
        [e.moduleId, e.activityId, nameText(e.names), '', '', '', '', null, e.sorting.learners, e.sorting.meanScore, e.sorting.allCorrect],
        ...e.criteria.flatMap((c) =>
          c.levels.map((l) => [e.moduleId, e.activityId, nameText(e.names), c.criterionId, nameText(c.names ?? {}), l.levelId, levelNames.get(l.levelId) ?? '', l.count, null, null, null]),
        ),
      ];
    }),
  };
}
