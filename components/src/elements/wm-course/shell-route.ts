/**
 * Where the learner is in the shell: an authored activity, or one of the shell's own screens
 * (the welcome/overview, a module's start and end, the course end). The shell's screens are not
 * activities: they have no place in the course data, the resume state, the LMS location or any
 * interaction id, so adding or changing one never disturbs a learner's stored progress.
 *
 * The order Next and Previous follow: per module its start, its activities and its end; the last
 * module ends in the course end instead. Hashes: an activity is `#/<module>/<activity>` (as
 * before); a screen is marked with `~`, which a content id (kebab-case) never contains:
 * `#/~welcome`, `#/<module>/~start`, `#/<module>/~end`, `#/~end`.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { activityKey } from '../../runtime/progress-values.ts';

export type ShellRoute =
  | { kind: 'activity'; moduleId: string; activityId: string }
  | { kind: 'welcome' }
  | { kind: 'module-start'; moduleId: string }
  | { kind: 'module-end'; moduleId: string }
  | { kind: 'course-end' };

/** The modules and activities a route sequence is made of (the full course data or its table of contents). */
export type CourseShape = { modules: readonly { id: string; activities: readonly { id: string }[] }[] };

export const WELCOME: ShellRoute = { kind: 'welcome' };

/** The hash of a route, without `#` (`/welcome/intro`, `/~welcome`, ...). */
export function routePath(route: ShellRoute): string {
  switch (route.kind) {
    case 'activity':
      return `/${activityKey(route.moduleId, route.activityId)}`;
    case 'welcome':
      return '/~welcome';
    case 'module-start':
      return `/${route.moduleId}/~start`;
    case 'module-end':
      return `/${route.moduleId}/~end`;
    case 'course-end':
      return '/~end';
  }
}

export const routeHref = (route: ShellRoute): string => `#${routePath(route)}`;

/** The route a hash names in this course, or undefined (no hash, or a module or activity that does not exist). */
export function parseRoute(hash: string, course: CourseShape): ShellRoute | undefined {
  if (!hash.startsWith('#/')) return undefined;
  const path = decodeURIComponent(hash.slice(2));
  if (path === '~welcome') return WELCOME;
  if (path === '~end') return { kind: 'course-end' };
  const [moduleId = '', rest = ''] = splitOnce(path);
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) return undefined;
  if (rest === '~start') return { kind: 'module-start', moduleId };
  if (rest === '~end') return { kind: 'module-end', moduleId };
  return module.activities.some((a) => a.id === rest) ? { kind: 'activity', moduleId, activityId: rest } : undefined;
}

/** The route of an activity key `<module>/<activity>` (the resume location), if it exists in the course. */
export const activityRoute = (key: string | undefined, course: CourseShape): ShellRoute | undefined =>
  key === undefined ? undefined : parseRoute(`#/${key}`, course);

/** Every route Next and Previous step through, in order (the welcome is outside it: it is where the course begins). */
export function routeSequence(course: CourseShape): ShellRoute[] {
  return course.modules.flatMap((module, index): ShellRoute[] => [
    { kind: 'module-start', moduleId: module.id },
    ...module.activities.map((a): ShellRoute => ({ kind: 'activity', moduleId: module.id, activityId: a.id })),
    index === course.modules.length - 1 ? { kind: 'course-end' } : { kind: 'module-end', moduleId: module.id },
  ]);
}

export const sameRoute = (a: ShellRoute | undefined, b: ShellRoute | undefined): boolean =>
  !!a && !!b && routePath(a) === routePath(b);

/** The route `offset` steps from `route` in the sequence (undefined past either end, or from the welcome). */
export function stepRoute(course: CourseShape, route: ShellRoute, offset: number): ShellRoute | undefined {
  const sequence = routeSequence(course);
  const index = sequence.findIndex((r) => sameRoute(r, route));
  return index < 0 ? undefined : sequence[index + offset];
}

/** The module a route belongs to, if any (the welcome and the course end belong to none). */
export const routeModule = (route: ShellRoute | undefined): string | undefined =>
  route && 'moduleId' in route ? route.moduleId : undefined;

function splitOnce(path: string): [string, string] {
  const slash = path.indexOf('/');
  return slash < 0 ? [path, ''] : [path.slice(0, slash), path.slice(slash + 1)];
}
