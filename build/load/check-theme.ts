/**
 * A school's brand (`theme:` in course.yaml, course/schema/theme.ts), checked before it ships:
 * each brand colour must keep every pair it takes part in at WCAG 2.1 AA against the course's
 * other colours (components/src/styles/contrast-pairs.ts, the list the default palette is tested
 * with), in light and in dark mode; a missing dark-mode colour is derived by lightening the
 * brand colour until it passes. The logo is an SVG or PNG in `media/`, checked like every
 * picture (check-media.ts) and measured, so the player can give it the right width.
 */
import { access, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { mix } from '../../components/src/styles/contrast.ts';
import { CONTRAST_PAIRS, measurePairs, resolveColours, type ContrastResult } from '../../components/src/styles/contrast-pairs.ts';
import { PALETTE, type Mode } from '../../components/src/styles/palette.ts';
import { ThemeSchema, type Theme } from '../../course/schema/theme.ts';
import { contentError, type ContentError, type Location } from '../errors/content-error.ts';
import { checkMedia } from './check-media.ts';
import type { MediaFile } from './load-course.ts';

/** The theme as the package wears it: colours checked (and the dark one derived), the logo measured. */
export interface PackageTheme {
  accent?: string;
  accentText?: string;
  accentDark?: string;
  accentTextDark?: string;
  /** `media/<name>` and its width divided by its height. */
  logo?: { path: string; ratio: number };
  logoDark?: { path: string };
  font: Theme['font'];
  radius?: number;
}

export interface ThemeCheck {
  errors: ContentError[];
  media: MediaFile[];
  theme?: PackageTheme;
}

/** The pairs a brand colour takes part in (the rest of the palette is fixed and tested). */
const BRAND_PAIRS = CONTRAST_PAIRS.filter((p) => [p.fg, p.bg].some((c) => c.startsWith('accent')));

/** `raw` is course.yaml's `theme` as written; a malformed one is the schema's error, not checked again here. */
export async function checkTheme(root: string, raw: unknown, locate: (path: (string | number)[]) => Location): Promise<ThemeCheck> {
  const parsed = ThemeSchema.safeParse(raw);
  if (!parsed.success) return { errors: [], media: [] };
  const theme = parsed.data;
  const errors: ContentError[] = [];
  const media: MediaFile[] = [];
  const result: PackageTheme = { font: theme.font, ...(theme.radius === undefined ? {} : { radius: theme.radius }) };

  if (theme.accent || theme.accentText) {
    const accent = theme.accent ?? PALETTE.light.accent;
    const failures = brandFailures('light', accent, theme.accentText);
    if (failures.length > 0) {
      const field = theme.accent ? 'accent' : 'accentText';
      errors.push(themeContrastError('light', field, theme[field]!, failures, nearestPassing('light', accent, theme.accentText), locate(['theme', field])));
    } else {
      if (theme.accent) result.accent = theme.accent;
      if (theme.accentText) result.accentText = theme.accentText;
    }
  }
  if (theme.accentDark || theme.accentTextDark) {
    const accent = theme.accentDark ?? PALETTE.dark.accent;
    const failures = brandFailures('dark', accent, theme.accentTextDark);
    if (failures.length > 0) {
      const field = theme.accentDark ? 'accentDark' : 'accentTextDark';
      errors.push(themeContrastError('dark', field, theme[field]!, failures, nearestPassing('dark', accent, theme.accentTextDark), locate(['theme', field])));
    } else {
      if (theme.accentDark) result.accentDark = theme.accentDark;
      if (theme.accentTextDark) result.accentTextDark = theme.accentTextDark;
    }
  } else if (theme.accent) {
    // A brand colour chosen for a white page is usually too dark for a dark one: lighten it.
    result.accentDark = nearestPassing('dark', theme.accent, undefined);
  }

  for (const field of ['logo', 'logoDark'] as const) {
    const logo = theme[field];
    if (!logo) continue;
    const checked = await checkLogo(root, field, logo, locate(['theme', field]));
    errors.push(...checked.errors);
    if (!checked.file) continue;
    media.push(checked.file);
    if (field === 'logo') result.logo = { path: logo, ratio: checked.ratio };
    else result.logoDark = { path: logo };
  }
  return errors.length > 0 ? { errors, media: [] } : { errors, media, theme: result };
}

function brandFailures(mode: Mode, accent: string, accentText: string | undefined): ContrastResult[] {
  const colours = resolveColours({ ...PALETTE[mode], accent, ...(accentText ? { accentText } : {}) }, mode);
  return measurePairs(colours, BRAND_PAIRS).filter((r) => !r.ok);
}

/** The shade of `accent` nearest to it (towards black in light mode, white in dark) that passes. */
function nearestPassing(mode: Mode, accent: string, accentText: string | undefined): string {
  const toward = mode === 'light' ? '#000000' : '#ffffff';
  for (let share = 100; share >= 0; share -= 2) {
    const candidate = mix(accent, toward, share / 100);
    if (brandFailures(mode, candidate, accentText).length === 0) return candidate;
  }
  return toward;
}

function themeContrastError(mode: Mode, field: string, colour: string, failures: ContrastResult[], suggestion: string, at: Location): ContentError {
  const worded = failures.map((f) => `${f.use} ${f.ratio.toFixed(2)}:1 (needs ${f.min}:1)`);
  // A suggestion equal to black or white means no shade of this colour passes with this text colour.
  const useful = suggestion !== '#000000' && suggestion !== '#ffffff';
  return contentError('ThemeContrastTooLow', { field, colour, mode, failures: worded, ...(useful ? { suggestion } : {}) }, at);
}

async function checkLogo(root: string, field: string, logo: string, at: Location): Promise<{ errors: ContentError[]; file?: MediaFile; ratio: number }> {
  const refuse = (reason: 'outside-media' | 'missing' | 'not-svg-or-png') => ({ errors: [contentError('ThemeLogoNotFound', { field, logo, reason }, at)], ratio: 0 });
  if (!/^media\/[^/\\]+$/.test(logo) || logo.includes('..')) return refuse('outside-media');
  const ext = extname(logo).toLowerCase();
  if (ext !== '.svg' && ext !== '.png') return refuse('not-svg-or-png');
  const source = join(root, logo);
  try {
    await access(source);
  } catch {
    return refuse('missing');
  }
  const errors = await checkMedia(root, logo);
  if (errors.length > 0) return { errors, ratio: 0 };
  const bytes = await readFile(source);
  return { errors: [], file: { source, target: logo }, ratio: ext === '.png' ? pngRatio(bytes) : svgRatio(bytes.toString('utf8')) };
}

/** Width over height from a PNG's header (IHDR: width and height as 32-bit numbers at bytes 16 and 20). */
function pngRatio(bytes: Buffer): number {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return height > 0 ? round(width / height) : 1;
}

/** Width over height from the root `<svg>`'s viewBox, or its width and height; square if it has neither. */
function svgRatio(text: string): number {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box && box.length === 4 && box[2]! > 0 && box[3]! > 0) return round(box[2]! / box[3]!);
  const width = parseFloat(attr('width') ?? '');
  const height = parseFloat(attr('height') ?? '');
  return width > 0 && height > 0 ? round(width / height) : 1;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
