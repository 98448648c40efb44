/**
 * GET /funnel: how many learners reached each stage, for the course (started, completed,
 * passed, certified) and per module and language (started, completed).
 *
 * Without a date range it reads `learner_module` (a few rows per learner), whatever the
 * cohort, language and module filters; with one it reads `facts` in the range (facts_module_at
 * or facts_at walks just the range), since "completed in March" needs each statement's time.
 *
 * With a module filter, the course stages count the learners who started that module: of
 * those, how many completed, passed and were certified, a funnel that narrows, never one
 * that grows.
 */
import type { DashboardFilter, Funnel } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { conditions, hasDates } from './filter-sql.ts';
import { nameBook, nameText } from './names.ts';

interface ModuleRow {
  moduleId: string;
  language: string;
  started: number;
  completed: number;
}

interface CourseRow {
  started: number;
  completed: number;
  passed: number;
  certified: number;
}

function fromSummary(db: AnalyticsDb, filter: DashboardFilter): { course: CourseRow; modules: ModuleRow[] } {
  const all = conditions(filter, { dates: false });
  const course = conditions(filter, { dates: false, module: false });
  const modules = db
    .prepare(`
      SELECT module AS moduleId, language, count(DISTINCT learner) AS started,
        count(DISTINCT CASE WHEN completed_at IS NOT NULL THEN learner END) AS completed
      FROM learner_module WHERE module != '' AND ${all.sql}
      GROUP BY module, language`)
    .all(...all.params) as ModuleRow[];
  const totals = db
    .prepare(`
      WITH started AS (SELECT DISTINCT learner FROM learner_module WHERE ${all.sql}),
      milestones AS (
        SELECT learner, max(completed_at IS NOT NULL) AS completed, max(passed_at IS NOT NULL) AS passed, max(earned_at IS NOT NULL) AS certified
        FROM learner_module WHERE module = '' AND ${course.sql} GROUP BY learner)
      SELECT count(*) AS started, coalesce(sum(completed), 0) AS completed, coalesce(sum(passed), 0) AS passed, coalesce(sum(certified), 0) AS certified
      FROM started LEFT JOIN milestones USING (learner)`)
    .get(...all.params, ...course.params) as CourseRow;
  return { course: totals, modules };
}

function fromFacts(db: AnalyticsDb, filter: DashboardFilter): { course: CourseRow; modules: ModuleRow[] } {
  const all = conditions(filter);
  const course = conditions(filter, { module: false });
  const modules = db
    .prepare(`
      SELECT module AS moduleId, language, count(DISTINCT learner) AS started,
        count(DISTINCT CASE WHEN verb = 'completed' AND activity = '' THEN learner END) AS completed
      FROM facts WHERE module != '' AND ${all.sql}
      GROUP BY module, language`)
    .all(...all.params) as ModuleRow[];
  const totals = db
    .prepare(`
      WITH started AS (SELECT DISTINCT learner FROM facts WHERE ${all.sql}),
      milestones AS (
        SELECT learner, max(verb = 'completed') AS completed, max(verb = 'passed') AS passed, max(verb = 'earned') AS certified
        FROM facts WHERE module = '' AND verb IN ('completed', 'passed', 'earned') AND ${course.sql} GROUP BY learner)
      SELECT count(*) AS started, coalesce(sum(completed), 0) AS completed, coalesce(sum(passed), 0) AS passed, coalesce(sum(certified), 0) AS certified
      FROM started LEFT JOIN milestones USING (learner)`)
    .get(...all.params, ...course.params) as CourseRow;
  return { course: totals, modules };
}

export function funnel(db: AnalyticsDb, filter: DashboardFilter): Funnel {
  const { course, modules } = hasDates(filter) ? fromFacts(db, filter) : fromSummary(db, filter);
  const names = nameBook(db);
  // Languages sorted first; the (stable) course-order sort keeps them so within each module.
  const ordered = names.inCourseOrder(modules.sort((a, b) => a.language.localeCompare(b.language)));
  return { course, modules: ordered.map((row) => ({ moduleId: row.moduleId, names: names.of(row.moduleId), language: row.language, started: row.started, completed: row.completed })) };
}

export function funnelCsv(answer: Funnel) {
  return {
    header: ['module', 'name', 'language', 'started', 'completed', 'passed', 'certified'],
    rows: [
      ['', '(course)', '', answer.course.started, answer.course.completed, answer.course.passed, answer.course.certified],
      ...answer.modules.map((m) => [m.moduleId, nameText(m.names), m.language, m.started, m.completed, null, null]),
    ],
  };
}
