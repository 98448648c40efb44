/** A school's brand (`theme:` in course.yaml): contrast and logo checks, and what the package wears. */
import { afterAll, describe, expect, it } from 'vitest';
import { contrast } from '../../components/src/styles/contrast.ts';
import { PALETTE } from '../../components/src/styles/palette.ts';
import { themeStyle } from '../targets/theme-style.ts';
import { loadTiny, pins, problemsOf, removeTempCourses, TINY_COURSE } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const withTheme = (theme: string): string => `${TINY_COURSE}theme:\n${theme}`;
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#0e6371"/></svg>\n';

describe('loader: theme', () => {
  it('ships a brand colour, a derived dark-mode colour that reads on the dark page, the logo with its proportions and the corners', async () => {
    const result = await loadTiny({
      'course.yaml': withTheme('  accent: "#7a1f5c"\n  logo: media/logo.svg\n  radius: 4\n'),
      'media/logo.svg': LOGO,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const theme = result.course.theme!;
    expect(theme).toMatchObject({ accent: '#7a1f5c', logo: { path: 'media/logo.svg', ratio: 3 }, radius: 4, font: 'web' });
    // Lighter than the brand colour and at least 4.5:1 on the dark page.
    expect(contrast(theme.accentDark!, PALETTE.dark.bg)).toBeGreaterThanOrEqual(4.5);
    expect(result.course.media.map((m) => m.target)).toContain('media/logo.svg');
    expect(themeStyle(theme)).toBe(
      `<style id="wm-theme">:root{--wm-theme-accent:#7a1f5c;--wm-theme-accent-dark:${theme.accentDark};--wm-theme-logo:url("media/logo.svg");--wm-theme-logo-ratio:3;--wm-theme-radius:4px}</style>`,
    );
  });

  it('writes nothing without a theme, and the system font when asked', async () => {
    const plain = await loadTiny();
    expect(plain.ok && plain.course.theme).toBe(undefined);
    expect(themeStyle(undefined)).toBe('');
    const system = await loadTiny({ 'course.yaml': withTheme('  font: system\n') });
    expect(system.ok && themeStyle(system.course.theme)).toMatch(/^<style id="wm-theme">:root\{--wm-theme-font:system-ui,/);
  });

  it('ThemeContrastTooLow: a light brand colour in light mode, with the nearest shade that passes', async () => {
    const problems = await problemsOf({ 'course.yaml': withTheme('  accent: "#f5b400"\n') });
    expect(pins(problems)).toEqual(['ThemeContrastTooLow course.yaml:16:11']);
    expect(problems[0]!.what).toMatch(/^`accent: "#f5b400"` is too light for light mode: links and quiet buttons 1\.84:1 \(needs 4\.5:1\), .* and 2 more\.$/);
    const suggestion = /"(#[0-9a-f]{6})"/.exec(problems[0]!.fix)![1]!;
    expect(contrast(suggestion, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('ThemeContrastTooLow: a dark-mode colour too dark for the dark page', async () => {
    const problems = await problemsOf({ 'course.yaml': withTheme('  accent: "#0e6371"\n  accentDark: "#0e6371"\n') });
    expect(pins(problems)).toEqual(['ThemeContrastTooLow course.yaml:17:15']);
    expect(problems[0]!.what).toContain('is too dark for dark mode');
  });

  it('ThemeLogoNotFound: a logo outside media/, a missing one and one that is not SVG or PNG', async () => {
    const problems = await problemsOf({
      'course.yaml': withTheme('  logo: ../logo.svg\n  logoDark: media/logo.gif\n'),
      'media/logo.gif': 'GIF89a',
    });
    expect(pins(problems)).toEqual(['ThemeLogoNotFound course.yaml:16:9', 'ThemeLogoNotFound course.yaml:17:13']);
    expect(problems.map((p) => p.what)).toEqual([
      "The logo `../logo.svg` is not a file directly inside the course's `media/` folder.",
      'The logoDark `media/logo.gif` is neither an SVG nor a PNG.',
    ]);
    const missing = await problemsOf({ 'course.yaml': withTheme('  logo: media/logo.svg\n') });
    expect(missing.map((p) => p.what)).toEqual(['The logo `media/logo.svg` does not exist in the course folder.']);
  });

  it('checks a logo like any picture: an SVG with a script is refused', async () => {
    const problems = await problemsOf({
      'course.yaml': withTheme('  logo: media/logo.svg\n'),
      'media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n',
    });
    expect(problems.map((p) => p.name)).toEqual(['UnsafeSvg']);
  });

  it('refuses a colour that is not a hex colour, as a schema error', async () => {
    const problems = await problemsOf({ 'course.yaml': withTheme('  accent: teal\n') });
    expect(problems.map((p) => p.name)).toEqual(['InvalidValue']);
    expect(problems[0]!.what).toContain('is not a colour like "#0e6371"');
  });
});
