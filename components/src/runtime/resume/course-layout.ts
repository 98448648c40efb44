/**
 * The course as the resume codec sees it: every activity with its position in the course and
 * a fingerprint of the ids the codec refers to by index inside it (dialogue nodes and choices,
 * quiz items and their options, sorting statements and categories, rubric criteria and levels,
 * reflection prompts). Positions keep the state small; fingerprints tell whether a stored
 * index still means the same thing after the course was edited and rebuilt.
 *
 * Only ids and order go into fingerprints, never text, so translations and typo fixes keep
 * every learner's progress, and the same state decodes in every locale of the course.
 */
import type { ActivityData, CourseData } from '../../../../course/schema/course-data.ts';
import { fnv1a32 } from '../fnv-hash.ts';
import { activityKey } from '../progress-values.ts';
import { fingerprintChars } from './resume-tokens.ts';

/** Characters in an activity fingerprint: 18 bits, so a foreign record rarely matches by chance. */
export const ACTIVITY_FINGERPRINT_WIDTH = 3;
export const COURSE_TAG_WIDTH = 2;
export const COURSE_FINGERPRINT_WIDTH = 4;

export interface ActivityLayout {
  /** `<module-id>/<activity-id>`, the key in `LearnerProgress.activities`. */
  key: string;
  moduleId: string;
  activity: ActivityData;
  /** Position among all activities of the course, in course order. */
  index: number;
  fingerprint: string;
}

export interface CourseLayout {
  /** Identifies the course (its id only): a state of another course is refused outright. */
  courseTag: string;
  /** Identifies the structure: when it differs, records are matched by activity fingerprint. */
  fingerprint: string;
  activities: ActivityLayout[];
  byKey: Map<string, ActivityLayout>;
}

/** The distinct choice ids of a dialogue, in order of first appearance (ids may repeat across nodes). */
export function dialogueChoiceIds(activity: Extract<ActivityData, { type: 'dialogue' }>): string[] {
  return [...new Set(activity.nodes.flatMap((n) => (n.choices ?? []).map((c) => c.id)))];
}

/** Position of each id in a list (the first, if an id repeats). */
export function idIndex(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!map.has(id)) map.set(id, i);
  });
  return map;
}

/** The ids the codec indexes inside an activity, as one text to hash. */
function structureOf(activity: ActivityData): string {
  switch (activity.type) {
    case 'dialogue':
      return `${activity.nodes.map((n) => n.id).join(',')};${dialogueChoiceIds(activity).join(',')}`;
    case 'quiz':
      return activity.items
        .map((item) => {
          switch (item.kind) {
            case 'single-choice':
            case 'multiple-response':
              return `${item.id}:${item.kind}:${item.options.map((o) => o.id).join(',')}`;
            case 'matching':
              return `${item.id}:${item.kind}:${item.pairs.map((p) => p.id).join(',')}`;
            case 'ordering':
              return `${item.id}:${item.kind}:${item.steps.map((s) => s.id).join(',')}`;
            case 'true-false':
            case 'fill-in':
              return `${item.id}:${item.kind}`;
          }
        })
        .join(';');
    case 'feedback-exercise':
      return [
        activity.sort?.categories.map((c) => c.id).join(',') ?? '',
        activity.sort?.statements.map((s) => s.id).join(',') ?? '',
        activity.rubric.criteria.map((c) => c.id).join(','),
        activity.rubric.levels.map((l) => l.id).join(','),
      ].join(';');
    case 'reflection':
      return activity.prompts.map((p) => p.id).join(',');
    case 'page':
    case 'certificate':
      return '';
  }
}

function buildLayout(course: CourseData): CourseLayout {
  const activities: ActivityLayout[] = [];
  for (const module of course.modules) {
    for (const activity of module.activities) {
      const key = activityKey(module.id, activity.id);
      const hash = fnv1a32(`${key}|${activity.type}|${structureOf(activity)}`);
      activities.push({ key, moduleId: module.id, activity, index: activities.length, fingerprint: fingerprintChars(hash, ACTIVITY_FINGERPRINT_WIDTH) });
    }
  }
  const whole = activities.map((a) => `${a.key}=${a.fingerprint}`).join('&');
  return {
    courseTag: fingerprintChars(fnv1a32(`course:${course.id}`), COURSE_TAG_WIDTH),
    fingerprint: fingerprintChars(fnv1a32(`${course.id}#${whole}`), COURSE_FINGERPRINT_WIDTH),
    activities,
    byKey: new Map(activities.map((a) => [a.key, a])),
  };
}

// The shell encodes after every change; the layout only depends on the (immutable) course data.
const cache = new WeakMap<CourseData, CourseLayout>();

export function courseLayout(course: CourseData): CourseLayout {
  let layout = cache.get(course);
  if (!layout) {
    layout = buildLayout(course);
    cache.set(course, layout);
  }
  return layout;
}

/**
 * The activity a stored reference means: the one at the stored position if its fingerprint
 * still matches, otherwise the only activity with that fingerprint (it moved), otherwise none.
 */
export function resolveActivity(layout: CourseLayout, index: number, fingerprint: string): ActivityLayout | undefined {
  const atIndex = layout.activities[index];
  if (atIndex?.fingerprint === fingerprint) return atIndex;
  const matches = layout.activities.filter((a) => a.fingerprint === fingerprint);
  return matches.length === 1 ? matches[0] : undefined;
}
