/**
 * Catalogue: a school's brand (`theme:` in course.yaml) that the course cannot wear as it is,
 * because a colour would make text unreadable for some learners (WCAG 2.1 AA) or the logo is not
 * a picture the build can check and ship.
 */
import { defineError, listOf } from './define-error.ts';

export const themeErrors = {
  ThemeContrastTooLow: defineError<{ field: string; colour: string; mode: 'light' | 'dark'; failures: string[]; suggestion?: string }>({
    title: 'A brand colour without enough contrast',
    what: (p) => `\`${p.field}: "${p.colour}"\` is too ${p.mode === 'light' ? 'light' : 'dark'} for ${p.mode} mode: ${listOf(p.failures, 4)}.`,
    why: 'below 4.5:1 for text and 3:1 for the outline of a control (WCAG 2.1 AA), learners with low vision, or on a phone in daylight, cannot read the buttons and links.',
    fix: (p) =>
      p.suggestion
        ? `use a ${p.mode === 'light' ? 'darker' : 'lighter'} shade of the brand colour, for example "${p.suggestion}" (the nearest that passes), or set \`${p.field === 'accent' ? 'accentText' : 'accentTextDark'}\` to a text colour that reads on it.`
        : `pick a ${p.mode === 'light' ? 'darker' : 'lighter'} brand colour; docs/theming.md lists what it must contrast with.`,
  }),

  ThemeLogoNotFound: defineError<{ field: string; logo: string; reason: 'outside-media' | 'missing' | 'not-svg-or-png' }>({
    title: 'A logo that is not an SVG or PNG in the course\'s media folder',
    what: (p) =>
      p.reason === 'missing'
        ? `The ${p.field} \`${p.logo}\` does not exist in the course folder.`
        : p.reason === 'outside-media'
          ? `The ${p.field} \`${p.logo}\` is not a file directly inside the course's \`media/\` folder.`
          : `The ${p.field} \`${p.logo}\` is neither an SVG nor a PNG.`,
    why: 'the logo ships in every package as `media/<name>` and is drawn at the height of a line of text, so it must be a file there that the build can check and measure: a drawing (SVG) or a picture with a transparent background (PNG).',
    fix: () => 'save the logo as `media/logo.svg` (or .png) beside course.yaml and write `logo: media/logo.svg` under `theme:`, or remove it.',
  }),
};
