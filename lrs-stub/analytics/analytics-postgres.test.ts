/**
 * The analytics over the PostgreSQL store: the same seeded cohort in a memory store and in a
 * PostgreSQL store gives the same answer on every panel. Runs when LRS_TEST_POSTGRES_URL is set
 * (.ci/run sets it); the projector reads the store only through the port, so this is the test
 * that the port is all it needs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../store/memory-store.ts';
import { withPostgresTestUrl } from '../store/postgres/postgres-test-schema.ts';
import type { LrsStore } from '../store/store.ts';
import type { DashboardFilter } from './dashboard-api.ts';
import { openAnalyticsDb } from './projection/analytics-db.ts';
import { Projector } from './projection/projector.ts';
import { dialogues } from './queries/dialogues.ts';
import { funnel } from './queries/funnel.ts';
import { rubrics } from './queries/rubrics.ts';
import { scores } from './queries/scores.ts';
import { timeOnTask } from './queries/time-on-task.ts';
import { loadSeedCourse } from './seed/seed-course.ts';
import { seedCohort } from './seed/seed-cohort.ts';
import { insertStatements } from './seed/seed-store.ts';

const panels = (store: LrsStore, filter: DashboardFilter) => {
  const db = openAnalyticsDb(':memory:');
  try {
    new Projector({ db, statements: store.statements }).catchUp();
    return { funnel: funnel(db, filter), scores: scores(db, filter), time: timeOnTask(db, filter), dialogues: dialogues(db, filter), rubrics: rubrics(db, filter) };
  } finally {
    db.close();
  }
};

withPostgresTestUrl((open) => {
  describe('analytics over the PostgreSQL store', () => {
    let batches: object[][];
    beforeAll(async () => {
      const course = await loadSeedCourse();
      batches = [...seedCohort({ seed: 12, learners: 30, course })];
    });

    it('answers every panel as over the memory store, unfiltered and filtered', () => {
      const memory = openMemoryStore();
      const postgres = open();
      try {
        const storedFrom = Date.parse('2026-02-01T00:00:00Z');
        expect(insertStatements(postgres, batches, { storedFrom })).toBe(insertStatements(memory, batches, { storedFrom }));
        for (const filter of [{}, { language: 'nl' }, { from: '2026-01-10', to: '2026-03-31' }] as DashboardFilter[]) {
          const expected = panels(memory, filter);
          expect(expected.funnel.course.started).toBeGreaterThan(0);
          expect(panels(postgres, filter)).toEqual(expected);
        }
      } finally {
        postgres.close();
      }
    }, 120_000);
  });
}, 'analytics over postgres');
