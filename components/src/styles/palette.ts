/**
 * The default WORKMENTOR colours, light and dark, as data: tokens.ts writes them into CSS, the
 * contrast test and the build's check of a school's brand colours read them here, so what is
 * tested is what ships. Every pair in contrast-pairs.ts meets WCAG 2.1 AA in both modes.
 *
 * The brand colour is a deep petrol (a calm, workshop-blue-green that is neither a school's nor
 * a company's); warnings are amber, mistakes red, right answers green, and the focus ring orange,
 * so it never looks like a selected option.
 */

/** The colours a mode defines; tokens.ts names each `--wm-<kebab-case key>`. */
export interface ModeColours {
  /** Body text. */
  text: string;
  /** Secondary text (hints, counters, meta lines). */
  textMuted: string;
  /** The page. */
  bg: string;
  /** Boxes on the page: notices, samples, the header. */
  surface: string;
  /** Hovered and pressed boxes, table heads. */
  surfaceStrong: string;
  /** Borders of controls (inputs, option cards): at least 3:1 against the page (WCAG 1.4.11). */
  border: string;
  /** Decorative lines between parts (never a control's only outline). */
  borderSubtle: string;
  /** The brand colour: primary buttons, links, selected options, progress. */
  accent: string;
  /** Text and icons on the brand colour. */
  accentText: string;
  /** The keyboard focus ring. */
  focus: string;
  good: string;
  goodBg: string;
  warn: string;
  warnBg: string;
  bad: string;
  badBg: string;
}

export type Mode = 'light' | 'dark';

export const PALETTE: Record<Mode, ModeColours> = {
  light: {
    text: '#1c2024',
    textMuted: '#4f5864',
    bg: '#ffffff',
    surface: '#f3f5f7',
    surfaceStrong: '#e6eaee',
    border: '#7d8794',
    borderSubtle: '#d6dce2',
    accent: '#0e6371',
    accentText: '#ffffff',
    focus: '#c2410c',
    good: '#17683a',
    goodBg: '#e5f3ea',
    warn: '#7a4a00',
    warnBg: '#fdf1d8',
    bad: '#a3161a',
    badBg: '#fce8e7',
  },
  dark: {
    text: '#e9ecef',
    textMuted: '#aeb6c0',
    bg: '#121519',
    surface: '#1c2127',
    surfaceStrong: '#262c34',
    border: '#7f8996',
    borderSubtle: '#323941',
    accent: '#5fc4cf',
    accentText: '#0b1215',
    focus: '#ffa15c',
    good: '#72d39a',
    goodBg: '#11291b',
    warn: '#f0c36a',
    warnBg: '#2e2410',
    bad: '#ff9a92',
    badBg: '#3a1716',
  },
};

/**
 * Colours derived from the brand colour with CSS `color-mix(in srgb, …)`, so a school that sets
 * only its brand colour gets matching tints: `accentSoft` (selected cards, the current page in
 * the contents) is a little of the brand colour over the page; `accentStrong` (hovered primary
 * buttons) is the brand colour towards black in light mode and towards white in dark mode.
 */
export const DERIVED: Record<Mode, { accentSoft: { share: number }; accentStrong: { share: number; toward: string } }> = {
  light: { accentSoft: { share: 0.1 }, accentStrong: { share: 0.78, toward: '#000000' } },
  dark: { accentSoft: { share: 0.16 }, accentStrong: { share: 0.75, toward: '#ffffff' } },
};

/** Font stacks. The web font (web-font-subsets.ts) is put in front once it has loaded (web-font.ts). */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
export const MONO_STACK = "ui-monospace, 'Cascadia Mono', 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace";
