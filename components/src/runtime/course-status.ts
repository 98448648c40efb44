/**
 * The course's status as one value every tracker reports the same way: complete, progress,
 * weighted score, mastery, and the single LMS status the course's `reporting` mode asks for.
 * Also whether the certificate may be issued.
 *
 * Score: the weighted mean (0-100) of the activities that can score (quizzes, dialogues,
 * feedback exercises with a sorting task) and have `weight > 0`. Until the course is complete
 * it averages only what has a score so far (undefined before the first); once complete, a
 * weighted activity without a score counts as 0, so skipping an optional weighted activity
 * costs points (and a complete course where nothing weighted scored has score 0).
 *
 * Passed: the score is at least `mastery.passMark`, judged once that score is final: when the
 * course is complete or every weighted activity has a score. A course with nothing weighted
 * has no score and is passed once complete.
 */
import type { ActivityData, CourseData } from '../../../course/schema/course-data.ts';
import { activityScore, activityStatus, isRequired, moduleProgress } from './completion.ts';
import { activityKey } from './progress-values.ts';
import type { LearnerProgress } from './progress.ts';

export type { LmsStatus } from './lms-status.ts';
import type { LmsStatus } from './lms-status.ts';

export interface CourseStatus {
  /** Every required activity in every module is completed. */
  complete: boolean;
  /** Share of required activities completed, 0..1. */
  progressMeasure: number;
  /** Weighted course score, percentage 0-100 (not rounded); undefined while nothing counts yet. */
  score: number | undefined;
  /** Mastered: see the file comment. */
  passed: boolean;
  /** What to report to the LMS, by the course's reporting mode. */
  lmsStatus: LmsStatus;
}

/** Activities whose score can count: the others never get a score, whatever their weight. */
export const canScore = (activity: ActivityData): boolean =>
  activity.type === 'quiz' || activity.type === 'dialogue' || (activity.type === 'feedback-exercise' && activity.sort !== undefined);

const entries = (course: CourseData) =>
  course.modules.flatMap((module) => module.activities.map((activity) => ({ activity, key: activityKey(module.id, activity.id) })));

export function courseStatus(course: CourseData, progress: LearnerProgress): CourseStatus {
  const all = entries(course);
  const required = all.filter(({ activity }) => isRequired(activity));
  const done = required.filter(({ activity, key }) => activityStatus(activity, progress.activities[key]?.detail) === 'completed').length;
  const complete = done === required.length;
  const progressMeasure = required.length === 0 ? 1 : done / required.length;

  const weighted = all
    .filter(({ activity }) => activity.weight > 0 && canScore(activity))
    .map(({ activity, key }) => ({ weight: activity.weight, score: activityScore(activity, progress.activities[key]?.detail) }));
  const scored = weighted.filter((w) => w.score !== undefined);
  const counted = complete ? weighted : scored;
  const totalWeight = counted.reduce((sum, w) => sum + w.weight, 0);
  const score = totalWeight === 0 ? undefined : counted.reduce((sum, w) => sum + w.weight * (w.score ?? 0), 0) / totalWeight;

  const final = complete || scored.length === weighted.length;
  const passed = weighted.length === 0 ? complete : final && score !== undefined && score >= course.mastery.passMark;
  return { complete, progressMeasure, score, passed, lmsStatus: lmsStatus(course.reporting, complete, passed) };
}

/**
 * `<when done>-<otherwise>`, see `ReportingModeSchema` in course/schema/course.ts:
 * | mode                 | passed     | complete, not passed | not complete, not passed |
 * | passed-incomplete    | passed     | incomplete           | incomplete               |
 * | passed-failed        | passed     | failed               | incomplete               |
 * | completed-incomplete | completed* | completed            | incomplete               |
 * | completed-failed     | completed* | failed               | incomplete               |
 * (* only once complete; before that `incomplete`, as a pass can come before the last page.)
 */
export function lmsStatus(mode: CourseData['reporting'], complete: boolean, passed: boolean): LmsStatus {
  switch (mode) {
    case 'passed-incomplete':
      return passed ? 'passed' : 'incomplete';
    case 'passed-failed':
      return passed ? 'passed' : complete ? 'failed' : 'incomplete';
    case 'completed-incomplete':
      return complete ? 'completed' : 'incomplete';
    case 'completed-failed':
      return !complete ? 'incomplete' : passed ? 'completed' : 'failed';
  }
}

export interface CertificateEligibility {
  /** Every required activity (the certificate aside) is completed and the course is passed. */
  eligible: boolean;
  /** Ids of modules with required activities still to complete, in course order. */
  missing: string[];
}

export function certificateEligible(course: CourseData, progress: LearnerProgress): CertificateEligibility {
  const missing = course.modules.filter((module) => !moduleProgress(module, progress).complete).map((module) => module.id);
  const { complete, passed } = courseStatus(course, progress);
  return { eligible: complete && passed, missing };
}
