import { describe, expect, it } from 'vitest';
import { funnel } from '../queries/funnel.ts';
import { learners } from '../queries/learners.ts';
import { scores } from '../queries/scores.ts';
import { learner, project, says, voiding } from '../testing/statement-builder.ts';
import { ana, cas, threeMentors } from '../testing/three-mentors.ts';
import { openAnalyticsDb, type AnalyticsDb } from './analytics-db.ts';
import { Projector } from './projector.ts';

const TABLES = ['facts', 'durations', 'attempts', 'responses', 'choices', 'endings', 'sortings', 'ratings', 'dialogue_runs', 'learner_module', 'learners', 'names', 'components', 'places', 'course_iris'];
const snapshot = (db: AnalyticsDb) => Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all()]));
const feedbackEn = (db: AnalyticsDb) => funnel(db, { module: 'feedback', language: 'en' }).modules[0];

describe('the projector', () => {
  it('changes nothing when it catches up twice', () => {
    const { db, projector } = project(threeMentors().statements);
    const before = snapshot(db);
    expect(projector.catchUp()).toBe(0);
    expect(snapshot(db)).toEqual(before);
    expect(projector.status()).toEqual({ seq: 42, statements: 42 });
  });

  it('projects the same whatever the chunk size', () => {
    const whole = project(threeMentors().statements);
    const inPairs = project(threeMentors().statements, { chunkSize: 2 });
    const ids = (db: AnalyticsDb) => ({ ...snapshot(db), dialogue_runs: db.prepare('SELECT learner, module, activity, registration, first_at, steps, ending FROM dialogue_runs ORDER BY first_at').all() });
    expect(ids(inPairs.db)).toEqual(ids(whole.db));
  });

  it('counts statements that arrive after a first answer, once caught up again', () => {
    const { db, add, projector } = project(threeMentors().statements);
    expect(feedbackEn(db)).toMatchObject({ started: 2, completed: 1 });
    add([cas.module('feedback', 'completed', '2026-03-09T12:30:00Z', { completion: true }), says.quizSubmitted(cas, 'intro', 'quiz', 2, 60, false, '2026-03-09T13:00:00Z')]);
    expect(feedbackEn(db)).toMatchObject({ completed: 1 });
    projector.catchUp();
    expect(feedbackEn(db)).toMatchObject({ started: 2, completed: 2 });
    expect(scores(db, { cohort: 'Autumn' }).quizzes[0]).toMatchObject({ attempts: 2, meanScore: 100 });
  });

  it('takes back what a voided statement added, summaries included', () => {
    const { statements, anaFeedbackDone } = threeMentors();
    const { db, add, projector } = project(statements);
    add([voiding(anaFeedbackDone)]);
    projector.catchUp();
    expect(feedbackEn(db)).toMatchObject({ started: 2, completed: 0 });
    // Her other rows are rebuilt as they were: still 900 s in feedback, course still completed.
    expect(db.prepare("SELECT seconds, statements FROM learner_module WHERE module = 'feedback' AND language = 'en' AND cohort = 'Spring'").get()).toEqual({ seconds: 900, statements: 7 });
    expect(funnel(db, {}).course).toEqual({ started: 3, completed: 1, passed: 1, certified: 1 });
    expect(projector.status().statements).toBe(41);
  });

  it('never counts a statement that arrived voided, its voiding statement having come first', () => {
    const late = says.quizSubmitted(ana, 'intro', 'quiz', 3, 0, false, '2026-03-05T09:00:00Z');
    const { db, add, projector } = project([...threeMentors().statements, voiding(late)]);
    add([late]);
    projector.catchUp();
    expect(scores(db, { cohort: 'Spring', language: 'en' }).quizzes[0]).toMatchObject({ attempts: 2 });
    expect(projector.status()).toEqual({ seq: 44, statements: 42 });
  });

  it('leaves the chunk out whole when it fails half-way, and counts it once on the next try', () => {
    const target = ana.course('initialized', '2026-03-01T08:00:00Z');
    const { store } = project([target, ana.activity('intro', 'welcome', 'experienced', '2026-03-01T08:01:00Z'), voiding(target), ana.course('completed', '2026-03-01T09:00:00Z')]);
    // The store fails once, while the chunk looks up the statement to void (its first two statements already written).
    let failures = 1;
    const flaky = {
      query: store.statements.query,
      lastSeq: store.statements.lastSeq,
      get: (id: string) => {
        if (failures-- > 0) throw new Error('disk hiccup');
        return store.statements.get(id);
      },
    };
    const db = openAnalyticsDb(':memory:');
    const projector = new Projector({ db, statements: flaky });
    expect(() => projector.catchUp()).toThrow('disk hiccup');
    expect(projector.status()).toEqual({ seq: 0, statements: 0 });
    expect(db.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(0);
    projector.catchUp();
    expect(projector.status()).toEqual({ seq: 4, statements: 2 });
    expect(funnel(db, {}).course).toEqual({ started: 1, completed: 1, passed: 0, certified: 0 });
    // Experienced and completed, counted once in the summary (the voided one not at all).
    expect(db.prepare('SELECT sum(statements) FROM learner_module').pluck().get()).toBe(2);
    // Ana was first seen in the failed chunk: she is in the list once the chunk went through.
    expect(learners(db, {}, undefined, 'all').learners.map((l) => l.name)).toEqual(['Ana Alves']);
  });

  it('settles once for callers waiting together, and after writes when scheduled', async () => {
    const { db, add, projector } = project([]);
    add(threeMentors().statements);
    await Promise.all([projector.settle(), projector.settle()]);
    expect(projector.status().seq).toBe(42);
    add([learner({ name: 'Dee', email: 'dee@example.org' }).course('initialized', '2026-03-11T08:00:00Z')]);
    projector.scheduleCatchUp();
    projector.scheduleCatchUp();
    await new Promise((resolve) => setImmediate(resolve));
    await projector.settle();
    expect(funnel(db, {}).course.started).toBe(4);
  });
});
