/**
 * Test support: every learner event the shell can send for a course, built from the course
 * itself: each activity opened and completed, every dialogue choice and ending, every quiz item
 * answered right and wrong (so every quiz kind appears), every exercise and reflection, and the
 * course-level events in each of their forms. The mapping tests and the schema contract test
 * run over this list, so a new event type or quiz kind cannot slip past them.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { QuizResponse } from '../../runtime/progress.ts';
import type { LearnerEvent } from '../learner-event.ts';

const at = '2025-06-30T09:15:00.000+02:00';

export function everyEvent(course: CourseData): LearnerEvent[] {
  const events: LearnerEvent[] = [{ type: 'launched', at, language: course.locale }];
  for (const module of course.modules) {
    const moduleId = module.id;
    for (const activity of module.activities) {
      const ids = { at, moduleId, activityId: activity.id };
      events.push({ type: 'activity-experienced', ...ids, activityType: activity.type });
      switch (activity.type) {
        case 'dialogue':
          for (const node of activity.nodes) {
            for (const choice of node.choices ?? []) {
              events.push({ type: 'choice-made', ...ids, nodeId: node.id, choiceId: choice.id, quality: choice.quality, score: choice.score });
            }
            if (node.ending) events.push({ type: 'dialogue-ended', ...ids, endingId: node.id, outcome: node.ending.outcome, score: 66.67 });
          }
          break;
        case 'quiz':
          events.push({ type: 'quiz-started', ...ids, attempt: 1 });
          for (const item of activity.items) {
            for (const correct of [true, false]) {
              events.push({ type: 'quiz-item-answered', ...ids, itemId: item.id, kind: item.kind, response: responseFor(item, correct), correct, attempt: 1 });
            }
          }
          events.push({ type: 'quiz-submitted', ...ids, score: 50, passed: false, attempt: 1 });
          events.push({ type: 'quiz-submitted', ...ids, score: 100, passed: true, attempt: 2 });
          break;
        case 'feedback-exercise':
          if (activity.sort) {
            const sorted = Object.fromEntries(activity.sort.statements.map((s) => [s.id, s.category]));
            events.push({ type: 'exercise-checked', ...ids, score: 100, sorted });
          }
          events.push({ type: 'exercise-checked', ...ids, score: 0 });
          events.push({ type: 'exercise-completed', ...ids, written: 'Je hebt de temperatuur nauwkeurig genoteerd. 🙂', ratings: { specific: 'good' } });
          events.push({ type: 'exercise-completed', ...ids });
          break;
        case 'reflection':
          events.push({ type: 'reflection-saved', ...ids, answers: Object.fromEntries(activity.prompts.map((p) => [p.id, 'Ik vraag eerst wat er gebeurde.'])) });
          break;
        default:
          break;
      }
      events.push({ type: 'activity-completed', ...ids, score: 80 });
      events.push({ type: 'activity-completed', ...ids });
    }
    events.push({ type: 'module-completed', at, moduleId });
  }
  const status = { type: 'course-status', at, passed: false, progressMeasure: 0.5 } as const;
  events.push(
    { ...status, complete: false, lmsStatus: 'incomplete' },
    { ...status, complete: false, score: 91.25, passed: true, lmsStatus: 'passed' },
    { ...status, complete: true, score: 40, progressMeasure: 1, lmsStatus: 'failed' },
    { ...status, complete: true, progressMeasure: 1, lmsStatus: 'completed' },
    { type: 'certificate-issued', at, code: 'WM-7Q2K-93XD', issuedOn: '2025-06-30' },
    { type: 'suspended', at: '2025-06-30T09:45:00.000+02:00' },
    { type: 'terminated', at: '2025-06-30T09:50:00.000+02:00' },
  );
  return events;
}

/** A right or a wrong answer to an item, as the quiz element reports it. */
export function responseFor(item: QuizItem, correct: boolean): QuizResponse {
  switch (item.kind) {
    case 'single-choice':
      return { kind: item.kind, option: correct ? item.correct : item.options.find((o) => o.id !== item.correct)!.id };
    case 'multiple-response':
      return { kind: item.kind, options: correct ? item.correct : [] };
    case 'true-false':
      return { kind: item.kind, value: correct === item.correct };
    case 'matching': {
      const ids = item.pairs.map((p) => p.id);
      const targets = correct ? ids : [...ids.slice(1), ids[0]!];
      return { kind: item.kind, matches: Object.fromEntries(ids.map((id, i) => [id, targets[i]!])) };
    }
    case 'ordering': {
      const ids = item.steps.map((s) => s.id);
      return { kind: item.kind, order: correct ? ids : [...ids].reverse() };
    }
    case 'fill-in':
      return { kind: item.kind, text: correct ? item.accept[0]! : 'no idea' };
  }
}
