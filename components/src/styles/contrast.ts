/**
 * Colour contrast as WCAG 2.1 defines it (relative luminance of sRGB colours, ratio 1:1 to 21:1),
 * and the sRGB mix that CSS `color-mix(in srgb, …)` computes. Pure functions without the DOM, so
 * the palette test, the build's check of a school's brand colours and the browser all agree.
 */

/** A colour as 0-255 sRGB channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export const isHexColour = (value: string): boolean => HEX.test(value);

/** `#rgb` or `#rrggbb` to channels; throws on anything else (the build validates authored colours first). */
export function parseHex(hex: string): Rgb {
  if (!isHexColour(hex)) throw new Error(`Not a hex colour: ${hex}`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16) };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 relative luminance (0 for black, 1 for white). */
export function luminance(colour: string): number {
  const { r, g, b } = parseHex(colour);
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.1 contrast ratio of two colours, from 1 to 21 (order does not matter). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What `color-mix(in srgb, <a> <share>%, <b>)` gives: `share` (0-1) of `a`, the rest `b`. */
export function mix(a: string, b: string, share: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex({ r: x.r * share + y.r * (1 - share), g: x.g * share + y.g * (1 - share), b: x.b * share + y.b * (1 - share) });
}
