/**
 * Which score a SCORM package reports with a course status, and when. Both versions follow it,
 * so Moodle's gradebook and activity completion behave the same for 1.2 and 2004:
 *
 * - Only a final result is a grade: the score is reported once the course is complete or its
 *   status is final (passed, failed, completed), never the running average of a learner half
 *   way through. Moodle takes `score.raw` as the grade, and with a mastery score in the
 *   manifest it would also turn a partial score below the mark into `failed` at LMSFinish.
 * - A course with nothing scored still reports a score once it is final: its completion as a
 *   percentage, 100. Moodle 4.3 re-checks "require status" activity completion only when a
 *   score arrives (see `CmiBatch.afterCommit`), so without one the activity is never ticked.
 */
import type { LearnerEvent } from '../learner-event.ts';

type CourseStatusEvent = Extract<LearnerEvent, { type: 'course-status' }>;

/** The score (0-100) to report with this status, or undefined while it is not final. */
export function reportedScore(event: CourseStatusEvent): number | undefined {
  const final = event.complete || event.lmsStatus !== 'incomplete';
  if (!final) return undefined;
  return event.score ?? Math.round(event.progressMeasure * 100);
}
