/**
 * The course as the resume codec sees it: every activity with its position in the course and
 * a fingerprint of the ids the codec refers to by index inside it (dialogue nodes and choices,
 * quiz items and their options, sorting statements and categories, rubric criteria and levels,
 * reflection prompts). Positions keep the state small; fingerprints tell whether a stored
 * index still means the same thing after the course was edited and rebuilt. Counts in these
 * lists are all a body's field widths depend on, so a matching fingerprint also means the body
 * reads back with the widths it was written with.
 *
 * Only ids and order go into fingerprints, never text or limits, so translations, typo fixes
 * and a changed `maxLength` keep every learner's progress, and the same state decodes in every
 * locale of the course. Both formats store 18 bits of the hash per activity: 16 would save 41
 * characters in a course four times WORKMENTOR's size, but let a removed activity's progress
 * land on another activity four times as often (docs/resume-state.md has the measurements).
 */
import type { ActivityData, CourseData } from '../../../../course/schema/course-data.ts';
import { fnv1a32 } from '../fnv-hash.ts';
import { activityKey } from '../progress-values.ts';

/** Bits of an activity fingerprint (the low bits of the activity's hash; see the file comment). */
export const FINGERPRINT_BITS = 18;
/** Bits of the course tag in format 2: enough to refuse another course's state outright. */
export const COURSE_TAG_BITS = 12;

export interface ActivityLayout {
  /** `<module-id>/<activity-id>`, the key in `LearnerProgress.activities`. */
  key: string;
  moduleId: string;
  activity: ActivityData;
  /** Position among all activities of the course, in course order. */
  index: number;
  /** 32-bit FNV-1a of the key, the type and the inner ids; both formats' fingerprints come from it. */
  hash: number;
  /** The format-2 fingerprint: `FINGERPRINT_BITS` low bits of `hash`. */
  fingerprint: number;
}

export interface CourseLayout {
  courseId: string;
  /** 32-bit FNV-1a of the course id; the course tag of both formats comes from it. */
  tagHash: number;
  /** Identifies the course (its id only): a state of another course is refused outright. */
  courseTag: number;
  activities: ActivityLayout[];
  byKey: Map<string, ActivityLayout>;
  /** Activities by format-2 fingerprint, to find one that moved. */
  byFingerprint: Map<number, ActivityLayout[]>;
}

/** The distinct choice ids of a dialogue, in order of first appearance (ids may repeat across nodes). */
export function dialogueChoiceIds(activity: Extract<ActivityData, { type: 'dialogue' }>): string[] {
  return [...new Set(activity.nodes.flatMap((n) => (n.choices ?? []).map((c) => c.id)))];
}

/** Whether the course issues a certificate (only a certificate activity does). */
export const hasCertificate = (course: CourseData): boolean => course.modules.some((m) => m.activities.some((a) => a.type === 'certificate'));

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
  const byFingerprint = new Map<number, ActivityLayout[]>();
  for (const module of course.modules) {
    for (const activity of module.activities) {
      const key = activityKey(module.id, activity.id);
      const hash = fnv1a32(`${key}|${activity.type}|${structureOf(activity)}`);
      const layout = { key, moduleId: module.id, activity, index: activities.length, hash, fingerprint: hash % 2 ** FINGERPRINT_BITS };
      activities.push(layout);
      byFingerprint.set(layout.fingerprint, [...(byFingerprint.get(layout.fingerprint) ?? []), layout]);
    }
  }
  const tagHash = fnv1a32(`course:${course.id}`);
  return {
    courseId: course.id,
    tagHash,
    courseTag: tagHash % 2 ** COURSE_TAG_BITS,
    activities,
    byKey: new Map(activities.map((a) => [a.key, a])),
    byFingerprint,
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
