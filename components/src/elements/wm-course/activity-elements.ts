/**
 * The leaf element for each activity type, loaded on demand. A learner sees one activity at a
 * time, so the shell's launch bundle carries none of the leaf elements (they were a third of
 * it, over the 60 KB gzip budget); each arrives as its own chunk the first time an activity of
 * its type is shown, or just before (the shell loads the next activity's element early). One
 * literal `import()` per type, so Vite names each chunk after its element (fixed names, no
 * hashes: see vite.config.ts) and every package lists them all.
 */
import type { ActivityData } from '../../../../course/schema/course-data.ts';

export type ActivityType = ActivityData['type'];

/** Per activity type: loads the module that defines its element; rejects when the chunk cannot be fetched. */
export type ActivityElementLoaders = Readonly<Record<ActivityType, () => Promise<unknown>>>;

export const ACTIVITY_ELEMENTS: ActivityElementLoaders = {
  page: () => import('../wm-page/wm-page.ts'),
  dialogue: () => import('../wm-dialogue/wm-dialogue.ts'),
  quiz: () => import('../wm-quiz/wm-quiz.ts'),
  'feedback-exercise': () => import('../wm-feedback-exercise/wm-feedback-exercise.ts'),
  reflection: () => import('../wm-reflection/wm-reflection.ts'),
  certificate: () => import('../wm-certificate/wm-certificate.ts'),
};
