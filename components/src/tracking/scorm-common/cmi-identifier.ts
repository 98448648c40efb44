/**
 * Identifiers for SCORM interactions and objectives: `<module>.<activity>.<item>`, built only
 * from content ids, so the same answer gets the same id in every build and every locale (LMS
 * reports group answers by id; a changed id splits a question's history in two).
 *
 * Content ids are kebab-case ASCII (course/schema/ids.ts), which already meets the strictest
 * rule, SCORM 1.2's CMIIdentifier: printable ASCII, no spaces, at most 255 characters. The
 * replacement and the cap are a guard for ids that did not pass through the schema.
 */

/** SCORM 1.2 CMIIdentifier length; SCORM 2004 allows 4000, so one cap serves both. */
export const CMI_IDENTIFIER_MAX = 255;

export function cmiIdentifier(...parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(/[^\x21-\x7e]/g, '_'))
    .join('.')
    .slice(0, CMI_IDENTIFIER_MAX);
}

/** Where the learner is, for `cmi.core.lesson_location` / `cmi.location`: `<module>/<activity>`. */
export const cmiLocation = (moduleId: string, activityId: string, max: number): string => `${moduleId}/${activityId}`.slice(0, max);
