/**
 * Puts the web font (web-font-subsets.ts) into the page without costing the first screen
 * anything and without moving text under the learner's eyes:
 *
 * 1. it starts only after the first activity is interactive (load-web-font.ts), so the launch
 *    downloads no font and shows the system font;
 * 2. it declares every file with `font-display: swap` and its `unicode-range`, and fetches the
 *    Latin file in the background; the others load only if text needs them;
 * 3. it switches the family on right after the learner's next tap or key press, when the screen
 *    is about to change anyway: text that reflows while being read is disorienting, and a layout
 *    shift right after input does not count as one (Cumulative Layout Shift ignores them).
 *
 * Nothing happens when the course chose its own font (`--wm-theme-font`, docs/theming.md) or
 * the learner asked to save data. If a file fails, the system font simply stays.
 */
import { WEB_FONT_FAMILY, WEB_FONT_SUBSETS, WEB_FONT_WEIGHTS } from './web-font-subsets.ts';

/** Set on the root once the web font is on: tokens.ts puts it at the front of `--wm-font`. */
export const WEB_FONT_PROPERTY = '--wm-web-font';

/** Performance mark once the family is switched on (for screenshots and the benchmark). */
export const WEB_FONT_MARK = 'wm-web-font-applied';

export interface WebFontOptions {
  /** Where the font files are (default: `fonts/` beside the launch page). */
  base?: URL;
  /** Switch on without waiting for input (tests). */
  immediately?: boolean;
}

/** Resolves to true once the web font is switched on, false if it is not used. */
export async function useWebFont({ base = new URL('fonts/', document.baseURI), immediately = false }: WebFontOptions = {}): Promise<boolean> {
  const root = document.documentElement;
  if (getComputedStyle(root).getPropertyValue('--wm-theme-font').trim() !== '') return false;
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return false;
  const faces = WEB_FONT_SUBSETS.map(
    (subset) =>
      new FontFace(WEB_FONT_FAMILY, `url("${new URL(subset.file, base).href}") format("woff2")`, {
        weight: `${WEB_FONT_WEIGHTS.min} ${WEB_FONT_WEIGHTS.max}`,
        unicodeRange: subset.unicodeRange,
        display: 'swap',
      }),
  );
  for (const face of faces) document.fonts.add(face);
  try {
    // Latin carries every course language; the other files wait until a character needs them.
    await faces[0]!.load();
  } catch (error) {
    console.info('workmentor: the web font did not load; the system font stays', error);
    for (const face of faces) document.fonts.delete(face);
    return false;
  }
  if (!immediately) await nextInput();
  root.style.setProperty(WEB_FONT_PROPERTY, `'${WEB_FONT_FAMILY}'`);
  performance.mark(WEB_FONT_MARK);
  return true;
}

/**
 * The learner's next tap, click or key press, once it has done what it does. Not `pointerdown`:
 * the new font moved the buttons between the press and the release, the release landed on
 * another element and the browser sent the click to their common parent, so the first tap of
 * a visit did nothing (Start on the welcome screen, the portfolio buttons). After the click or
 * key press has been handled, the screen it changed is being drawn anew anyway.
 */
function nextInput(): Promise<void> {
  return new Promise((resolve) => {
    const events = ['click', 'keydown'] as const;
    const done = (): void => {
      for (const type of events) window.removeEventListener(type, done, true);
      // After every listener of this event, the page's own included.
      setTimeout(resolve, 0);
    };
    for (const type of events) window.addEventListener(type, done, { capture: true, passive: true });
  });
}
