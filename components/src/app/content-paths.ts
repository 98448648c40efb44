/**
 * Where the course text sits in a package, for the build that writes it and the player that
 * fetches it. The text is split so a learner downloads what the screen in front of them needs
 * (build/content-split/split-course.ts):
 * - `content/<locale>/toc.json`: the table of contents, loaded at launch: course, modules and
 *   every activity's id, type and title (the activities' own text and structure left out);
 * - `content/<locale>/modules/<module-id>.json`: one module with all its text, loaded when the
 *   learner gets there (and the next module while they work);
 * - `content/structure.json`: every activity's structure without its text, the same in every
 *   locale, for the resume state, which covers modules whose text is not loaded.
 * Module files sit in a folder of their own, so a module called `toc` cannot meet the contents.
 */
import type { Locale } from '../../../course/schema/ids.ts';

export const tocPath = (locale: Locale): string => `content/${locale}/toc.json`;

export const modulePath = (locale: Locale, moduleId: string): string => `content/${locale}/modules/${moduleId}.json`;

export const STRUCTURE_PATH = 'content/structure.json';
