/**
 * Where a statement belongs in the course: the course itself, a module, an activity of a
 * module, or a part of an activity (quiz item, dialogue node, sorting task). Our packages
 * build IRIs as `<baseIri>/<module>/<activity>[/<part>]` (components/src/tracking/xapi/
 * xapi-mapping.ts) and say in `context.contextActivities` what a statement sits in:
 *
 *   course-level    no parent (cmi5 "defined" statements: the cmi5 category)
 *   module          parent = grouping = [course]          object <base>/<module>
 *   activity        parent [module], grouping [course]    object <module IRI>/<activity>
 *   part            parent [activity], grouping [module, course]
 *                                                         object <activity IRI>/<part>
 *
 * The course IRI is the LMS's activity id, which need not be the base IRI, and a cmi5 LMS puts
 * its own entries first in the lists; so placement goes by the prefixes between object, parent
 * and grouping rather than by a configured base, and reads the module id from the last
 * segment of the module IRI. The course is always the last grouping entry (cmi5 templates are
 * merged in front), which tells a part's grouping (module, then course) from an activity's
 * (course only) when the course IRI happens to be the base IRI.
 *
 * IRIs seen this way (course and module IRIs) are remembered, so a course statement without
 * a definition (a package built without course data) is still recognised by its object id.
 * Statements from other tools that fit none of the shapes are not placed: the projector skips
 * them rather than guess.
 */

export const COURSE_TYPE = 'http://adlnet.gov/expapi/activities/course';
export const MODULE_TYPE = 'http://adlnet.gov/expapi/activities/module';
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

export type Level = 'course' | 'module' | 'activity' | 'part';

export interface Placement {
  level: Level;
  /** '' at course level. */
  module: string;
  /** '' at course and module level. */
  activity: string;
  /** '' unless level is part. */
  part: string;
}

/** What the projector knows of the course's IRIs so far. */
export interface KnownIris {
  isCourse(iri: string): boolean;
  /** The module id of a module IRI seen before. */
  moduleOf(iri: string): string | undefined;
}

/** Course and module IRIs a statement revealed, for KnownIris. */
export interface LearnedIris {
  courses: string[];
  modules: { iri: string; module: string }[];
}

export interface PlacementInput {
  objectId: string;
  objectType: string | undefined;
  parents: readonly string[];
  groupings: readonly string[];
  categories: readonly string[];
}

/** The one path segment after `prefix/`, or undefined when `iri` is not directly under it. */
function childSegment(iri: string, prefix: string): string | undefined {
  if (prefix === '' || !iri.startsWith(`${prefix}/`)) return undefined;
  const rest = iri.slice(prefix.length + 1);
  return rest !== '' && !rest.includes('/') ? rest : undefined;
}

/** The last path segment of an IRI (a trailing slash ignored). */
export function lastSegment(iri: string): string | undefined {
  const trimmed = iri.replace(/\/+$/, '');
  const at = trimmed.lastIndexOf('/');
  const segment = trimmed.slice(at + 1);
  return at >= 0 && segment !== '' && !segment.includes(':') ? segment : undefined;
}

export function placeStatement(input: PlacementInput, known: KnownIris): { placement: Placement; learned: LearnedIris } | undefined {
  const { objectId, parents, groupings } = input;
  const courseOf = groupings.at(-1);
  const learned: LearnedIris = { courses: [], modules: [] };

  // Part: the parent is the activity, a grouping entry before the course is its module.
  for (const parent of parents) {
    const part = childSegment(objectId, parent);
    if (part === undefined) continue;
    for (const module of groupings.slice(0, -1)) {
      const activity = childSegment(parent, module);
      const moduleId = lastSegment(module);
      if (activity === undefined || moduleId === undefined) continue;
      learned.modules.push({ iri: module, module: moduleId });
      if (courseOf !== undefined) learned.courses.push(courseOf);
      return { placement: { level: 'part', module: moduleId, activity, part }, learned };
    }
  }
  // Activity: the parent is the module, which is not a grouping (that would be the course).
  for (const parent of parents) {
    const activity = childSegment(objectId, parent);
    const moduleId = lastSegment(parent);
    if (activity === undefined || moduleId === undefined || groupings.includes(parent)) continue;
    learned.modules.push({ iri: parent, module: moduleId });
    if (courseOf !== undefined) learned.courses.push(courseOf);
    return { placement: { level: 'activity', module: moduleId, activity, part: '' }, learned };
  }
  // Module: typed as one, known as one, or directly under a parent that is also the grouping.
  const knownModule = known.moduleOf(objectId);
  const inCourse = parents.find((parent) => groupings.includes(parent));
  const underCourse = inCourse !== undefined ? childSegment(objectId, inCourse) : undefined;
  const moduleId = knownModule ?? (input.objectType === MODULE_TYPE || underCourse !== undefined ? lastSegment(objectId) : undefined);
  if (moduleId !== undefined && input.objectType !== COURSE_TYPE && !known.isCourse(objectId)) {
    learned.modules.push({ iri: objectId, module: moduleId });
    if (inCourse !== undefined) learned.courses.push(inCourse);
    return { placement: { level: 'module', module: moduleId, activity: '', part: '' }, learned };
  }
  // Course: typed as one, known as one, or a cmi5 defined statement (about the AU, our course).
  if (input.objectType === COURSE_TYPE || known.isCourse(objectId) || (parents.length === 0 && input.categories.includes(CMI5_CATEGORY))) {
    learned.courses.push(objectId);
    return { placement: { level: 'course', module: '', activity: '', part: '' }, learned };
  }
  return undefined;
}
