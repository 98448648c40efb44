/**
 * The projector's colours, as the `--wm-*` tokens every live element reads (the results' bars
 * too). A projector washes colours out and the back row is far, so every text pair reaches
 * WCAG AAA (7:1), not the course's AA: `normal` is dark on white whatever the laptop's colour
 * scheme (a dark page on a beamer in a lit room is harder to read), `high` is white and yellow
 * on black for a weak projector or a sunny room. The room test measures these pairs on screen.
 */
import { unsafeCSS, type CSSResult } from 'lit';

export type RoomContrast = 'normal' | 'high';

export const ROOM_PALETTE: Record<RoomContrast, Record<string, string>> = {
  normal: {
    text: '#111418',
    'text-muted': '#3d4752',
    bg: '#ffffff',
    surface: '#eef1f4',
    'surface-strong': '#e2e7ec',
    border: '#5b6672',
    'border-subtle': '#c9d1d9',
    accent: '#0b4f5a',
    'accent-text': '#ffffff',
    'accent-soft': '#e3eef0',
    'accent-strong': '#083c45',
    focus: '#b03a00',
    good: '#0d4f2b',
    'good-bg': '#e3f1e8',
    warn: '#5c2f00',
    'warn-bg': '#fbeed6',
    bad: '#7a1013',
    'bad-bg': '#fbe6e5',
  },
  high: {
    text: '#ffffff',
    'text-muted': '#ffffff',
    bg: '#000000',
    surface: '#000000',
    'surface-strong': '#000000',
    border: '#ffffff',
    'border-subtle': '#ffffff',
    accent: '#ffff00',
    'accent-text': '#000000',
    'accent-soft': '#000000',
    'accent-strong': '#ffff00',
    focus: '#00ffff',
    good: '#ffff00',
    'good-bg': '#000000',
    warn: '#ffff00',
    'warn-bg': '#000000',
    bad: '#ffff00',
    'bad-bg': '#000000',
  },
};

/** One palette as custom property declarations, for a `:host` rule. */
export function paletteDeclarations(contrast: RoomContrast): CSSResult {
  return unsafeCSS(
    Object.entries(ROOM_PALETTE[contrast])
      .map(([name, value]) => `--wm-${name}: ${value};`)
      .join('\n'),
  );
}
