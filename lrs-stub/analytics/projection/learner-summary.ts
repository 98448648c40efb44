/**
 * `learner_module`: one row per learner, cohort, language and module (module '' is the course
 * itself) with what the funnel, the learner list and the drill-down need: how many statements,
 * first and last time, when the module (or course) was completed, when the course was passed
 * and the certificate earned, and the seconds on task. The unfiltered dashboard reads these few
 * thousand rows instead of a million facts.
 *
 * `learner_activity`: seconds on task per learner and activity, for the time panel.
 *
 * Kept incrementally: the projector adds each statement to an in-memory delta per row and
 * upserts the deltas once per chunk (counts add up, times take min/max), which is one write
 * per learner and module per chunk rather than one per statement. Voiding cannot be
 * subtracted from a min or max, so a voided statement's learner is rebuilt from the facts.
 */
import type { AnalyticsDb } from './analytics-db.ts';
import type { PlacedStatement } from './read-statement.ts';

interface Delta {
  learner: number;
  cohort: string;
  language: string;
  module: string;
  statements: number;
  first: string;
  last: string;
  completed: string | null;
  passed: string | null;
  earned: string | null;
  seconds: number | null;
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** Earliest of two nullable times, in SQL (min() with a NULL argument is NULL). */
const minOf = (column: string) => `CASE WHEN ${column} IS NULL THEN excluded.${column} WHEN excluded.${column} IS NULL THEN ${column} ELSE min(${column}, excluded.${column}) END`;

export interface LearnerSummary {
  add(learner: number, statement: PlacedStatement): void;
  /** Writes the pending deltas (end of a chunk, or before a rebuild). */
  flush(): void;
  /** Forgets the pending deltas (their transaction rolled back). */
  discard(): void;
  /** Recomputes every row of one learner from the facts. */
  rebuild(learner: number): void;
}

export function learnerSummary(db: AnalyticsDb): LearnerSummary {
  const upsert = db.prepare(`
    INSERT INTO learner_module (learner, cohort, language, module, statements, first_at, last_at, completed_at, passed_at, earned_at, seconds)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (learner, cohort, language, module) DO UPDATE SET
      statements = statements + excluded.statements,
      first_at = min(first_at, excluded.first_at),
      last_at = max(last_at, excluded.last_at),
      completed_at = ${minOf('completed_at')},
      passed_at = ${minOf('passed_at')},
      earned_at = ${minOf('earned_at')},
      seconds = CASE WHEN excluded.seconds IS NULL THEN seconds ELSE coalesce(seconds, 0) + excluded.seconds END`);
  const upsertTime = db.prepare(`
    INSERT INTO learner_activity (learner, module, activity, seconds) VALUES (?, ?, ?, ?)
    ON CONFLICT (learner, module, activity) DO UPDATE SET seconds = seconds + excluded.seconds`);
  const clear = db.prepare('DELETE FROM learner_module WHERE learner = ?');
  const clearTime = db.prepare('DELETE FROM learner_activity WHERE learner = ?');
  const recomputeTime = db.prepare('INSERT INTO learner_activity (learner, module, activity, seconds) SELECT learner, module, activity, sum(seconds) FROM durations WHERE learner = ? GROUP BY module, activity');
  const recompute = db.prepare(`
    INSERT INTO learner_module (learner, cohort, language, module, statements, first_at, last_at, completed_at, passed_at, earned_at, seconds)
    SELECT f.learner, f.cohort, f.language, f.module, count(*), min(f.at), max(f.at),
      min(CASE WHEN f.verb = 'completed' AND f.activity = '' THEN f.at END),
      min(CASE WHEN f.verb = 'passed' AND f.module = '' THEN f.at END),
      min(CASE WHEN f.verb = 'earned' AND f.module = '' THEN f.at END),
      (SELECT sum(d.seconds) FROM durations d INDEXED BY durations_learner WHERE d.learner = f.learner AND d.cohort = f.cohort AND d.language = f.language AND d.module = f.module)
    FROM facts f WHERE f.learner = ?
    GROUP BY f.learner, f.cohort, f.language, f.module`);
  let pending = new Map<string, Delta>();
  let times = new Map<string, { learner: number; module: string; activity: string; seconds: number }>();

  return {
    add(learner, s) {
      const key = `${learner}\u0000${s.cohort}\u0000${s.language}\u0000${s.module}`;
      let delta = pending.get(key);
      if (!delta) {
        delta = { learner, cohort: s.cohort, language: s.language, module: s.module, statements: 0, first: s.at, last: s.at, completed: null, passed: null, earned: null, seconds: null };
        pending.set(key, delta);
      }
      delta.statements += 1;
      if (s.at < delta.first) delta.first = s.at;
      if (s.at > delta.last) delta.last = s.at;
      // Milestones sit on statements about the module itself or the course itself.
      if (s.activity === '' && s.verb === 'completed') delta.completed = earlier(delta.completed, s.at);
      if (s.level === 'course' && s.verb === 'passed') delta.passed = earlier(delta.passed, s.at);
      if (s.level === 'course' && s.verb === 'earned') delta.earned = earlier(delta.earned, s.at);
      if (s.seconds !== undefined) {
        delta.seconds = (delta.seconds ?? 0) + s.seconds;
        const timeKey = `${learner}\u0000${s.module}\u0000${s.activity}`;
        const time = times.get(timeKey) ?? { learner, module: s.module, activity: s.activity, seconds: 0 };
        time.seconds += s.seconds;
        times.set(timeKey, time);
      }
    },
    flush() {
      for (const d of pending.values()) upsert.run(d.learner, d.cohort, d.language, d.module, d.statements, d.first, d.last, d.completed, d.passed, d.earned, d.seconds);
      pending = new Map();
      for (const t of times.values()) upsertTime.run(t.learner, t.module, t.activity, t.seconds);
      times = new Map();
    },
    discard() {
      pending = new Map();
      times = new Map();
    },
    rebuild(learner) {
      clear.run(learner);
      recompute.run(learner);
      clearTime.run(learner);
      recomputeTime.run(learner);
    },
  };
}
