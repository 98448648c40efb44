/**
 * Text as it may be shown: learner names and answers come from an LMS or a text field, so they
 * can carry characters that change how text is shown without being seen. A right-to-left
 * override (U+202E) in a name makes "Bob\u202Enosliw" read as "Bobwilson"; on a certificate
 * that is forgery, not typography. So every bidi control (embeddings, overrides, isolates,
 * the directional marks and the Arabic letter mark) is removed, with the other invisible
 * controls, and the Unicode bidi algorithm orders what is left by the letters themselves.
 *
 * Kept on purpose: ZERO WIDTH JOINER and NON-JOINER (U+200C, U+200D), which Persian, Arabic
 * and Indic names need to join or separate letters correctly.
 */

/** U+202A-U+202E (embeddings, overrides, pop), U+2066-U+2069 (isolates), LRM, RLM and ALM. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/**
 * C0/C1 controls other than line breaks and tabs, soft hyphen, zero width space, word joiner,
 * invisible operators and the byte-order mark: nothing a name or an answer needs to show.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060-\u2064\uFEFF]/g;

/** Removes bidi controls and invisible characters, and composes letters with their accents (NFC). */
export function stripControls(text: string): string {
  return text.normalize('NFC').replace(BIDI_CONTROLS, '').replace(INVISIBLE, '');
}

/** A name to print: controls stripped, every run of white space (line breaks too) one space, trimmed. */
export function cleanName(name: string): string {
  return stripControls(name).replace(/\s+/gu, ' ').trim();
}

/** Free text to print (an answer): controls stripped, line breaks kept as `\n`, trailing space trimmed. */
export function cleanText(text: string): string {
  return stripControls(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** True when the text had bidi controls (the element says so, since what is printed differs from what was typed). */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(text);
}
