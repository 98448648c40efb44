/**
 * Plain values that go with the progress types. Kept apart from `progress.ts`, whose zod/mini
 * schemas would otherwise be built (and zod bundled) in every player that needs only these.
 */
export const ACTIVITY_STATUSES = ['not-started', 'in-progress', 'completed'] as const;
export const FEEDBACK_STAGES = ['work', 'rate', 'compare'] as const;

/** The key of an activity in `LearnerProgress.activities`. */
export const activityKey = (moduleId: string, activityId: string): string => `${moduleId}/${activityId}`;
