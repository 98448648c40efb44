/**
 * The small cohort every panel test reads: three mentors, two modules (`intro` with a page
 * and a quiz, `feedback` with a dialogue and a feedback exercise), small enough that each
 * expected figure is counted by hand in the test that checks it.
 *
 *   Ana  en  Spring   intro: page 120 s, quiz failed 50 then passed 100 (900 s), module done
 *                     feedback: dialogue good→ok→happy (300 s), sorting 75, ratings clarity
 *                     mostly / tone fully (600 s), module done; course completed, passed, earned
 *                     (all on 1 and 2 March)
 *   Bo   nl  Spring   intro: page 60 s, quiz failed 0; feedback: dialogue poor→sad, then
 *                     good→ok→happy; nothing completed (3 and 4 March)
 *   Cas  en  Autumn   intro: page 180 s, quiz passed 100 (420 s), module done; feedback:
 *                     sorting 100, ratings clarity partly (9 March)
 *
 * Quiz items q1, q2 (options a, b, c; `a` is right): Ana#1 a/b, Ana#2 a/a, Bo#1 b/c, Cas#1 a/a.
 */
import { learner, says, type Json } from './statement-builder.ts';

export const ana = learner({ name: 'Ana Alves', email: 'ana@example.org', language: 'en', cohort: 'Spring' });
export const bo = learner({ name: 'Bo de Boer', email: 'bo@example.org', language: 'nl', cohort: 'Spring' });
export const cas = learner({ name: 'Cas Costa', email: 'cas@example.org', language: 'en', cohort: 'Autumn' });

const q = says.quizItem;

export function threeMentors() {
  const anaFeedbackDone = ana.module('feedback', 'completed', '2026-03-02T10:13:00Z', { completion: true });
  const boSadEnding = says.ending(bo, 'feedback', 'talk', 'e-sad', 'negative', '2026-03-04T09:01:00Z');
  const statements: Json[] = [
    ana.course('initialized', '2026-03-01T09:00:00Z'),
    ana.activity('intro', 'welcome', 'experienced', '2026-03-01T09:01:00Z'),
    says.completed(ana, 'intro', 'welcome', 120, '2026-03-01T09:03:00Z'),
    ana.activity('intro', 'quiz', 'attempted', '2026-03-01T09:05:00Z', { attempt: 1, type: 'assessment' }),
    q(ana, 'intro', 'quiz', 'q1', 1, 'a', true, '2026-03-01T09:06:00Z'),
    q(ana, 'intro', 'quiz', 'q2', 1, 'b', false, '2026-03-01T09:07:00Z'),
    says.quizSubmitted(ana, 'intro', 'quiz', 1, 50, false, '2026-03-01T09:10:00Z'),
    q(ana, 'intro', 'quiz', 'q1', 2, 'a', true, '2026-03-01T09:16:00Z'),
    q(ana, 'intro', 'quiz', 'q2', 2, 'a', true, '2026-03-01T09:17:00Z'),
    says.quizSubmitted(ana, 'intro', 'quiz', 2, 100, true, '2026-03-01T09:20:00Z'),
    says.completed(ana, 'intro', 'quiz', 900, '2026-03-01T09:20:01Z'),
    ana.module('intro', 'completed', '2026-03-01T09:21:00Z', { completion: true }),
    says.choice(ana, 'feedback', 'talk', 'n1', 'c-good', 'good', '2026-03-02T10:00:00Z'),
    says.choice(ana, 'feedback', 'talk', 'n2', 'c2-ok', 'acceptable', '2026-03-02T10:01:00Z'),
    says.ending(ana, 'feedback', 'talk', 'e-happy', 'positive', '2026-03-02T10:02:00Z'),
    says.completed(ana, 'feedback', 'talk', 300, '2026-03-02T10:02:01Z'),
    says.sorting(ana, 'feedback', 'exercise', 75, '2026-03-02T10:10:00Z'),
    says.ratings(ana, 'feedback', 'exercise', { clarity: 'mostly', tone: 'fully' }, '2026-03-02T10:12:00Z'),
    says.completed(ana, 'feedback', 'exercise', 600, '2026-03-02T10:12:01Z'),
    anaFeedbackDone,
    ana.course('completed', '2026-03-02T10:14:00Z', { completion: true }),
    ana.course('passed', '2026-03-02T10:14:01Z', { success: true }),
    ana.course('earned', '2026-03-02T10:15:00Z'),

    bo.activity('intro', 'welcome', 'experienced', '2026-03-03T08:00:00Z'),
    says.completed(bo, 'intro', 'welcome', 60, '2026-03-03T08:01:00Z'),
    q(bo, 'intro', 'quiz', 'q1', 1, 'b', false, '2026-03-03T08:05:00Z'),
    q(bo, 'intro', 'quiz', 'q2', 1, 'c', false, '2026-03-03T08:06:00Z'),
    says.quizSubmitted(bo, 'intro', 'quiz', 1, 0, false, '2026-03-03T08:10:00Z'),
    says.choice(bo, 'feedback', 'talk', 'n1', 'c-poor', 'poor', '2026-03-04T09:00:00Z'),
    boSadEnding,
    says.choice(bo, 'feedback', 'talk', 'n1', 'c-good', 'good', '2026-03-04T09:05:00Z'),
    says.choice(bo, 'feedback', 'talk', 'n2', 'c2-ok', 'acceptable', '2026-03-04T09:06:00Z'),
    says.ending(bo, 'feedback', 'talk', 'e-happy', 'positive', '2026-03-04T09:07:00Z'),

    cas.activity('intro', 'welcome', 'experienced', '2026-03-09T12:00:00Z'),
    says.completed(cas, 'intro', 'welcome', 180, '2026-03-09T12:03:00Z'),
    q(cas, 'intro', 'quiz', 'q1', 1, 'a', true, '2026-03-09T12:05:00Z'),
    q(cas, 'intro', 'quiz', 'q2', 1, 'a', true, '2026-03-09T12:06:00Z'),
    says.quizSubmitted(cas, 'intro', 'quiz', 1, 100, true, '2026-03-09T12:10:00Z'),
    says.completed(cas, 'intro', 'quiz', 420, '2026-03-09T12:10:01Z'),
    cas.module('intro', 'completed', '2026-03-09T12:11:00Z', { completion: true }),
    says.sorting(cas, 'feedback', 'exercise', 100, '2026-03-09T12:20:00Z'),
    says.ratings(cas, 'feedback', 'exercise', { clarity: 'partly' }, '2026-03-09T12:21:00Z'),
  ];
  return { statements, anaFeedbackDone, boSadEnding };
}
