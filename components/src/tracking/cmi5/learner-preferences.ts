/**
 * The learner's preferences, the `cmi5LearnerPreferences` Agent Profile document (cmi5 section
 * 11), read as untrusted input. The AU must fetch it at start (CATAPULT refuses statements
 * until it has: requirement 11.0.0.0-3), but the spec lets it fall back to its own defaults
 * when a value is missing, so nothing here is ever refused: no document (404), `null`, an
 * absent or empty `languagePreference` or an `audioPreference` other than on/off each just
 * mean "no preference". Moodle sends an empty language preference (see DESIGN.md).
 */
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';

export interface LearnerPreferences {
  /** The learner's first language (RFC 5646 tag), from the comma-separated list in preference order. */
  language?: string;
  audio?: 'on' | 'off';
}

export function readLearnerPreferences(doc: unknown): LearnerPreferences {
  const d = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  const preferences: LearnerPreferences = {};
  const first = typeof d.languagePreference === 'string' ? d.languagePreference.split(',')[0]!.trim() : '';
  if (first) preferences.language = first;
  if (d.audioPreference === 'on' || d.audioPreference === 'off') preferences.audio = d.audioPreference;
  return preferences;
}
