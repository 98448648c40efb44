/**
 * The welcome screen: the cover above the title on phones, beside it from 48rem; the module
 * cards one column on phones, two from 48rem.
 *
 * Why, rule by rule (here, not in the CSS: the welcome is in the launch bundle, and comments
 * inside a css`` template ship to every learner):
 * - `minmax(0, …)` tracks: a track sized to its widest content (the language picker with 200 %
 *   text) pushed the page sideways.
 * - The cover is drawn 2:1 (width and height in the markup keep its place before it arrives). On
 *   phones it is a low 3:1 band with the drawing whole inside it (contain, never cut), and the
 *   title takes the type scale's h2, so the Start button stays on the first screen at 360 × 740
 *   in every language.
 * - Cards side by side stretch to one height, so a row of cards ends on one line however long
 *   either summary is (module-card.styles.ts lines their objectives up at the bottom).
 * - The school's logo (docs/theming.md) is a background, so a course without one shows nothing:
 *   its size follows `--wm-theme-logo-ratio`, which only a theme with a logo sets (0 without).
 */
import { css } from 'lit';

export const welcomeStyles = css`
  :host {
    display: block;
  }
  .hero {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem 2rem;
    align-items: center;
  }
  .logo {
    display: block;
    block-size: clamp(0px, var(--wm-theme-logo-ratio, 0) * 1000px, 3rem);
    inline-size: calc(var(--wm-theme-logo-ratio, 0) * 3rem);
    max-inline-size: 100%;
    margin-block-end: clamp(0px, var(--wm-theme-logo-ratio, 0) * 1000px, 0.75rem);
    background: var(--wm-logo) no-repeat left center / contain;
  }
  .cover {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 3 / 1;
    max-block-size: 7rem;
    object-fit: contain;
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
  }
  .eyebrow {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--wm-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h2 {
    margin: 0.25rem 0 0.75rem;
    font-size: var(--wm-size-h2);
    line-height: var(--wm-leading-tight);
    text-wrap: balance;
    hyphens: auto;
  }
  h2:focus-visible {
    outline-offset: 4px;
  }
  .description {
    margin: 0 0 1rem;
    font-size: var(--wm-size-prose);
  }
  .facts {
    list-style: none;
    margin: 0 0 1.25rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .fact-label {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 1.5rem;
  }
  .start {
    min-inline-size: min(10rem, 100%);
    font-weight: 700;
  }
  label.language {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  select {
    font: inherit;
    max-inline-size: 100%;
    min-block-size: var(--wm-touch);
    padding-inline: 0.5rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    color: var(--wm-text);
  }
  .modules {
    margin-block-start: 2rem;
  }
  .modules h3 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  .cards > li {
    display: flex;
    flex-direction: column;
  }
  .cards > li > .module-card {
    flex: 1;
  }
  @media (min-width: 48rem) {
    .hero:has(.cover) {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .description {
      font-size: var(--wm-size-large);
    }
    .cover {
      aspect-ratio: 2 / 1;
      max-block-size: 20rem;
    }
    h2 {
      font-size: var(--wm-size-h1);
    }
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
