/**
 * What a live session can run: the course's modules in each of its languages, with the
 * facilitator notes that only the facilitator's screen shows. Read from the authored course by
 * the content loader (build/load), the same checks and the same built text as the packages, so
 * what the room sees is what a learner reads in the course, and the votes land on the same
 * activity IRIs. The server loads it once, on first use (about a second for the whole course).
 */
import { DEFAULT_CONTENT_DIR } from '../register/register-course.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import type { CourseData, ModuleData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { FacilitatorNotes } from '../../course/schema/module.ts';
import type { Catalog } from './live-protocol.ts';
import { defaultPlan } from './plan-steps.ts';

export interface LiveCatalog {
  /** Per locale the course is built in. */
  readonly courses: Partial<Record<Locale, CourseData>>;
  module(moduleId: string, locale: Locale): ModuleData | undefined;
  notes(moduleId: string, locale: Locale): FacilitatorNotes | undefined;
  /** For the start form: the modules that have something a room can do, by language. */
  summary(): Catalog;
}

export function catalogOf(courses: Partial<Record<Locale, CourseData>>, notes: Partial<Record<Locale, Record<string, FacilitatorNotes>>> = {}): LiveCatalog {
  const locales = Object.keys(courses) as Locale[];
  return {
    courses,
    module: (moduleId, locale) => courses[locale]?.modules.find((module) => module.id === moduleId),
    notes: (moduleId, locale) => notes[locale]?.[moduleId],
    summary() {
      const modules: Catalog['modules'] = [];
      for (const locale of locales) {
        for (const module of courses[locale]!.modules) {
          const steps = defaultPlan(module).length;
          if (steps === 0) continue;
          let entry = modules.find((candidate) => candidate.id === module.id);
          if (!entry) modules.push((entry = { id: module.id, byLocale: {} }));
          entry.byLocale[locale] = { title: module.title, steps };
        }
      }
      return { locales, modules };
    },
  };
}

/** The authored course, loaded and checked; a course with errors is refused with the first few. */
export async function loadLiveCatalog(contentDir = DEFAULT_CONTENT_DIR): Promise<LiveCatalog> {
  const loaded = await loadCourse(contentDir);
  if (!loaded.ok) {
    const first = loaded.errors.slice(0, 3).map((error) => `${error.file}:${error.line}: ${error.what}`);
    throw new Error(`live sessions: the course in ${contentDir} has ${loaded.errors.length} error(s), so no session can run it: ${first.join(' | ')}; run \`npm run build\` to see them all`);
  }
  return catalogOf(loaded.course.data, loaded.course.facilitator);
}
