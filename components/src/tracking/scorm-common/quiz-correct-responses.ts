/**
 * The right answers of a quiz item, as learner responses, so each SCORM version can write them
 * as `cmi.interactions.n.correct_responses.m.pattern` with the same formatter it uses for the
 * learner's own response. LMS reports (Moodle's interactions report) show them side by side.
 * Fill-in items get one pattern per accepted answer (SCORM allows several patterns for them);
 * every other kind has exactly one right answer.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { QuizResponse } from '../../runtime/progress.ts';

/** SCORM 2004 keeps at most 10 patterns for fill-in; 1.2 does not say, 10 is plenty. */
const MAX_PATTERNS = 10;

export function correctResponses(item: QuizItem): QuizResponse[] {
  switch (item.kind) {
    case 'single-choice':
      return [{ kind: item.kind, option: item.correct }];
    case 'multiple-response':
      return [{ kind: item.kind, options: item.correct }];
    case 'true-false':
      return [{ kind: item.kind, value: item.correct }];
    case 'matching':
      return [{ kind: item.kind, matches: Object.fromEntries(item.pairs.map((pair) => [pair.id, pair.id])) }];
    case 'ordering':
      return [{ kind: item.kind, order: item.steps.map((step) => step.id) }];
    case 'fill-in':
      return item.accept.slice(0, MAX_PATTERNS).map((text) => ({ kind: item.kind, text }));
  }
}

/** The quiz item `moduleId/activityId/itemId` in `course`, if there is one. */
export function findQuizItem(course: CourseData | undefined, moduleId: string, activityId: string, itemId: string): QuizItem | undefined {
  const activity = course?.modules.find((m) => m.id === moduleId)?.activities.find((a) => a.id === activityId);
  return activity?.type === 'quiz' ? activity.items.find((item) => item.id === itemId) : undefined;
}
