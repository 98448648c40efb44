/**
 * The course text of a package, fetched from its `content/` folder (paths in content-paths.ts)
 * relative to the launch page. The launch page preloads the table of contents of the language
 * the learner most likely reads (build/targets/launch-preload.ts); these requests use the same
 * URL and mode, so the browser hands that response over instead of asking again.
 */
import type { CourseData, ModuleData } from '../../../course/schema/course-data.ts';
import type { CourseTextSource } from '../elements/wm-course/course-text.ts';
import { modulePath, STRUCTURE_PATH, tocPath } from './content-paths.ts';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const fetchCourseText: CourseTextSource = {
  toc: (locale) => getJson<CourseData>(tocPath(locale)),
  module: (locale, moduleId) => getJson<ModuleData>(modulePath(locale, moduleId)),
  structure: () => getJson<CourseData>(STRUCTURE_PATH),
};
