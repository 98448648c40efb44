import { describe, expect, it } from 'vitest';
import { FunnelSchema } from '../dashboard-api.ts';
import { project } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { funnel } from './funnel.ts';

const { statements } = threeMentors();
const rows = (answer: ReturnType<typeof funnel>) => answer.modules.map((m) => [m.moduleId, m.language, m.started, m.completed]);

describe('funnel', () => {
  const { db } = project(statements);

  it('counts learners at each stage of the course and of each module per language', () => {
    const answer = FunnelSchema.parse(funnel(db, {}));
    // Started: Ana, Bo, Cas. Completed, passed, certified: Ana only.
    expect(answer.course).toEqual({ started: 3, completed: 1, passed: 1, certified: 1 });
    // intro/en: Ana and Cas, both completed; intro/nl: Bo, not completed;
    // feedback/en: Ana (completed) and Cas (sorting only); feedback/nl: Bo (dialogue only).
    expect(rows(answer)).toEqual([
      ['intro', 'en', 2, 2],
      ['intro', 'nl', 1, 0],
      ['feedback', 'en', 2, 1],
      ['feedback', 'nl', 1, 0],
    ]);
    expect(answer.modules[0]!.names).toEqual({ en: 'Module intro' });
  });

  it('narrows to a cohort and a language from the summaries', () => {
    // Spring is Ana and Bo; in English only Ana.
    const answer = funnel(db, { cohort: 'Spring', language: 'en' });
    expect(answer.course).toEqual({ started: 1, completed: 1, passed: 1, certified: 1 });
    expect(rows(answer)).toEqual([
      ['intro', 'en', 1, 1],
      ['feedback', 'en', 1, 1],
    ]);
  });

  it('counts what happened within a date range, from the facts', () => {
    // 2 to 9 March in English: Ana's feedback day (module and course done on 2 March) and Cas's
    // day (intro done, a sorting in feedback); Ana's intro (1 March) falls outside.
    const answer = funnel(db, { language: 'en', from: '2026-03-02', to: '2026-03-09' });
    expect(answer.course).toEqual({ started: 2, completed: 1, passed: 1, certified: 1 });
    expect(rows(answer)).toEqual([
      ['intro', 'en', 1, 1],
      ['feedback', 'en', 2, 1],
    ]);
  });

  it('counts the course stages among the learners who started the filtered module', () => {
    // Only intro, only from 3 March: Bo (3 March) and Cas (9 March) started it; neither finished the course.
    expect(funnel(db, { module: 'intro', from: '2026-03-03' })).toMatchObject({ course: { started: 2, completed: 0, passed: 0, certified: 0 } });
    // A date-time bound cuts within a day: from 09:02 on 1 March, Ana's intro page view (09:01) is out, her quiz is in.
    expect(rows(funnel(db, { module: 'intro', from: '2026-03-01T09:02:00Z', to: '2026-03-01T23:59:59Z' }))).toEqual([['intro', 'en', 1, 1]]);
  });
});
