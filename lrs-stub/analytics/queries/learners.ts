/**
 * GET /learners?q=… (coordinators): the learners in view (any statement matching the filters),
 * newest activity first, with what the list shows: name and identifier as the statements gave
 * them (learner-written text: the dashboard shows it as text), cohorts, languages, modules
 * completed, whether they passed, when they were last active. `q` narrows by name or
 * identifier (a LIKE with its wildcards escaped: `%` in a name is a percent sign). At most
 * LEARNER_PAGE rows; `truncated` says there were more.
 *
 * GET /learners/<id>: one learner's progress per module, their quiz results and their latest
 * statements. The id is the opaque public id of the list; filters do not apply to it.
 *
 * Both answer only about learners in the asking coordinator's cohorts (`scope`, from their
 * login: accounts/user-schema.ts): a learner with a statement in one of them. Outside it the
 * list leaves them out and the single learner is "not found", the same answer as a learner
 * who does not exist, so a coordinator cannot learn that somebody is in another cohort.
 */
import type { DashboardFilter, LearnerDetail, Learners } from '../dashboard-api.ts';
import type { CohortScope } from '../../accounts/user-schema.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { conditions, hasDates } from './filter-sql.ts';
import { nameBook, nameText } from './names.ts';

export const LEARNER_PAGE = 200;
const RECENT = 20;

type LearnerRow = Learners['learners'][number];
interface RawLearner extends Omit<LearnerRow, 'cohorts' | 'languages' | 'passed'> {
  learner: number;
  cohorts: string;
  languages: string;
  passed: number;
}

const SUMMARY = (inView: string) => `
  summary AS (
    SELECT m.learner,
      json_group_array(DISTINCT m.cohort) FILTER (WHERE m.cohort != '') AS cohorts,
      json_group_array(DISTINCT m.language) FILTER (WHERE m.language != '') AS languages,
      count(DISTINCT CASE WHEN m.module != '' AND m.completed_at IS NOT NULL THEN m.module END) AS modulesCompleted,
      max(m.passed_at IS NOT NULL) AS passed,
      max(m.last_at) AS lastActive
    FROM learner_module m WHERE m.learner IN (${inView}) GROUP BY m.learner)`;

const SELECT = `SELECT l.id AS learner, l.public_id AS id, l.name, l.identifier, s.cohorts, s.languages, s.modulesCompleted, s.passed, s.lastActive FROM summary s JOIN learners l ON l.id = s.learner`;

const toRow = (raw: RawLearner): LearnerRow => ({
  id: raw.id,
  name: raw.name,
  identifier: raw.identifier,
  cohorts: (JSON.parse(raw.cohorts) as string[]).sort(),
  languages: (JSON.parse(raw.languages) as string[]).sort(),
  modulesCompleted: raw.modulesCompleted,
  passed: raw.passed === 1,
  lastActive: raw.lastActive,
});

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The learners a scope admits, as SQL over learner_module (the cohorts each learner was seen in). */
function inScope(scope: CohortScope, column: string): { sql: string; params: string[] } {
  if (scope === 'all') return { sql: '1', params: [] };
  if (scope.length === 0) return { sql: '0', params: [] };
  return { sql: `${column} IN (SELECT learner FROM learner_module WHERE cohort IN (${scope.map(() => '?').join(', ')}))`, params: [...scope] };
}

export function learners(db: AnalyticsDb, filter: DashboardFilter, q: string | undefined, scope: CohortScope): Learners {
  const where = hasDates(filter) ? conditions(filter) : conditions(filter, { dates: false });
  const inView = hasDates(filter) ? `SELECT learner FROM facts WHERE ${where.sql}` : `SELECT learner FROM learner_module WHERE ${where.sql}`;
  const allowed = inScope(scope, 'l.id');
  const search = q?.trim() ? likePattern(q.trim()) : null;
  const rows = db
    .prepare(`
      WITH ${SUMMARY(inView)}
      ${SELECT}
      WHERE (? IS NULL OR l.name LIKE ? ESCAPE '\\' OR l.identifier LIKE ? ESCAPE '\\') AND ${allowed.sql}
      ORDER BY s.lastActive DESC, l.id LIMIT ?`)
    .all(...where.params, search, search, search, ...allowed.params, LEARNER_PAGE + 1) as RawLearner[];
  return { learners: rows.slice(0, LEARNER_PAGE).map(toRow), truncated: rows.length > LEARNER_PAGE };
}

/** The internal learner id behind a public id, with the IFI and identifier, if the scope admits them. */
export function findLearner(db: AnalyticsDb, publicId: string, scope: CohortScope): { learner: number; ifi: string; identifier: string } | undefined {
  const allowed = inScope(scope, 'id');
  return db.prepare(`SELECT id AS learner, ifi, identifier FROM learners WHERE public_id = ? AND ${allowed.sql}`).get(publicId, ...allowed.params) as
    | { learner: number; ifi: string; identifier: string }
    | undefined;
}

export function learnerDetail(db: AnalyticsDb, publicId: string, scope: CohortScope): LearnerDetail | undefined {
  const found = findLearner(db, publicId, scope);
  if (!found) return undefined;
  const raw = db.prepare(`WITH ${SUMMARY('?')} ${SELECT}`).get(found.learner) as RawLearner | undefined;
  if (!raw) return undefined;
  const names = nameBook(db);
  const modules = db
    .prepare(`
      SELECT module AS moduleId, min(first_at) AS started, min(completed_at) AS completed, sum(seconds) AS seconds
      FROM learner_module WHERE learner = ? AND module != '' GROUP BY module`)
    .all(found.learner) as { moduleId: string; started: string | null; completed: string | null; seconds: number | null }[];
  const quizzes = db
    .prepare(`
      SELECT module AS moduleId, activity AS activityId, count(*) AS attempts, max(score) AS bestScore, max(success) AS passed
      FROM attempts WHERE learner = ? GROUP BY module, activity`)
    .all(found.learner) as { moduleId: string; activityId: string; attempts: number; bestScore: number | null; passed: number }[];
  const recent = db
    .prepare(`SELECT at, verb, module, activity, part FROM facts WHERE learner = ? ORDER BY at DESC, seq DESC LIMIT ${RECENT}`)
    .all(found.learner) as { at: string; verb: string; module: string; activity: string; part: string }[];
  return {
    learner: toRow(raw),
    modules: names.inCourseOrder(modules).map((m) => ({ ...m, names: names.of(m.moduleId), seconds: m.seconds === null ? null : Math.round(m.seconds * 10) / 10 })),
    quizzes: names.inCourseOrder(quizzes).map((q) => ({ ...q, names: names.of(q.moduleId, q.activityId), passed: q.passed === 1 })),
    recent: recent.map((r) => ({ at: r.at, verb: r.verb, object: [r.module, r.activity, r.part].filter((s) => s !== '').join('/') || 'course' })),
  };
}

export function learnersCsv(answer: Learners) {
  return {
    header: ['id', 'name', 'identifier', 'cohorts', 'languages', 'modulesCompleted', 'passed', 'lastActive'],
    rows: answer.learners.map((l) => [l.id, l.name, l.identifier, l.cohorts.join('; '), l.languages.join('; '), l.modulesCompleted, l.passed, l.lastActive]),
  };
}

export function learnerDetailCsv(answer: LearnerDetail) {
  return {
    header: ['module', 'name', 'started', 'completed', 'seconds'],
    rows: answer.modules.map((m) => [m.moduleId, nameText(m.names), m.started, m.completed, m.seconds]),
  };
}
