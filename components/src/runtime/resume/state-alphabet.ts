/**
 * The characters the structure of a format-2 resume state is written in: 16,384 consecutive
 * CJK Unified Ideographs, U+4E00 to U+8DFF, so one character carries 14 bits (format 1's 64
 * ASCII characters carried 6).
 *
 * SCORM counts `cmi.suspend_data` in characters (UTF-16 code units: Moodle checks
 * `^[\u0000-\uFFFF]{0,4096}$`), not bytes, so the densest safe alphabet wins. Why this block:
 * - every one of them is one UTF-16 code unit (no surrogates) and valid UTF-8 (3 bytes), so
 *   the value survives URL encoding into PHP (which drops invalid UTF-8), PostgreSQL and MySQL
 *   `utf8`/`utf8mb4` text, JSON (the xAPI State API) and `localStorage` unchanged;
 * - all are assigned since Unicode 1.1, letters (`Lo`) without decompositions or case, so NFC,
 *   NFD, NFKC, NFKD, upper- and lower-casing leave them alone (a compatibility ideograph from
 *   U+F900 would not survive NFC; Hangul syllables would not survive NFD);
 * - none is white space or a control character, so no LMS trims or strips one.
 * 2^14 is the largest power of two inside the block (20,992 code points), so 14 bits map to
 * one character with plain shifts; the state-alphabet test checks every code point.
 * The price is bytes on the wire: 3 per character in UTF-8, 9 URL-encoded, which no LMS limits.
 */
import { CorruptState } from './corrupt-state.ts';

/** Bits one structural character carries. */
export const BITS_PER_CHAR = 14;

/** The first character of the alphabet, U+4E00 (一). */
export const ALPHABET_START = 0x4e00;

const SIZE = 2 ** BITS_PER_CHAR;

/** The character for a value in [0, 2^14). */
export const stateChar = (value: number): string => String.fromCharCode(ALPHABET_START + value);

/** Whether `code` (a UTF-16 code unit) is in the alphabet. */
export const isStateCharCode = (code: number): boolean => code >= ALPHABET_START && code < ALPHABET_START + SIZE;

/** The value of the character at `offset` of `text`; corrupt when it is not in the alphabet. */
export function stateValueAt(text: string, offset: number): number {
  if (offset >= text.length) throw new CorruptState(`the state ends early at character ${offset} (cut short?)`);
  const code = text.charCodeAt(offset);
  if (!isStateCharCode(code)) throw new CorruptState(`character ${offset} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) is not part of a resume state`);
  return code - ALPHABET_START;
}
