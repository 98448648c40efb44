/**
 * The language of the LMS page around the player, where the player's frame may read it. Moodle
 * sends no learner language through SCORM (`cmi.student_preference.language` and
 * `cmi.learner_preference.language` hold only what a package stored itself,
 * mod/scorm/datamodels/scorm_12lib.php and scorm_13lib.php), but its player page, same-origin
 * with the package's frame, carries the user's Moodle language in `<html lang>` (`nl`, and `no`
 * for Norwegian bokmål). So a Dutch-speaking Moodle user gets Dutch with an English browser.
 * Frames from another origin throw on any read: then there is no answer, never an error.
 */

/** Parent frames climbed at most (as the SCORM API search does). */
const MAX_LEVELS = 10;

export function hostPageLanguage(start: Window = window): string | undefined {
  let current = start;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    try {
      const parent = current.parent;
      if (!parent || parent === current) return undefined;
      const lang = parent.document.documentElement.lang.trim();
      if (lang) return lang;
      current = parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
