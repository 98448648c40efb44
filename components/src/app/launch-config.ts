/**
 * What the build tells the player at launch, embedded in index.html as JSON. Validated on read:
 * it is small, but a hand-edited package must fail with a clear message, not a blank page.
 */
import * as z from 'zod/mini';
import { isLocaleTag } from '../../../course/schema/locale-tag.ts';

/** Any course locale: the course's languages are data (course.yaml), not a list in the player. */
const LocaleTag = z.string().check(z.refine(isLocaleTag, 'is not a language tag like de, nb or pt-BR'));

export const LaunchConfigSchema = z.object({
  courseId: z.string(),
  version: z.string(),
  title: z.string(),
  sourceLocale: LocaleTag,
  locales: z.array(LocaleTag),
  target: z.string(),
  /**
   * Characters the worst-case structure of this package's resume state takes (resume-budget.ts,
   * computed by the build), so the player knows what is left for learner text without computing
   * the worst case itself at every launch.
   */
  resumeStructure: z.optional(z.number()),
});
export type LaunchConfig = z.infer<typeof LaunchConfigSchema>;
