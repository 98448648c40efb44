/**
 * Design tokens and the few rules every element shares: the colours of palette.ts in light and
 * dark mode (`prefers-color-scheme`), a type scale, spacing in logical properties (RTL-ready),
 * touch targets of at least 44 px, a focus ring that is always visible, and no motion for
 * people who ask for reduced motion.
 *
 * Theming (docs/theming.md): a school sets the public `--wm-theme-*` properties on the page
 * (the build writes them from course.yaml's `theme:`), and every element reads them here.
 * Custom properties inherit through shadow roots, so one declaration on `:root` reaches every
 * element; the `--wm-*` tokens below are recomputed in each element from those inputs, with the
 * WORKMENTOR defaults where a school sets nothing. Styles use the `--wm-*` tokens only, never a
 * colour of their own, so dark mode and a brand reach everything.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { DERIVED, FONT_STACK, MONO_STACK, PALETTE, type Mode, type ModeColours } from './palette.ts';

export { buttons } from './buttons.ts';

/** Palette keys a school can override, with the public property that does it. */
const THEMED: Partial<Record<keyof ModeColours, string>> = { accent: '--wm-theme-accent', accentText: '--wm-theme-accent-text' };

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One mode's colour tokens; in dark mode a school's colours come from the `-dark` properties. */
function colourTokens(mode: Mode): CSSResult {
  const suffix = mode === 'dark' ? '-dark' : '';
  const colours = PALETTE[mode];
  const derived = DERIVED[mode];
  const lines = Object.entries(colours).map(([key, value]) => {
    const themed = THEMED[key as keyof ModeColours];
    return `--wm-${kebab(key)}: ${themed ? `var(${themed}${suffix}, ${value})` : value};`;
  });
  lines.push(
    `--wm-accent-soft: color-mix(in srgb, var(--wm-accent) ${derived.accentSoft.share * 100}%, var(--wm-bg));`,
    `--wm-accent-strong: color-mix(in srgb, var(--wm-accent) ${derived.accentStrong.share * 100}%, ${derived.accentStrong.toward});`,
    `--wm-logo: var(--wm-theme-logo${suffix}${mode === 'dark' ? ', var(--wm-theme-logo, none)' : ', none'});`,
  );
  return unsafeCSS(lines.join('\n'));
}

export const tokens = css`
  :host {
    ${colourTokens('light')}
    --wm-shadow: 0 1px 2px rgb(16 24 32 / 0.06), 0 4px 12px rgb(16 24 32 / 0.08);
    color-scheme: light dark;

    /* Type: Inter once it has loaded (web-font.ts sets --wm-web-font), the system font before. */
    --wm-font: var(--wm-theme-font, var(--wm-web-font, system-ui), ${unsafeCSS(FONT_STACK)});
    --wm-font-heading: var(--wm-theme-font-heading, var(--wm-font));
    --wm-font-mono: ${unsafeCSS(MONO_STACK)};
    /* A scale of 1.2 (minor third) from 1rem, in rem so 200 % text doubles all of it. */
    --wm-size-small: 0.875rem;
    --wm-size-body: 1rem;
    --wm-size-prose: 1.0625rem;
    --wm-size-large: 1.2rem;
    --wm-size-h2: 1.44rem;
    --wm-size-h1: 1.728rem;
    --wm-size-display: clamp(1.728rem, 1.4rem + 1.6vw, 2.488rem);
    --wm-leading: 1.5;
    --wm-leading-tight: 1.25;
    --wm-leading-prose: 1.6;
    --wm-weight-semibold: 600;
    --wm-weight-bold: 700;

    --wm-radius: var(--wm-theme-radius, 10px);
    --wm-radius-large: calc(var(--wm-radius) * 1.6);
    --wm-space: 1rem;
    --wm-touch: 44px;
    --wm-transition: 150ms ease-out;

    font-family: var(--wm-font);
    font-size: var(--wm-size-body);
    color: var(--wm-text);
    line-height: var(--wm-leading);
    /* Long words (a Dutch compound, a URL) wrap rather than push the page sideways at 320 px. */
    overflow-wrap: break-word;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      ${colourTokens('dark')}
      --wm-shadow: 0 1px 2px rgb(0 0 0 / 0.5), 0 4px 12px rgb(0 0 0 / 0.4);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :is(h1, h2, h3, h4, h5, h6) {
    font-family: var(--wm-font-heading);
    line-height: var(--wm-leading-tight);
    text-wrap: balance;
  }

  :focus-visible {
    outline: 3px solid var(--wm-focus);
    outline-offset: 2px;
  }

  /* Native controls never grow wider than the column they sit in (WCAG 1.4.10 at 320 px). */
  :is(select, input, textarea) {
    max-inline-size: 100%;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
