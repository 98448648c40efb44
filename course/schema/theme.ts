/**
 * `theme:` in course.yaml: how a school or training centre brands the course. The build checks
 * it (build/load/check-theme.ts: colours must keep WCAG 2.1 AA contrast in light and dark mode,
 * the logo must be a safe picture) and writes it into every package as the CSS custom properties
 * of docs/theming.md. Everything is optional; without `theme:` the course wears the WORKMENTOR
 * defaults (components/src/styles/palette.ts).
 */
import { z } from 'zod';

const HexColourSchema = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: 'is not a colour like "#0e6371"' });

export const ThemeSchema = z.strictObject({
  /** The brand colour in light mode: primary buttons, links, the selected option, progress. */
  accent: HexColourSchema.optional(),
  /** Text on the brand colour in light mode (default white). */
  accentText: HexColourSchema.optional(),
  /** The brand colour in dark mode; without it the build lightens `accent` until it reads on the dark page. */
  accentDark: HexColourSchema.optional(),
  /** Text on the dark-mode brand colour (default near-black). */
  accentTextDark: HexColourSchema.optional(),
  /** The school's logo, an SVG or PNG in the course's `media/` folder (`media/logo.svg`): on the welcome screen and in the header on wide screens. */
  logo: z.string().trim().min(1).optional(),
  /** A version of the logo for dark mode (light lines on transparent), if the logo disappears on a dark page. */
  logoDark: z.string().trim().min(1).optional(),
  /**
   * `web`: Inter, the course's web font, loaded after the first screen (the default); `system`:
   * the device's own font, nothing to download.
   */
  font: z.enum(['web', 'system']).default('web'),
  /** Corner radius of buttons, cards and boxes, in CSS pixels (0 for square corners). */
  radius: z.number().int().min(0).max(24).optional(),
});
export type Theme = z.infer<typeof ThemeSchema>;
