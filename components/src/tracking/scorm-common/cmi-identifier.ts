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

/** SCORM 2004's `short_identifier_type` as Moodle checks it: at most 250 characters. */
export const CMI_SHORT_IDENTIFIER_MAX = 250;

/**
 * A content id as a SCORM 2004 `learner_response` / `correct_responses` identifier (choices,
 * matching pairs, sequencing steps). Moodle's 2004 data model accepts these only as
 * `^[\w.]{1,250}$` (mod/scorm/datamodels/scorm_13.js, `CMIShortIdentifier`) and refuses the
 * whole value otherwise, so the learner's answer is lost: a kebab-case id such as
 * `dismiss-electric` becomes `dismiss_electric`. Content ids never contain `_` (see
 * course/schema/ids.ts), so the mapping stays one to one and a report can be read back.
 */
export function cmiShortIdentifier(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.]/g, '_').slice(0, CMI_SHORT_IDENTIFIER_MAX);
  return safe === '' ? '_' : safe;
}

/** Where the learner is, for `cmi.core.lesson_location` / `cmi.location`: `<module>/<activity>`. */
export const cmiLocation = (moduleId: string, activityId: string, max: number): string => `${moduleId}/${activityId}`.slice(0, max);
