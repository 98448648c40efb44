/**
 * The colour pairs the course puts on screen, each with the contrast WCAG 2.1 AA asks of it:
 * 4.5:1 for text (1.4.3), 3:1 for the outlines of controls and the focus ring (1.4.11). The
 * palette test (palette.test.ts) measures them in light and dark mode, and the build checks a
 * school's brand colours against the same list, so a theme cannot ship what the default would
 * fail.
 */
import { contrast, mix } from './contrast.ts';
import { DERIVED, type Mode, type ModeColours } from './palette.ts';

/** A mode's colours with the derived ones worked out. */
export type ResolvedColours = ModeColours & { accentSoft: string; accentStrong: string };

export type ColourName = keyof ResolvedColours;

export interface ContrastPair {
  fg: ColourName;
  bg: ColourName;
  min: 4.5 | 3;
  /** Where the pair is seen, for a failure message a designer can act on. */
  use: string;
}

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fg: 'text', bg: 'bg', min: 4.5, use: 'body text on the page' },
  { fg: 'text', bg: 'surface', min: 4.5, use: 'text in notices, samples and the header' },
  { fg: 'text', bg: 'surfaceStrong', min: 4.5, use: 'text on a hovered box and table heads' },
  { fg: 'text', bg: 'accentSoft', min: 4.5, use: 'text of a selected option' },
  { fg: 'textMuted', bg: 'bg', min: 4.5, use: 'hints and counters' },
  { fg: 'textMuted', bg: 'surface', min: 4.5, use: 'hints in boxes' },
  { fg: 'textMuted', bg: 'accentSoft', min: 4.5, use: 'a hint in a selected option' },
  { fg: 'accent', bg: 'bg', min: 4.5, use: 'links and quiet buttons' },
  { fg: 'accent', bg: 'surface', min: 4.5, use: 'links in notices' },
  { fg: 'accent', bg: 'accentSoft', min: 4.5, use: 'the current page in the contents' },
  { fg: 'accentText', bg: 'accent', min: 4.5, use: 'primary button label' },
  { fg: 'accentText', bg: 'accentStrong', min: 4.5, use: 'hovered primary button label' },
  { fg: 'text', bg: 'goodBg', min: 4.5, use: 'text of a right-answer notice' },
  { fg: 'good', bg: 'goodBg', min: 4.5, use: 'the verdict of a right answer' },
  { fg: 'good', bg: 'bg', min: 4.5, use: 'a done mark and a success message' },
  { fg: 'text', bg: 'warnBg', min: 4.5, use: 'text of a warning' },
  { fg: 'warn', bg: 'warnBg', min: 4.5, use: 'the verdict of a partly right answer' },
  { fg: 'warn', bg: 'bg', min: 4.5, use: 'a counter near its limit' },
  { fg: 'text', bg: 'badBg', min: 4.5, use: 'text of an error notice' },
  { fg: 'bad', bg: 'badBg', min: 4.5, use: 'the verdict of a wrong answer' },
  { fg: 'bad', bg: 'bg', min: 4.5, use: 'an error message under a field' },
  { fg: 'border', bg: 'bg', min: 3, use: 'outline of inputs and option cards' },
  { fg: 'border', bg: 'surface', min: 3, use: 'outline of an input in a box' },
  { fg: 'accent', bg: 'surfaceStrong', min: 3, use: 'the border of a selected option on a hovered box' },
  { fg: 'focus', bg: 'bg', min: 3, use: 'the focus ring on the page' },
  { fg: 'focus', bg: 'surface', min: 3, use: 'the focus ring in a box' },
];

/** The derived colours, computed as the CSS `color-mix()` in tokens.ts computes them. */
export function resolveColours(colours: ModeColours, mode: Mode): ResolvedColours {
  const d = DERIVED[mode];
  return {
    ...colours,
    accentSoft: mix(colours.accent, colours.bg, d.accentSoft.share),
    accentStrong: mix(colours.accent, d.accentStrong.toward, d.accentStrong.share),
  };
}

export interface ContrastResult extends ContrastPair {
  ratio: number;
  ok: boolean;
}

export function measurePairs(colours: ResolvedColours, pairs: readonly ContrastPair[] = CONTRAST_PAIRS): ContrastResult[] {
  return pairs.map((pair) => {
    const ratio = contrast(colours[pair.fg], colours[pair.bg]);
    // Rounded down to two decimals as checkers report it, so 4.499 never passes as 4.5.
    return { ...pair, ratio, ok: Math.floor(ratio * 100) / 100 >= pair.min };
  });
}
