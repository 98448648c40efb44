/**
 * When an activity and a module count as done, and what an activity scored: the rules the
 * table of contents, the course status and the LMS report all share, so they never disagree.
 * Statuses are derived from the activity's detail every time (the stored `status` is only a
 * convenience for readers of the state), so a rule change applies to old progress too.
 */
import type { ActivityData } from '../../../course/schema/course-data.ts';
import { activityKey } from './progress-values.ts';
import type { ActivityDetail, ActivityStatus, LearnerProgress } from './progress.ts';

/**
 * What the status rules read of an activity: its type, whether it is optional, and a quiz's
 * attempts. The full activity data has them, and so does a table of contents that lists
 * activities without their text, so both count the same.
 */
export type ActivityRuleData = { id: string; type: ActivityData['type']; optional: boolean; attempts?: number };

/** What `moduleProgress` reads of a module. */
export type ModuleRuleData = { id: string; activities: readonly ActivityRuleData[] };

/**
 * - page: completed once the learner reached its end (scrolled to it, or pressed Next on it):
 *   the shell writes its detail then, never when the page merely opens;
 * - certificate: completed once it has a detail (the shell writes one when it is issued);
 * - dialogue: completed once a run reached an ending (`best` set), in progress while a run has
 *   choices in its path;
 * - quiz: completed when passed or when every allowed attempt is used (completed, not passed),
 *   in progress once an attempt started;
 * - feedback exercise: completed at the compare stage, in progress once anything was done;
 * - reflection: completed once submitted, in progress once anything was written.
 * A detail of another type than the activity (a corrupt or foreign state) counts as nothing.
 */
export function activityStatus(activity: Pick<ActivityRuleData, 'type' | 'attempts'>, detail: ActivityDetail | undefined): ActivityStatus {
  if (!detail || detail.type !== activity.type) return 'not-started';
  switch (detail.type) {
    case 'page':
    case 'certificate':
      return 'completed';
    case 'dialogue':
      if (detail.best !== undefined) return 'completed';
      return detail.path.length > 0 ? 'in-progress' : 'not-started';
    case 'quiz': {
      const attempts = activity.type === 'quiz' ? (activity.attempts ?? 0) : 0;
      if (detail.passed || (attempts > 0 && detail.attemptsUsed >= attempts)) return 'completed';
      return detail.attemptsUsed > 0 || detail.current !== undefined ? 'in-progress' : 'not-started';
    }
    case 'feedback-exercise': {
      if (detail.stage === 'compare') return 'completed';
      const touched =
        detail.stage !== 'work' ||
        detail.checked ||
        (detail.written ?? '').trim() !== '' ||
        Object.keys(detail.sorted).length > 0 ||
        Object.keys(detail.ratings).length > 0;
      return touched ? 'in-progress' : 'not-started';
    }
    case 'reflection':
      if (detail.submitted) return 'completed';
      return Object.values(detail.answers).some((a) => a.trim() !== '') ? 'in-progress' : 'not-started';
  }
}

/** The activity's score, percentage 0-100, or undefined when it has none (yet). */
export function activityScore(activity: ActivityData, detail: ActivityDetail | undefined): number | undefined {
  if (!detail || detail.type !== activity.type) return undefined;
  switch (detail.type) {
    case 'quiz':
    case 'dialogue':
      return detail.best;
    case 'feedback-exercise':
      return detail.score;
    default:
      return undefined;
  }
}

/**
 * Whether an activity counts towards completion: not optional, and not a certificate. The
 * certificate is the reward for completing, so counting it would make completion wait for it
 * and a course in `passed-failed` mode could then never report `failed`.
 */
export const isRequired = (activity: Pick<ActivityRuleData, 'type' | 'optional'>): boolean => !activity.optional && activity.type !== 'certificate';

export interface ModuleProgress {
  /** Required activities completed. */
  completed: number;
  /** Required activities (see `isRequired`). */
  total: number;
  /** Every required activity is completed (also true for a module with none). */
  complete: boolean;
}

export function moduleProgress(module: ModuleRuleData, progress: LearnerProgress): ModuleProgress {
  const required = module.activities.filter(isRequired);
  const completed = required.filter(
    (activity) => activityStatus(activity, progress.activities[activityKey(module.id, activity.id)]?.detail) === 'completed',
  ).length;
  return { completed, total: required.length, complete: completed === required.length };
}
