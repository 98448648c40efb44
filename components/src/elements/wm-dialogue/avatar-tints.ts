/**
 * One class per person colour (`.tint-teal`, ...) that sets `--wm-person`, the colour a
 * speaker's avatar disc, bubble and cast card are tinted with. Classes rather than inline
 * styles, so an LMS page with a strict Content-Security-Policy (no inline styles) shows them too.
 */
import { unsafeCSS, type CSSResult } from 'lit';
import type { Avatar } from '../../../../course/schema/cast-registry.ts';
import { personColours } from './avatar-palette.ts';

/** The person colours in a fixed order; people without a registry entry get one by their place in the cast. */
export const personColourNames = Object.keys(personColours) as Avatar['colour'][];

export const tintClasses: CSSResult = unsafeCSS(
  personColourNames.map((name) => `.tint-${name} { --wm-person: var(--wm-person-${name}, ${personColours[name]}); }`).join('\n'),
);
