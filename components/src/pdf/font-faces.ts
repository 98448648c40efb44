/**
 * The fonts the PDFs are set in: Noto Sans and its sister families, one WOFF2 file per script
 * range and weight, from the Fontsource npm packages (SIL Open Font License 1.1, see
 * NOTICE-fonts.txt beside this file). Noto was made to look alike across scripts, so a name in
 * Latin, Greek, Cyrillic, Hebrew, Arabic or Ethiopic, or in several at once, reads as one line.
 *
 * Why these files: Fontsource ships each family cut into script ranges (the subsets Google Fonts
 * serves), a few to sixty kilobytes each, so a PDF fetches only the ranges its text needs (an
 * English certificate for "Åse Ødegård": two files of 13 kB). Vite emits every file below beside
 * the player, so they travel in every package and are fetched only when a learner downloads a
 * PDF; nothing here is in the launch bundle (this module is in the PDF chunk).
 *
 * A face is picked per character by `unicodeRange`, copied from each package's `unicode.json`
 * (font-faces.test.ts keeps them equal). Order matters: the first face whose range has a
 * character is used for it.
 */

export type FontWeight = 'regular' | 'bold';

export interface FontFace {
  /** Script range, as Fontsource names its subset (`latin-ext`, `arabic`, ...). */
  range: string;
  weight: FontWeight;
  /** The npm package the file comes from. */
  package: string;
  /** The WOFF2 file (a URL Vite rewrites to the emitted asset; a file URL in Node). */
  url: URL;
  /** The file has no bold outlines: bold is drawn by stroking each glyph as well as filling it. */
  syntheticBold: boolean;
}

/** Code points of each range, in CSS `unicode-range` syntax, as the packages' unicode.json give them. */
export const UNICODE_RANGES: Readonly<Record<string, string>> = {
  'latin': 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  'vietnamese': 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  'greek': 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
  'cyrillic': 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  'hebrew': 'U+0307-0308,U+0590-05FF,U+200C-2010,U+20AA,U+25CC,U+FB1D-FB4F',
  'arabic': 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1',
  'ethiopic': 'U+030E,U+1200-1399,U+2D80-2DDE,U+AB01-AB2E,U+1E7E0-1E7E6,U+1E7E8-1E7EB,U+1E7ED-1E7EE,U+1E7F0-1E7FE',
};

function face(range: string, weight: FontWeight, pkg: string, url: URL, syntheticBold = false): FontFace {
  return { range, weight, package: pkg, url, syntheticBold };
}

/** Every face, in the order a character looks for one. */
export const FONT_FACES: readonly FontFace[] = [
  face('latin', 'regular', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', import.meta.url)),
  face('latin', 'bold', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', import.meta.url)),
  face('latin-ext', 'regular', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2', import.meta.url)),
  face('latin-ext', 'bold', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2', import.meta.url)),
  face('vietnamese', 'regular', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2', import.meta.url)),
  face('vietnamese', 'bold', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2', import.meta.url)),
  face('greek', 'regular', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2', import.meta.url)),
  face('greek', 'bold', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff2', import.meta.url)),
  face('cyrillic', 'regular', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2', import.meta.url)),
  face('cyrillic', 'bold', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2', import.meta.url)),
  face('cyrillic-ext', 'regular', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2', import.meta.url)),
  face('cyrillic-ext', 'bold', '@fontsource/noto-sans', new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2', import.meta.url)),
  face('hebrew', 'regular', '@fontsource/noto-sans-hebrew', new URL('../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2', import.meta.url)),
  face('hebrew', 'bold', '@fontsource/noto-sans-hebrew', new URL('../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2', import.meta.url)),
  face('arabic', 'regular', '@fontsource/noto-sans-arabic', new URL('../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2', import.meta.url)),
  face('arabic', 'bold', '@fontsource/noto-sans-arabic', new URL('../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2', import.meta.url)),
  // Only a variable font covers Ethiopic; its default instance is the regular weight.
  face('ethiopic', 'regular', '@fontsource-variable/noto-sans-ethiopic', new URL('../../../node_modules/@fontsource-variable/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-wght-normal.woff2', import.meta.url)),
  face('ethiopic', 'bold', '@fontsource-variable/noto-sans-ethiopic', new URL('../../../node_modules/@fontsource-variable/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-wght-normal.woff2', import.meta.url), true),
];
