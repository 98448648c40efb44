/**
 * The learner-facing time of a module when its author gives none (`estimate` in module.yaml):
 * reading time for its words plus a fixed time per thing to do. The figures are deliberately
 * on the generous side: mentors read on a phone, between tasks, and not always in their first
 * language, and a course that says "20 minutes" and takes 40 loses their trust; one that takes
 * a little less than it said does not. An author who knows better (from a pilot) writes
 * `estimate:` and that wins. Counted on the source locale: translations say the same.
 */
import type { Activity } from '../../course/schema/activities/index.ts';
import type { Module } from '../../course/schema/module.ts';
import { dialogueBounds } from '../../components/src/runtime/dialogue-graph.ts';

/** Words a minute for B1 readers on a phone (an adult's 230-250 silent reading slowed for a second language and a small screen). */
export const WORDS_PER_MINUTE = 180;

/** Minutes per thing to do, besides reading its words. */
export const ACTIVITY_MINUTES = {
  /** Per decision on a dialogue's longest path: read the lines, weigh the choices, read the feedback. */
  dialogueDecision: 1.25,
  /** A dialogue's scene and its ending's debrief. */
  dialogueFrame: 1.5,
  /** Per quiz item a learner answers (the draw, or every item), its feedback included. */
  quizItem: 0.75,
  /** Writing feedback on a work sample. */
  exerciseWrite: 5,
  /** Per statement to sort. */
  exerciseStatement: 0.4,
  /** Rating one's own feedback and reading the model answer. */
  exerciseRubric: 2,
  /** Per reflection prompt: think and write a few sentences. */
  reflectionPrompt: 3,
  certificate: 1,
} as const;

/** Estimates are shown rounded up to this many minutes: "about 25 min", not "23 min". */
export const ROUND_TO = 5;

/** Words in a piece of text or HTML (tags are not words). */
export function countWords(text: string): number {
  return text.replace(/<[^>]*>/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes for one activity; `pageHtml` is the page's compiled body in the source locale. */
export function activityMinutes(activity: Activity, pageHtml: string | undefined): number {
  const m = ACTIVITY_MINUTES;
  switch (activity.type) {
    case 'page':
      return countWords(pageHtml ?? '') / WORDS_PER_MINUTE;
    case 'dialogue':
      return m.dialogueFrame + m.dialogueDecision * dialogueBounds(activity).longestPath;
    case 'quiz':
      return m.quizItem * (activity.draw ?? activity.items.length);
    case 'feedback-exercise':
      return (activity.write ? m.exerciseWrite : 0) + m.exerciseStatement * (activity.sort?.statements.length ?? 0) + m.exerciseRubric;
    case 'reflection':
      return m.reflectionPrompt * activity.prompts.length;
    case 'certificate':
      return m.certificate;
  }
}

/** The module's estimate in whole minutes: the author's, or the sum of its activities rounded up to `ROUND_TO`. */
export function moduleEstimate(module: Module, pageHtml: (pageId: string) => string | undefined): number {
  if (module.estimate !== undefined) return module.estimate;
  const minutes = module.activities.reduce((sum, a) => sum + activityMinutes(a, a.type === 'page' ? pageHtml(a.id) : undefined), 0);
  return Math.max(ROUND_TO, Math.ceil(minutes / ROUND_TO) * ROUND_TO);
}
