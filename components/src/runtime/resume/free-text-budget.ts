/**
 * One shared budget for all the learner's free text when the LMS stores little (SCORM 1.2:
 * 4096 characters for the whole course). Authors set generous `maxLength`s (800 for a
 * reflection); where the store is small, the fields share what is left after the worst-case
 * structure, and every field keeps a guaranteed reserve, so a learner can always write
 * something everywhere and can never type more than will be saved. The counters in the
 * elements show the real limit: nothing is ever cut off silently.
 *
 * The build proves the guarantee: worst-case structure + every field's reserve <= the limit.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { activityKey } from '../progress-values.ts';
import type { LearnerProgress } from '../progress.ts';
import { CERTIFICATE_NAME_MAX } from './resume-codec.ts';
import { resumeBudget } from './resume-budget.ts';

/** Characters every free-text field can always hold, whatever the learner wrote elsewhere. */
export const FREE_TEXT_RESERVE = 100;

export interface FreeTextField {
  /** `<module>/<activity>#<prompt-id>` for reflections, `<module>/<activity>#write`, or `certificate#name`. */
  key: string;
  /** The author's limit. */
  maxLength: number;
  /** Characters the learner has written there now (UTF-16 code units, as SCORM counts). */
  used: number;
}

export const reflectionFieldKey = (moduleId: string, activityId: string, promptId: string): string =>
  `${activityKey(moduleId, activityId)}#${promptId}`;
export const writeFieldKey = (moduleId: string, activityId: string): string => `${activityKey(moduleId, activityId)}#write`;
export const CERTIFICATE_NAME_FIELD = 'certificate#name';

/** Every free-text field of the course, with what the learner has written in it. */
export function freeTextFields(course: CourseData, progress: LearnerProgress): FreeTextField[] {
  const fields: FreeTextField[] = [];
  for (const module of course.modules) {
    for (const activity of module.activities) {
      const detail = progress.activities[activityKey(module.id, activity.id)]?.detail;
      if (activity.type === 'reflection') {
        for (const prompt of activity.prompts) {
          const text = detail?.type === 'reflection' ? detail.answers[prompt.id] : undefined;
          fields.push({ key: reflectionFieldKey(module.id, activity.id, prompt.id), maxLength: prompt.maxLength, used: text?.length ?? 0 });
        }
      } else if (activity.type === 'feedback-exercise' && activity.write) {
        const text = detail?.type === 'feedback-exercise' ? detail.written : undefined;
        fields.push({ key: writeFieldKey(module.id, activity.id), maxLength: activity.write.maxLength, used: text?.length ?? 0 });
      }
    }
  }
  fields.push({ key: CERTIFICATE_NAME_FIELD, maxLength: CERTIFICATE_NAME_MAX, used: progress.certificate?.name?.length ?? 0 });
  return fields;
}

const reserveOf = (field: FreeTextField): number => Math.min(FREE_TEXT_RESERVE, field.maxLength);

/** What the guarantee needs from the store: worst-case structure plus every field's reserve. */
export function guaranteedNeed(course: CourseData): { structural: number; reserves: number; total: number } {
  const { structural } = resumeBudget(course, Number.POSITIVE_INFINITY);
  const reserves = freeTextFields(course, { activities: {} }).reduce((sum, f) => sum + reserveOf(f), 0);
  return { structural, reserves, total: structural + reserves };
}

/**
 * Characters left for learner text in a store of `storageLimit` characters once the worst-case
 * structure is set aside; `undefined` when the store has no fixed limit. Compute once per course.
 */
export function freeTextPool(course: CourseData, storageLimit: number | undefined): number | undefined {
  return storageLimit === undefined ? undefined : storageLimit - resumeBudget(course, storageLimit).structural;
}

/**
 * The limit each field has right now, given the `pool` from `freeTextPool`: its own
 * `maxLength`, or less when the pool is short. A field never gets less than it holds.
 */
export function effectiveLimits(course: CourseData, progress: LearnerProgress, pool: number | undefined): Map<string, number> {
  const fields = freeTextFields(course, progress);
  const limits = new Map(fields.map((f) => [f.key, f.maxLength]));
  if (pool === undefined) return limits;
  // What every field holds or keeps in reserve; a field may use the pool minus the others' claims.
  const claims = fields.map((f) => Math.max(f.used, reserveOf(f)));
  const totalClaims = claims.reduce((a, b) => a + b, 0);
  fields.forEach((field, i) => {
    const available = pool - (totalClaims - claims[i]!);
    limits.set(field.key, Math.max(field.used, Math.min(field.maxLength, available)));
  });
  return limits;
}
