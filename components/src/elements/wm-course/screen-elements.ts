/**
 * The elements of the shell's own screens after the welcome, loaded on demand like the activity
 * elements (activity-elements.ts): a learner who opens the course needs the welcome screen (in
 * the launch bundle) and the first activity, not the module end or the course end. One literal
 * `import()` each, so each is a chunk of its own with a fixed name.
 */
export type ScreenKind = 'module-start' | 'module-end' | 'course-end';

/** Per screen: loads the module that defines its element; rejects when the chunk cannot be fetched. */
export type ScreenElementLoaders = Readonly<Record<ScreenKind, () => Promise<unknown>>>;

export const SCREEN_ELEMENTS: ScreenElementLoaders = {
  'module-start': () => import('../wm-module-start/wm-module-start.ts'),
  'module-end': () => import('../wm-module-end/wm-module-end.ts'),
  'course-end': () => import('../wm-course-end/wm-course-end.ts'),
};
