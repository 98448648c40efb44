/**
 * How the element reference (docs/elements.md) groups the elements, in reading order. The
 * manifest knows every element but not what part of the course it plays, so the grouping is
 * written here; the renderer refuses an element that is in no group, so a new element cannot be
 * left out of the reference by accident.
 */

export interface ElementGroup {
  readonly title: string;
  /** One or two sentences under the group's heading, for authors and integrators. */
  readonly about: string;
  /** Tag names, in the order the reference shows them. */
  readonly tags: readonly string[];
}

export const ELEMENT_GROUPS: readonly ElementGroup[] = [
  {
    title: 'Course shell',
    about:
      'The player itself and the parts it shows on every screen. A package\'s launch page puts `<wm-course>` on the page; everything else on this page is drawn by it.',
    tags: ['wm-course', 'wm-tracking-notice', 'wm-portfolio-actions'],
  },
  {
    title: 'Course screens',
    about:
      'The screens the shell shows around the activities: the welcome, the start and end of each module and the end of the course. Authors do not write them; their words come from `course.yaml` and `module.yaml`.',
    tags: ['wm-welcome', 'wm-module-start', 'wm-module-end', 'wm-course-end'],
  },
  {
    title: 'Activities',
    about:
      'One element per activity type. An author chooses it with `type:` in `module.yaml` (see the [content guide](content-guide.md)); the shell shows one activity at a time.',
    tags: ['wm-page', 'wm-dialogue', 'wm-quiz', 'wm-feedback-exercise', 'wm-reflection', 'wm-certificate'],
  },
];
