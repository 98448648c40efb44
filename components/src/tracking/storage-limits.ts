/**
 * How many characters of resume state each LMS protocol keeps (`cmi.suspend_data`). Its own
 * file so the player can name a limit (create-tracker.ts) without bundling a SCORM mapping.
 */

/** SCORM 1.2 `cmi.suspend_data` is a CMIString4096. */
export const SCORM12_STORAGE_LIMIT = 4096;
/** SCORM 2004 4th edition `cmi.suspend_data` holds 64000 characters. */
export const SCORM2004_STORAGE_LIMIT = 64000;
