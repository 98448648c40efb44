/**
 * Draws a dialogue character as a small inline SVG from their look in the cast registry (skin,
 * face, hair, glasses, headwear, work clothes, colour), so every person keeps one face in every
 * module, with no image files and no requests. Two more marks: the neutral "you" marker for the
 * part the learner plays (the learner is not drawn as someone else), and the initial on a
 * coloured disc for a course without a registry.
 *
 * The disc behind a face is the person's colour mixed into the page background (CSS, see
 * `--wm-person` in the styles), so it follows light and dark mode. In speech bubbles the
 * picture is decorative (the name is shown as text); in the cast list it carries the registry's
 * `alt` sentence, the one place a screen reader hears what someone looks like.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CastLook } from '../../../../course/schema/cast-registry.ts';
import { accentColours, hairColours, personColours, shade, skinTones } from './avatar-palette.ts';
import { facialHair, glasses, hairBack, hairFront, headwearBack, headwearFront, outfit } from './avatar-parts.ts';

/** How the picture is exposed: `decorative` hides it from assistive technology; `labelled` gives it the alt text. */
export type AvatarUse = 'decorative' | 'labelled';

const frame = (body: unknown, label?: string): TemplateResult =>
  label
    ? html`<svg class="avatar" viewBox="0 0 64 64" role="img" aria-label=${label} focusable="false">${body}</svg>`
    : html`<svg class="avatar" viewBox="0 0 64 64" aria-hidden="true" focusable="false">${body}</svg>`;

const disc = svg`<circle class="avatar-disc" cx="32" cy="32" r="32"/>`;

const faceShapes = {
  oval: svg`<ellipse cx="32" cy="27" rx="11.6" ry="13.6"/>`,
  round: svg`<ellipse cx="32" cy="27.4" rx="12.6" ry="13"/>`,
  square: svg`<rect x="20.2" y="13.6" width="23.6" height="27" rx="8.4"/>`,
};

/** The person drawn from their look; `use` says whether a screen reader hears the `alt` text. */
export function avatar(look: CastLook, use: AvatarUse): TemplateResult {
  const skin = skinTones[look.skin];
  const hair = hairColours[look.hairColour];
  const colour = personColours[look.colour];
  const accent = look.accent ? accentColours[look.accent] : undefined;
  const scarf = accent ?? shade(colour, 1.35);
  const covered = look.headwear === 'headscarf';
  const brows = look.hair === 'none' && look.facialHair === 'none' ? '#4a3a32' : shade(hair, 0.8);
  const body = svg`${disc}
    ${covered ? nothing : hairBack(look.hair, hair)}
    <rect x="27" y="35" width="10" height="12" rx="3" fill=${shade(skin, 0.86)}/>
    ${outfit(look.outfit, colour, accent)}
    ${headwearBack(look.headwear, scarf)}
    ${covered ? nothing : svg`<g fill=${shade(skin, 0.93)}><circle cx="20.4" cy="28.4" r="3"/><circle cx="43.6" cy="28.4" r="3"/></g>`}
    <g fill=${skin}>${faceShapes[look.face]}</g>
    ${look.age === 'older' ? svg`<path d="M21.8 27.2l-1.4-.8M21.8 29.2l-1.4.8M42.2 27.2l1.4-.8M42.2 29.2l1.4.8M28.4 19.6h7.2" stroke=${shade(skin, 0.72)} stroke-width=".9" stroke-linecap="round"/>` : nothing}
    <circle cx="25.2" cy="32.4" r="2.2" fill="#e4705f" opacity=${look.age === 'young' ? '.3' : '.16'}/><circle cx="38.8" cy="32.4" r="2.2" fill="#e4705f" opacity=${look.age === 'young' ? '.3' : '.16'}/>
    ${covered ? nothing : hairFront(look.hair, hair)}
    ${headwearFront(look.headwear, covered ? scarf : (accent ?? colour))}
    ${covered || look.headwear !== 'none' ? nothing : look.earrings ? svg`<g fill="#e0b04a"><circle cx="20.4" cy="32.2" r="1.1"/><circle cx="43.6" cy="32.2" r="1.1"/></g>` : nothing}
    <path d="M25.2 24.4q2.2-1.3 4.4 0M34.4 24.4q2.2-1.3 4.4 0" stroke=${brows} stroke-width="1.3" stroke-linecap="round" fill="none"/>
    <g fill="#2a2220"><circle cx="27.4" cy="28" r="1.5"/><circle cx="36.6" cy="28" r="1.5"/></g>
    <path d="M32.4 28.6q-1.2 2.8.6 3.4" stroke=${shade(skin, 0.72)} stroke-width="1" stroke-linecap="round" fill="none"/>
    ${facialHair(look.facialHair, hair)}
    <path d="M28.6 34.4q3.4 2.8 6.8 0" stroke="#7a3b2e" stroke-width="1.4" stroke-linecap="round" fill="none"/>
    ${glasses(look.glasses)}`;
  return frame(body, use === 'labelled' ? look.alt : undefined);
}

/** The learner's own part: a neutral outline of a person, not a face, in the accent colour. Always decorative. */
export function youMarker(): TemplateResult {
  return frame(svg`<circle class="you-disc" cx="32" cy="32" r="31"/>
    <g class="you-figure" fill="none" stroke-width="3" stroke-linecap="round"><circle cx="32" cy="25" r="9"/><path d="M15.5 50c2.5-8 9-12 16.5-12s14 4 16.5 12"/></g>`);
}

/** A person without a registry entry: their initial on a disc in their colour. Always decorative (the name is beside it). */
export function initialAvatar(name: string): TemplateResult {
  const initial = [...name.trim()][0]?.toLocaleUpperCase() ?? '?';
  return frame(svg`${disc}<text class="avatar-initial" x="32" y="33" text-anchor="middle" dominant-baseline="central">${initial}</text>`);
}
