/**
 * The course text of one locale split the way the player loads it (paths in
 * components/src/app/content-paths.ts): a learner on a phone connection should download what
 * the screen in front of them needs, not every module's answers and feedback (the WORKMENTOR
 * course is some 150 KB gzip per language; its first screen needs a few).
 *
 * - The table of contents: the course and its modules as they are (titles, summaries,
 *   objectives, what the contents list, cover, welcome and module cards show), each activity
 *   hollow: its id, type, title, flags and numbers, every other text blank and every list empty.
 *   The player uses it as `CourseData` until a module's text arrives: the contents list, the
 *   progress and the course status work on it, because an activity without progress has the
 *   same status hollow or whole.
 * - One file per module: the module with all its text.
 * - The structure: the whole course with every text blank (ids, types, weights, quiz items,
 *   dialogue nodes, limits), the same in every locale. The resume state refers to activities
 *   all over the course by position and id, so reading and writing it needs every module's
 *   structure while only some modules' text is loaded.
 */
import { ActivityDataSchema, CourseDataSchema, type CourseData } from '../../course/schema/course-data.ts';
import { stableJson } from '../stable-json.ts';
import { mapText } from './text-fields.ts';

/** The table of contents: everything but the activities' own text and inner lists. */
export function courseToc(course: CourseData): CourseData {
  return {
    ...course,
    modules: course.modules.map((module) => ({
      ...module,
      activities: module.activities.map((activity) =>
        mapText(ActivityDataSchema, activity, {
          text: (value, path) => (path.length === 1 && path[0] === 'title' ? value : ''),
          texts: () => [],
          list: () => [],
        }),
      ),
    })),
  };
}

/**
 * The structure without any text, in no locale (`locale` is the source locale): a fill-in's
 * accepted answers are left out, as their number differs per locale.
 */
export function courseStructure(course: CourseData): CourseData {
  return { ...mapText(CourseDataSchema, course, { text: () => '', texts: () => [] }), locale: course.sourceLocale };
}

/**
 * The structure shared by every locale's data; throws when two locales disagree, which only a
 * bug in the loader can cause (a translation cannot change ids, order or numbers).
 */
export function sharedStructure(courses: readonly CourseData[]): CourseData {
  const [first, ...rest] = courses.map(courseStructure);
  if (!first) throw new Error('No course data to take the structure from.');
  const json = stableJson(first);
  const other = rest.findIndex((s) => stableJson(s) !== json);
  if (other >= 0) {
    throw new Error(`The structure of the course in "${courses[other + 1]!.locale}" differs from "${courses[0]!.locale}" (ids, order or numbers); a translation must not change them.`);
  }
  return first;
}
