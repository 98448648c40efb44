/**
 * The colours of the avatars: skin tones, hair colours and the person colours (clothes, and the
 * tint of that person's speech bubbles). Skin and hair are fixed hues, the same in light and
 * dark mode, as people are; the person colours are mid-tones that read on both a light and a
 * dark page. Names are the registry's (course/schema/cast-registry.ts).
 */
import type { Avatar } from '../../../../course/schema/cast-registry.ts';

export const skinTones: Record<Avatar['skin'], string> = {
  light: '#f6d9c4',
  'light-medium': '#e9bb98',
  medium: '#d29a70',
  'medium-dark': '#a8704a',
  dark: '#7e4b2f',
  deep: '#5a3523',
};

export const hairColours: Record<Avatar['hairColour'], string> = {
  black: '#211c1b',
  'dark-brown': '#3e2a1f',
  brown: '#6f4a30',
  auburn: '#8c3c20',
  ginger: '#c4672d',
  blond: '#d8b067',
  grey: '#9d9892',
  white: '#e2ded6',
};

export const personColours: Record<Avatar['colour'], string> = {
  blue: '#2f6db5',
  teal: '#16808a',
  green: '#3f8a46',
  olive: '#7a7f2a',
  ochre: '#bd861b',
  orange: '#d2692b',
  red: '#c13a35',
  plum: '#8e3a7c',
  purple: '#6548b0',
  navy: '#2b3d6b',
  slate: '#5b6779',
  brown: '#7d5334',
};

export const accentColours: Record<NonNullable<Avatar['accent']>, string> = {
  ...personColours,
  white: '#f3f1ec',
  charcoal: '#3a3d42',
};

/** `hex` darkened (factor < 1) or lightened towards white (factor > 1), for shadows and folds. */
export function shade(hex: string, factor: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const mixed = channels.map((c) => Math.round(factor <= 1 ? c * factor : c + (255 - c) * (factor - 1)));
  return `#${mixed.map((c) => Math.min(255, Math.max(0, c)).toString(16).padStart(2, '0')).join('')}`;
}
