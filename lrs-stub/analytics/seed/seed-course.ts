/**
 * The course the seeded cohort takes: the real WORKMENTOR course, loaded the way the build
 * loads it (build/load/load-course.ts: every locale's CourseData, text translated), so the
 * statements carry the real module, activity, item and choice ids and their names in en, nl
 * and nb, exactly as the packages would send them.
 */
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../../../build/load/load-course.ts';
import type { CourseData } from '../../../course/schema/course-data.ts';

export const COURSE_ROOT = fileURLToPath(new URL('../../../course/content/', import.meta.url));

/** The course per locale, source locale first. */
export type SeedCourse = ReadonlyMap<string, CourseData>;

export async function loadSeedCourse(root: string = COURSE_ROOT): Promise<SeedCourse> {
  const result = await loadCourse(root);
  if (!result.ok) {
    const first = result.errors.slice(0, 3).map((e) => `${e.file}:${e.line}: ${e.what}`).join('; ');
    throw new Error(`The course at ${root} does not load (${result.errors.length} errors, e.g. ${first}); run \`npm run build\` to see them all and fix the content first.`);
  }
  const { source, data } = result.course;
  const locales = [source.sourceLocale, ...source.locales.filter((l) => l !== source.sourceLocale)];
  return new Map(locales.flatMap((locale) => (data[locale] ? [[locale, data[locale]!] as const] : [])));
}
