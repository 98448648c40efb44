/**
 * GET /filters: what the filter controls offer (cohorts, languages, modules with names), the
 * span of the data (first and last statement) and how much there is. Read from the summary
 * and the indexes: the first and last `at` are the ends of facts_at, the statement count is
 * the projector's own counter, so this answers in a millisecond at any size.
 */
import type { FilterOptions } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { nameBook, nameText } from './names.ts';

export function filterOptions(db: AnalyticsDb): FilterOptions {
  const names = nameBook(db);
  const cohorts = db.prepare("SELECT DISTINCT cohort FROM learner_module WHERE cohort != '' ORDER BY cohort").pluck().all() as string[];
  const languages = db.prepare("SELECT DISTINCT language FROM learner_module WHERE language != '' ORDER BY language").pluck().all() as string[];
  const modules = (db.prepare("SELECT DISTINCT module FROM learner_module WHERE module != ''").pluck().all() as string[]).map((id) => ({ moduleId: id }));
  const firstDay = db.prepare('SELECT at FROM facts ORDER BY at ASC LIMIT 1').pluck().get() as string | undefined;
  const lastDay = db.prepare('SELECT at FROM facts ORDER BY at DESC LIMIT 1').pluck().get() as string | undefined;
  return {
    cohorts,
    languages,
    modules: names.inCourseOrder(modules).map(({ moduleId }) => ({ id: moduleId, names: names.of(moduleId) })),
    firstDay: firstDay ?? null,
    lastDay: lastDay ?? null,
    statements: db.prepare('SELECT statements FROM projection WHERE id = 1').pluck().get() as number,
    learners: db.prepare('SELECT count(DISTINCT learner) FROM learner_module').pluck().get() as number,
  };
}

export function filterOptionsCsv(answer: FilterOptions) {
  return {
    header: ['kind', 'value', 'name'],
    rows: [
      ...answer.cohorts.map((cohort) => ['cohort', cohort, '']),
      ...answer.languages.map((language) => ['language', language, '']),
      ...answer.modules.map((module) => ['module', module.id, nameText(module.names)]),
    ],
  };
}
