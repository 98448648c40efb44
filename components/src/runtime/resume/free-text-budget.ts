/**
 * One shared budget for the learner's free text when the LMS stores little (SCORM 1.2: 4096
 * characters for the whole course). Authors set generous `maxLength`s (800 for a reflection);
 * where the store is small, the fields share what the worst-case structure leaves (the pool),
 * and every field keeps a guaranteed reserve, so a learner can always write something
 * everywhere and can never type more than will be saved. The counters in the elements show
 * the real limit: nothing is ever cut off silently.
 *
 * The reserve: each field is promised `FREE_TEXT_RESERVE` (100) characters, or its
 * `maxLength` if smaller. When the pool cannot give every field that much (a big course on
 * SCORM 1.2), the promise becomes the fair share: the largest equal reserve the pool can give
 * every field. The build fails when the fair share falls below `FREE_TEXT_FLOOR` (20), the
 * smallest `maxLength` an author may give a reflection or a write task (MaxLengthSchema): a
 * course may not promise a learner less room than its own schema lets an author ask for. A
 * fill-in keeps room for its longest accepted answer, or the right answer could not be typed.
 *
 * The name on the certificate is not a shared field: it always keeps its 80 characters, which
 * the structure sets aside (resume-budget.ts), because a name cut short on a certificate is
 * worse than a shorter reflection.
 *
 * Build and player compute the reserve with the same function from the same numbers
 * (`freeTextGuarantee` at build time, free-text-guarantee.ts; `effectiveLimits` at run time),
 * so what the build promised is what the counters show.
 */
import type { ActivityData, CourseData } from '../../../../course/schema/course-data.ts';
import { activityKey } from '../progress-values.ts';
import type { LearnerProgress } from '../progress.ts';

/** Characters every free-text field is promised when the store allows it. */
export const FREE_TEXT_RESERVE = 100;

/** The least a field may be promised before the build refuses the package (see the file comment). */
export const FREE_TEXT_FLOOR = 20;

export interface FreeTextField {
  /** `<module>/<activity>#<prompt-id>` (reflection), `<module>/<activity>#write`, or `<module>/<activity>#<item-id>` (fill-in). */
  key: string;
  /** The author's limit. */
  maxLength: number;
  /** Characters the field must always get (a fill-in's longest accepted answer), else 0. */
  minimum: number;
  /** Characters the learner has written there now (UTF-16 code units, as SCORM counts). */
  used: number;
}

export const reflectionFieldKey = (moduleId: string, activityId: string, promptId: string): string =>
  `${activityKey(moduleId, activityId)}#${promptId}`;
export const writeFieldKey = (moduleId: string, activityId: string): string => `${activityKey(moduleId, activityId)}#write`;
export const fillInFieldKey = (moduleId: string, activityId: string, itemId: string): string => `${activityKey(moduleId, activityId)}#${itemId}`;

/** Every shared free-text field of the course, with what the learner has written in it. */
export function freeTextFields(course: CourseData, progress: LearnerProgress): FreeTextField[] {
  const fields: FreeTextField[] = [];
  for (const module of course.modules) {
    for (const activity of module.activities) {
      const detail = progress.activities[activityKey(module.id, activity.id)]?.detail;
      if (activity.type === 'reflection') {
        for (const prompt of activity.prompts) {
          const text = detail?.type === 'reflection' ? detail.answers[prompt.id] : undefined;
          fields.push({ key: reflectionFieldKey(module.id, activity.id, prompt.id), maxLength: prompt.maxLength, minimum: 0, used: text?.length ?? 0 });
        }
      } else if (activity.type === 'feedback-exercise' && activity.write) {
        const text = detail?.type === 'feedback-exercise' ? detail.written : undefined;
        fields.push({ key: writeFieldKey(module.id, activity.id), maxLength: activity.write.maxLength, minimum: 0, used: text?.length ?? 0 });
      } else if (activity.type === 'quiz') {
        for (const item of activity.items) {
          if (item.kind !== 'fill-in') continue;
          const answer = detail?.type === 'quiz' ? detail.current?.answers[item.id] : undefined;
          const used = answer?.kind === 'fill-in' ? answer.text.length : 0;
          const minimum = Math.max(0, ...item.accept.map((a) => a.length));
          fields.push({ key: fillInFieldKey(module.id, activity.id, item.id), maxLength: item.maxLength, minimum, used });
        }
      }
    }
  }
  return fields;
}

/** What a field is guaranteed when the equal reserve is `reserve`. */
export const reserveOf = (field: Pick<FreeTextField, 'maxLength' | 'minimum'>, reserve: number): number =>
  Math.min(field.maxLength, Math.max(reserve, field.minimum));

export const totalReserve = (fields: readonly Pick<FreeTextField, 'maxLength' | 'minimum'>[], reserve: number): number =>
  fields.reduce((sum, f) => sum + reserveOf(f, reserve), 0);

/**
 * The equal reserve a pool of `pool` characters can give every field: `FREE_TEXT_RESERVE`
 * when it can, else the largest smaller one it can (0 when even that is too much).
 */
export function fairReserve(fields: readonly Pick<FreeTextField, 'maxLength' | 'minimum'>[], pool: number): number {
  let low = 0;
  let high = FREE_TEXT_RESERVE;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (totalReserve(fields, mid) <= pool) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Characters left for learner text in a store of `storageLimit` characters once the worst-case
 * structure (`structural`, resume-budget.ts) is set aside. The player takes `structural` from
 * its launch configuration (the build computes it), so the worst-case code stays out of it;
 * `freeTextPool` (free-text-guarantee.ts) computes it.
 */
export const poolLeft = (storageLimit: number, structural: number): number => storageLimit - structural;

/**
 * The limit each field has right now, given the `pool` from `freeTextPool`: its own
 * `maxLength`, or less when the pool is short. A field never gets less than it holds, nor less
 * than its reserve while the others keep to theirs.
 */
export function effectiveLimits(course: CourseData, progress: LearnerProgress, pool: number | undefined): Map<string, number> {
  const fields = freeTextFields(course, progress);
  const limits = new Map(fields.map((f) => [f.key, f.maxLength]));
  if (pool === undefined) return limits;
  const reserve = fairReserve(fields, pool);
  // What every field holds or keeps in reserve; a field may use the pool minus the others' claims.
  const claims = fields.map((f) => Math.max(f.used, reserveOf(f, reserve)));
  const totalClaims = claims.reduce((a, b) => a + b, 0);
  fields.forEach((field, i) => {
    const available = pool - (totalClaims - claims[i]!);
    limits.set(field.key, Math.max(field.used, Math.min(field.maxLength, available)));
  });
  return limits;
}

/** The keys of an activity's free-text fields (none for activities without free text). */
export function freeTextKeys(moduleId: string, activity: ActivityData): string[] {
  switch (activity.type) {
    case 'reflection':
      return activity.prompts.map((p) => reflectionFieldKey(moduleId, activity.id, p.id));
    case 'feedback-exercise':
      return activity.write ? [writeFieldKey(moduleId, activity.id)] : [];
    case 'quiz':
      return activity.items.flatMap((i) => (i.kind === 'fill-in' ? [fillInFieldKey(moduleId, activity.id, i.id)] : []));
    default:
      return [];
  }
}

/**
 * The activity as its element should see it: every free-text `maxLength` set to its limit in
 * `limits` (from `effectiveLimits`), so the counters show what will really be saved. The same
 * object when no limit differs.
 */
export function withFreeTextLimits(moduleId: string, activity: ActivityData, limits: ReadonlyMap<string, number>): ActivityData {
  const limit = (key: string, authored: number) => limits.get(key) ?? authored;
  switch (activity.type) {
    case 'reflection': {
      const prompts = activity.prompts.map((p) => ({ ...p, maxLength: limit(reflectionFieldKey(moduleId, activity.id, p.id), p.maxLength) }));
      return prompts.some((p, i) => p.maxLength !== activity.prompts[i]!.maxLength) ? { ...activity, prompts } : activity;
    }
    case 'feedback-exercise': {
      if (!activity.write) return activity;
      const maxLength = limit(writeFieldKey(moduleId, activity.id), activity.write.maxLength);
      return maxLength === activity.write.maxLength ? activity : { ...activity, write: { ...activity.write, maxLength } };
    }
    case 'quiz': {
      const items = activity.items.map((i) => (i.kind === 'fill-in' ? { ...i, maxLength: limit(fillInFieldKey(moduleId, activity.id, i.id), i.maxLength) } : i));
      return items.some((item, i) => item !== activity.items[i] && item.kind === 'fill-in' && item.maxLength !== (activity.items[i] as typeof item).maxLength)
        ? { ...activity, items }
        : activity;
    }
    default:
      return activity;
  }
}
