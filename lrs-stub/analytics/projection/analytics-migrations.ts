/**
 * The analytics database's schema as numbered, forward-only migrations (recorded in
 * `analytics_migrations`), the same discipline as the LRS store's: a released migration is
 * never edited, a change is a new one.
 *
 * What the tables hold (projection/projector.ts writes them, queries/ reads them):
 * - `projection`: how far the projector got in the LRS (`seq`) and how many statements it
 *   placed; written in the same transaction as the facts, so a crash never counts twice.
 * - `learners`: one row per actor IFI, with the name and identifier as the statements gave
 *   them (data, never markup) and an opaque `public_id` for URLs.
 * - fact tables, one row per statement (or per rating) of one kind, each carrying the filter
 *   dimensions (learner, at, cohort, language, module, activity): `facts` (every placed
 *   statement), `durations`, `attempts` (submitted quiz attempts), `responses` (quiz item
 *   answers), `choices` (dialogue choices), `endings`, `sortings`, `ratings`. Every fact row
 *   keeps the LRS `seq` of its statement, so voiding deletes exactly its rows.
 * - summaries, derived from the facts and kept up to date by the projector:
 *   `learner_module` (per learner, cohort, language and module: statements, first and last
 *   time, completion and course milestones, seconds on task; module '' is the course itself),
 *   which the unfiltered funnel and the learner list read instead of a million facts; and
 *   `dialogue_runs` (one row per run through a dialogue, its path and ending).
 * - `names` and `components`: the language maps of activity names and of choice texts, from
 *   the statements' definitions, and each rubric's levels and criteria in its order (parts
 *   `rubric-level` and `rubric-criterion` of the exercise), from the ratings statements'
 *   rating-scale extension; `places`: every module and activity with the seq it was first
 *   seen at, which orders the panels' lists as the course does (learners meet them in order).
 *
 * - `learner_activity`: seconds on task per learner and activity, indexed by value, so the
 *   medians of the unfiltered time panel are read at an offset of the index instead of
 *   ranking a hundred thousand sums (window functions cost about 1 µs a row).
 *
 * Indexes are chosen for the panel queries: facts by time, by module and time (date-filtered
 * funnel) and by learner and time (drill-down, rebuilds). The panels' own fact tables are
 * clustered (WITHOUT ROWID) on the order their GROUP BY walks, module and activity first, so
 * a panel reads its rows in order from one B-tree with no lookups and no sorting; their
 * primary keys end in `seq`, and voiding deletes by (module, activity, learner, seq).
 */
import type Database from 'better-sqlite3';

export interface AnalyticsMigration {
  id: number;
  name: string;
  sql: string;
}

const dims = `learner INTEGER NOT NULL, at TEXT NOT NULL, cohort TEXT NOT NULL, language TEXT NOT NULL, module TEXT NOT NULL, activity TEXT NOT NULL`;

export const ANALYTICS_MIGRATIONS: readonly AnalyticsMigration[] = [
  {
    id: 1,
    name: 'cursor, learners, facts per kind, summaries, names',
    sql: `
      CREATE TABLE projection (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        statements INTEGER NOT NULL
      );
      INSERT INTO projection (id, seq, statements) VALUES (1, 0, 0);

      CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        ifi TEXT NOT NULL UNIQUE,
        public_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        identifier TEXT NOT NULL
      );

      CREATE TABLE course_iris (iri TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('course', 'module')), module TEXT NOT NULL) WITHOUT ROWID;

      CREATE TABLE facts (seq INTEGER PRIMARY KEY, ${dims}, part TEXT NOT NULL, verb TEXT NOT NULL);
      CREATE INDEX facts_at ON facts (at);
      CREATE INDEX facts_module_at ON facts (module, at);
      CREATE INDEX facts_learner_at ON facts (learner, at);

      CREATE TABLE durations (seq INTEGER NOT NULL, ${dims}, seconds REAL NOT NULL, PRIMARY KEY (module, activity, learner, seq)) WITHOUT ROWID;
      CREATE INDEX durations_learner ON durations (learner);

      CREATE TABLE attempts (seq INTEGER NOT NULL, ${dims}, registration TEXT NOT NULL, attempt INTEGER NOT NULL, score REAL, success INTEGER NOT NULL, PRIMARY KEY (module, activity, learner, seq)) WITHOUT ROWID;

      CREATE TABLE responses (seq INTEGER NOT NULL, ${dims}, registration TEXT NOT NULL, attempt INTEGER NOT NULL, item TEXT NOT NULL, success INTEGER, fraction REAL, response TEXT, PRIMARY KEY (module, activity, learner, registration, attempt, seq)) WITHOUT ROWID;

      CREATE TABLE choices (seq INTEGER NOT NULL, ${dims}, registration TEXT NOT NULL, node TEXT NOT NULL, choice TEXT NOT NULL, quality TEXT, next TEXT, PRIMARY KEY (module, activity, node, choice, seq)) WITHOUT ROWID;
      CREATE INDEX choices_run_key ON choices (learner, registration, module, activity);

      CREATE TABLE endings (seq INTEGER NOT NULL, ${dims}, registration TEXT NOT NULL, ending TEXT NOT NULL, outcome TEXT, PRIMARY KEY (learner, registration, module, activity, seq)) WITHOUT ROWID;

      CREATE INDEX choices_flow ON choices (module, activity, choice, next);

      CREATE TABLE dialogue_runs (
        learner INTEGER NOT NULL, cohort TEXT NOT NULL, language TEXT NOT NULL, module TEXT NOT NULL, activity TEXT NOT NULL,
        registration TEXT NOT NULL,
        run INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        steps TEXT NOT NULL,
        ending TEXT,
        outcome TEXT,
        PRIMARY KEY (module, activity, learner, registration, run)
      ) WITHOUT ROWID;

      CREATE TABLE sortings (seq INTEGER NOT NULL, ${dims}, score REAL, success INTEGER, PRIMARY KEY (module, activity, learner, seq)) WITHOUT ROWID;

      CREATE TABLE ratings (seq INTEGER NOT NULL, ${dims}, criterion TEXT NOT NULL, level TEXT NOT NULL, PRIMARY KEY (module, activity, criterion, learner, seq)) WITHOUT ROWID;

      CREATE TABLE learner_module (
        learner INTEGER NOT NULL, cohort TEXT NOT NULL, language TEXT NOT NULL, module TEXT NOT NULL,
        statements INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        completed_at TEXT,
        passed_at TEXT,
        earned_at TEXT,
        seconds REAL,
        PRIMARY KEY (learner, cohort, language, module)
      ) WITHOUT ROWID;
      CREATE INDEX learner_module_module ON learner_module (module, language);

      CREATE TABLE learner_activity (
        learner INTEGER NOT NULL, module TEXT NOT NULL, activity TEXT NOT NULL,
        seconds REAL NOT NULL,
        PRIMARY KEY (learner, module, activity)
      ) WITHOUT ROWID;
      CREATE INDEX learner_activity_seconds ON learner_activity (module, activity, seconds);

      CREATE TABLE places (module TEXT NOT NULL, activity TEXT NOT NULL, first_seq INTEGER NOT NULL, PRIMARY KEY (module, activity)) WITHOUT ROWID;
      CREATE TABLE names (module TEXT NOT NULL, activity TEXT NOT NULL, part TEXT NOT NULL, lang TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (module, activity, part, lang)) WITHOUT ROWID;
      CREATE TABLE components (module TEXT NOT NULL, activity TEXT NOT NULL, part TEXT NOT NULL, component TEXT NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (module, activity, part, component, lang)) WITHOUT ROWID;
    `,
  },
];

/** Applies every migration not yet recorded, each in its own transaction, in order. */
export function migrateAnalytics(db: Database.Database, path: string, migrations: readonly AnalyticsMigration[] = ANALYTICS_MIGRATIONS): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS analytics_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT id FROM analytics_migrations').pluck().all() as number[]);
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...migrations.map((m) => m.id));
  if (newest > known) {
    throw new Error(
      `The analytics database ${path} has migration ${newest}, newer than this code knows (${known}). Run a newer lrs-stub, or delete ${path}: it is rebuilt from the LRS's statements on the next start.`,
    );
  }
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO analytics_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(migration.id, migration.name, new Date().toISOString());
    })();
    ran.push(migration.id);
  }
  return ran;
}
