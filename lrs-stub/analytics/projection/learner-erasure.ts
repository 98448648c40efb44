/**
 * A learner's analytics data on request: what the projection derived about one person (their
 * drill-down, as the dashboard shows it) for an export, and the deletion of every row about
 * them for an erasure (lrs-stub/privacy/learner-data.ts's DerivedData). After an erasure the
 * store no longer has their statements, so nothing brings the rows back.
 */
import type { DerivedData } from '../../privacy/learner-data.ts';
import { learnerDetail } from '../queries/learners.ts';
import type { AnalyticsDb } from './analytics-db.ts';
import type { Dimensions } from './dimensions.ts';

const PER_LEARNER = ['facts', 'durations', 'attempts', 'responses', 'choices', 'endings', 'sortings', 'ratings', 'dialogue_runs', 'learner_module', 'learner_activity'] as const;

export function analyticsLearnerData(db: AnalyticsDb, dimensions: Dimensions): DerivedData {
  const byIfi = db.prepare('SELECT id, public_id AS publicId FROM learners WHERE ifi = ?');
  const factCount = db.prepare('SELECT count(*) FROM facts WHERE learner = ?').pluck();
  const deletes = PER_LEARNER.map((table) => db.prepare(`DELETE FROM ${table} WHERE learner = ?`));
  const deleteLearner = db.prepare('DELETE FROM learners WHERE id = ?');
  const uncount = db.prepare('UPDATE projection SET statements = statements - ? WHERE id = 1');
  return {
    name: 'analytics',
    export(ifi) {
      const found = byIfi.get(ifi) as { id: number; publicId: string } | undefined;
      return found ? (learnerDetail(db, found.publicId, 'all') ?? null) : null;
    },
    erase(ifi) {
      const found = byIfi.get(ifi) as { id: number } | undefined;
      if (!found) return 0;
      return db.transaction(() => {
        uncount.run(factCount.get(found.id) as number);
        let rows = 0;
        for (const statement of deletes) rows += statement.run(found.id).changes;
        rows += deleteLearner.run(found.id).changes;
        dimensions.forgetLearner(ifi);
        return rows;
      })();
    },
  };
}
