/**
 * The course's web font, Inter (SIL Open Font License 1.1, from @fontsource-variable/inter), cut
 * into one file per script so a browser downloads only the files whose characters are on the
 * page (CSS `unicode-range`): an English, Dutch or Norwegian course needs `latin` alone; a
 * learner's name such as Łukasz, Nguyễn, Ελένη or Ольга fetches its own small file when it is
 * shown. Every file keeps the weight axis from 400 to 700 (regular, semibold and bold from one
 * file) and the layout features text needs, nothing else. No italic files: the few italic words
 * are slanted by the browser, which saves a download of the size of `latin` itself.
 *
 * The files are made by `npm run fonts` (build/fonts/subset-fonts.ts) from this list and
 * committed in components/public/fonts/, which Vite copies into every package.
 */

/** A file of the web font: its name under `fonts/` and the characters it draws (CSS `unicode-range`). */
export interface WebFontSubset {
  file: string;
  /** Which Inter file of @fontsource-variable/inter it is cut from. */
  source: string;
  unicodeRange: string;
}

export const WEB_FONT_FAMILY = 'Inter';

/** The weights the course uses, all in each file. */
export const WEB_FONT_WEIGHTS = { min: 400, max: 700 } as const;

export const WEB_FONT_SUBSETS: readonly WebFontSubset[] = [
  {
    // Basic Latin, Latin-1 (the whole alphabet of English, Dutch and Norwegian: é, ë, ï, æ, ø, å),
    // typographic quotes, dashes, the euro sign.
    file: 'inter-latin.woff2',
    source: 'inter-latin-wght-normal.woff2',
    unicodeRange: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  },
  {
    // Latin Extended-A (Polish, Czech, Hungarian, Turkish, Baltic…), Romanian ș ț, Azerbaijani ə,
    // Danish-Norwegian ǿ ǽ, Pinyin tones, capital ẞ and the currency signs.
    file: 'inter-latin-ext.woff2',
    source: 'inter-latin-ext-wght-normal.woff2',
    unicodeRange: 'U+0100-017F, U+018F, U+0192, U+01CD-01DC, U+01E6-01E7, U+01EA-01EB, U+01F4-01F5, U+01FA-01FF, U+0218-021B, U+0259, U+1E9E, U+20A0-20AB, U+20AD-20C0, U+2113',
  },
  {
    // Vietnamese: names such as Nguyễn, Trần, Đặng.
    file: 'inter-vietnamese.woff2',
    source: 'inter-vietnamese-wght-normal.woff2',
    unicodeRange: 'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB',
  },
  {
    file: 'inter-greek.woff2',
    source: 'inter-greek-wght-normal.woff2',
    unicodeRange: 'U+0370-0377, U+037A-037F, U+0384-038A, U+038C, U+038E-03A1, U+03A3-03FF',
  },
  {
    // Russian, Ukrainian (ґ є і ї), Belarusian, Bulgarian, Serbian, Macedonian.
    file: 'inter-cyrillic.woff2',
    source: 'inter-cyrillic-wght-normal.woff2',
    unicodeRange: 'U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116',
  },
];

/** Every code point of a CSS `unicode-range` list. */
export function codePoints(unicodeRange: string): number[] {
  const points: number[] = [];
  for (const part of unicodeRange.split(',')) {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-') as [string, string | undefined];
    const low = parseInt(from, 16);
    const high = parseInt(to ?? from, 16);
    for (let c = low; c <= high; c++) points.push(c);
  }
  return points;
}
