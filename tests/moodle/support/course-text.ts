/**
 * The course's own text per locale (build/load/load-course.ts), so specs expect the titles the
 * learner should see instead of copying them.
 */
import type { CourseData, ModuleData } from '../../../course/schema/course-data.ts';
import type { Locale } from '../../../course/schema/ids.ts';
import { loadCourse } from '../../../build/load/load-course.ts';
import { COURSE_DIR } from './run-packages.ts';

let loaded: Promise<Partial<Record<Locale, CourseData>>> | undefined;

export function courseText(): Promise<Partial<Record<Locale, CourseData>>> {
  loaded ??= loadCourse(COURSE_DIR).then((result) => {
    if (!result.ok) throw new Error(`course/content does not load: ${result.errors.map((e) => `${e.file}:${e.line} ${e.what}`).join('; ')}`);
    return result.course.data;
  });
  return loaded;
}

export async function moduleText(moduleId: string, locale: Locale = 'en'): Promise<ModuleData> {
  const module = (await courseText())[locale]?.modules.find((m) => m.id === moduleId);
  if (!module) throw new Error(`No module ${moduleId} in locale ${locale}`);
  return module;
}
