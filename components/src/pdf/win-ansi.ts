/**
 * WinAnsiEncoding (Windows code page 1252 as PDF defines it, ISO 32000 annex D): the one-byte
 * encoding the standard Type 1 fonts can use without embedding anything. It covers ASCII,
 * Latin-1 (æ ø å é ë ï ü ß ...) and, at 0x80-0x9F, typographic marks (curly quotes, dashes,
 * €, Œ, Š, Ž). Anything else (Polish ł, Turkish ı, Greek, CJK, emoji) has no glyph in these
 * fonts and becomes '?', visibly, rather than a wrong letter: the on-screen certificate and
 * Print still show every character, so a learner with such a name can print instead.
 */

/** Unicode code points of the 0x80-0x9F block; the unlisted bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are undefined. */
const HIGH_BLOCK: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** The byte a character maps to (0x3F '?' for characters outside WinAnsi). */
export function winAnsiCode(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return codePoint;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return codePoint;
  // Line breaks and tabs inside one text run would print as nothing; a space keeps words apart.
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return 0x20;
  return HIGH_BLOCK.get(codePoint) ?? 0x3f;
}

/**
 * Encodes text as WinAnsi bytes. Text is NFC-normalised first, so a name typed with combining
 * marks ("A" + U+030A) still becomes the single byte for "Å".
 */
export function encodeWinAnsi(text: string): Uint8Array {
  const codes: number[] = [];
  for (const char of text.normalize('NFC')) codes.push(winAnsiCode(char.codePointAt(0) ?? 0x3f));
  return Uint8Array.from(codes);
}
