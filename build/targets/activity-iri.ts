/**
 * Activity IRIs, from the course's `baseIri` and stable content ids only (never the version),
 * so xAPI/cmi5 statements from every rebuild land on the same activities:
 *   course      <baseIri>
 *   module      <baseIri>/<module-id>
 *   activity    <baseIri>/<module-id>/<activity-id>
 *   competence  <baseIri>/competences/<competence-id>
 *   cmi5 AU for the whole course  <baseIri>/au              (distinct from the course id the LMS keys on)
 *   cmi5 AU for one module        <baseIri>/<module-id>/au  (the same in a module package and in
 *                                                           the one-AU-per-module structure)
 * An AU id is never the IRI of what its statements are about: an LMS that launches with the AU
 * id as `activityId` takes every statement whose object is that id for the AU's own (a module's
 * allowed `completed` would count as the AU's cmi5 `completed`, and the tracker would then
 * never send the real one). The xAPI and cmi5 adapters must build the same IRIs (see the
 * report of issue 3).
 */
import type { Course } from '../../course/schema/course.ts';

type WithIri = Pick<Course, 'baseIri'>;

export const courseIri = (course: WithIri): string => course.baseIri.replace(/\/+$/, '');
export const moduleIri = (course: WithIri, moduleId: string): string => `${courseIri(course)}/${moduleId}`;
export const activityIri = (course: WithIri, moduleId: string, activityId: string): string => `${moduleIri(course, moduleId)}/${activityId}`;
export const competenceIri = (course: WithIri, competenceId: string): string => `${courseIri(course)}/competences/${competenceId}`;
export const courseAuIri = (course: WithIri): string => `${courseIri(course)}/au`;
export const moduleAuIri = (course: WithIri, moduleId: string): string => `${moduleIri(course, moduleId)}/au`;
