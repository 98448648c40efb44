/**
 * Styles for `<wm-dialogue>`: a chat that reflows down to 320 px and 200 % text, in logical
 * properties. Each speaker's bubble, avatar disc and cast card are tinted with their person
 * colour (`--wm-person`, set by a `.tint-*` class) mixed into the page colour, so the tints
 * follow the theme's light and dark mode; the learner's replies sit on the other side in the
 * brand colour. Component properties, each falling back to the theme's tokens:
 * `--wm-dialogue-face` (avatar size in bubbles), `--wm-dialogue-tint` (share of the person
 * colour in a bubble), `--wm-dialogue-reply-bg` (the learner's bubbles).
 */
import { css } from 'lit';
import { optionCardStyles } from '../../styles/option-card.styles.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { tintClasses } from './avatar-tints.ts';

export const styles = [
  tokens,
  buttons,
  optionCardStyles,
  tintClasses,
  css`
    :host {
      display: block;
      /* A word longer than a bubble is broken, but only then (anywhere would break "Apprentice" in a narrow card). */
      overflow-wrap: break-word;
      /* Never more than an eighth of a phone's width, however large the text. */
      --face: var(--wm-dialogue-face, min(2.5rem, 12vw));
      --tint: var(--wm-dialogue-tint, 13%);
      --reply-bg: var(--wm-dialogue-reply-bg, var(--wm-accent-soft, var(--wm-surface)));
      /* On a narrow phone with large text, room for words matters more than air around them. */
      --gap: min(0.5rem, 2vw);
    }

    @media (prefers-color-scheme: dark) {
      :host {
        /* Dark tints need more of the colour to be told apart. */
        --tint: var(--wm-dialogue-tint, 22%);
      }
    }

    /* Declared where the .tint-* class sets --wm-person: a custom property resolves where it is declared. */
    .line,
    .member {
      --person-bg: color-mix(in srgb, var(--wm-person, var(--wm-border)) var(--tint), var(--wm-bg));
      --person-line: color-mix(in srgb, var(--wm-person, var(--wm-border)) 50%, var(--wm-bg));
    }

    section + section {
      margin-block-start: calc(var(--wm-space) * 1.5);
    }

    h3 {
      font-size: var(--wm-size-large, 1.15rem);
      margin-block: 0 0.5rem;
    }

    h4 {
      font-size: 1rem;
      margin-block: var(--wm-space) 0.5rem;
    }

    p {
      margin-block: 0 0.5rem;
    }

    .tag {
      display: inline-block;
      padding-block: 0.1rem;
      padding-inline: 0.5rem;
      border-radius: var(--wm-radius);
      background: var(--wm-surface);
      color: var(--wm-text-muted);
      font-size: var(--wm-size-small, 0.9rem);
    }

    /* Avatars: drawn in a 64 × 64 box, clipped to a circle. */
    .face {
      flex: none;
      display: block;
      inline-size: var(--face);
      block-size: var(--face);
    }

    .avatar {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      border-radius: 50%;
      overflow: hidden;
    }

    .avatar-disc {
      fill: color-mix(in srgb, var(--wm-person, var(--wm-border)) 26%, var(--wm-bg));
    }

    .avatar-initial {
      fill: var(--wm-text);
      font: 600 28px var(--wm-font);
    }

    .you-disc {
      fill: var(--reply-bg);
      stroke: var(--wm-accent);
      stroke-width: 2;
    }

    .you-figure {
      stroke: var(--wm-accent);
    }

    /* Who is who */
    .cast ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
      /* auto-fit: two or three people share the row instead of leaving an empty column. */
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    }
    /* Four people make two rows of two, not three and one left alone. */
    .cast ul:has(> li:nth-child(4):last-child) {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    }

    .member {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem;
      padding: 0.75rem;
      border-radius: var(--wm-radius);
      background: color-mix(in srgb, var(--wm-person, var(--wm-border)) 7%, var(--wm-surface));
      border-inline-start: 4px solid var(--person-line);
    }

    .member .face {
      --face: min(3.5rem, 16vw);
    }

    .member.player {
      background: var(--wm-surface);
      border-inline-start-color: var(--wm-accent);
    }

    /* Beside the face while there is room for a word like "Apprentice", under it when there is not (200 % text on a phone). */
    .who {
      flex: 1 1 8rem;
      min-inline-size: 0;
    }

    .name,
    .speaker {
      display: block;
      font-weight: var(--wm-weight-semibold, 600);
    }

    .role {
      display: block;
      color: var(--wm-text-muted);
    }

    .member .tag {
      background: var(--wm-bg);
      margin-block-start: 0.25rem;
    }

    .description {
      margin-block: 0.25rem 0;
    }

    /* The conversation */
    .transcript {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }

    .transcript > li {
      scroll-margin-block: 5rem 1rem;
      animation: wm-appear 220ms ease-out;
    }

    .line {
      display: flex;
      align-items: flex-end;
      gap: var(--gap);
      max-inline-size: min(42rem, 100%);
      align-self: flex-start;
    }

    .line.continued {
      margin-block-start: -0.4rem;
    }

    .bubble {
      min-inline-size: 0;
      padding-block: 0.5rem;
      padding-inline: min(0.85rem, 3.5vw);
      border: 1px solid var(--person-line);
      border-radius: var(--wm-radius-large, 1rem);
      border-end-start-radius: 0.25rem;
      background: var(--person-bg);
    }

    .speaker {
      font-size: var(--wm-size-small, 0.875rem);
    }

    .line .text,
    .note .text {
      margin: 0;
    }

    .reply {
      align-self: flex-end;
      flex-direction: row-reverse;
    }

    .reply .bubble {
      border-color: var(--wm-accent);
      border-end-start-radius: var(--wm-radius-large, 1rem);
      border-end-end-radius: 0.25rem;
      background: var(--reply-bg);
    }

    /* The typing cue: three dots that rise in turn; still dots with reduced motion. */
    .typing .bubble {
      padding-block: 0.7rem;
    }

    .dots {
      display: flex;
      gap: 0.3rem;
    }

    .dots span {
      inline-size: 0.5rem;
      block-size: 0.5rem;
      border-radius: 50%;
      background: var(--wm-text-muted);
      animation: wm-typing 1.2s ease-in-out infinite;
    }

    .dots span:nth-child(2) {
      animation-delay: 0.15s;
    }

    .dots span:nth-child(3) {
      animation-delay: 0.3s;
    }

    @keyframes wm-typing {
      0%,
      60%,
      100% {
        opacity: 0.35;
        transform: none;
      }
      30% {
        opacity: 1;
        transform: translateY(-0.2rem);
      }
    }

    @keyframes wm-appear {
      from {
        opacity: 0;
        transform: translateY(0.4rem);
      }
    }

    /*
     * The coach's note on a reply: under the reaction, indented to the bubbles' column, smaller
     * and quieter than the talk, with its quality as an icon and a word (never colour alone).
     */
    .note {
      align-self: stretch;
      max-inline-size: 38rem;
      margin-inline-start: calc(var(--face) + var(--gap));
      padding-block: 0.4rem;
      padding-inline: 0.75rem;
      border-inline-start: 3px solid currentColor;
      border-radius: 0 var(--wm-radius) var(--wm-radius) 0;
      font-size: 0.9375rem;
    }

    .note .verdict {
      margin-block-end: 0.15rem;
    }

    .note .text {
      color: var(--wm-text);
    }

    .good {
      color: var(--wm-good);
      background: var(--wm-good-bg);
    }

    .acceptable {
      color: var(--wm-warn);
      background: var(--wm-warn-bg);
    }

    .poor {
      color: var(--wm-bad);
      background: var(--wm-bad-bg);
    }

    .quality,
    .outcome {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-weight: var(--wm-weight-semibold, 600);
    }

    .quality {
      padding-inline: 0.4rem;
      border-radius: var(--wm-radius);
    }

    .note .quality {
      padding-inline: 0;
      background: none;
    }

    .icon {
      flex: none;
    }

    .skip {
      margin-block-start: 0.5rem;
      scroll-margin-block: 5rem 1rem;
    }

    .reply-form {
      margin-block-start: calc(var(--wm-space) * 1.25);
    }

    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }

    legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: var(--wm-weight-semibold, 600);
      font-size: 1.05rem;
    }

    .choices {
      display: grid;
      gap: 0.5rem;
    }

    .error {
      color: var(--wm-bad);
      font-weight: var(--wm-weight-semibold, 600);
      margin-block: 0.5rem 0;
    }

    .reply-form button {
      margin-block-start: 0.75rem;
    }

    /* The debrief */
    .ending {
      padding: var(--wm-space);
      border-radius: var(--wm-radius);
      border-inline-start: 4px solid currentColor;
      animation: wm-appear 220ms ease-out;
    }

    .ending.positive {
      color: var(--wm-good);
      background: var(--wm-good-bg);
    }

    .ending.mixed {
      color: var(--wm-warn);
      background: var(--wm-warn-bg);
    }

    .ending.negative {
      color: var(--wm-bad);
      background: var(--wm-bad-bg);
    }

    .ending > :not(.outcome) {
      color: var(--wm-text);
    }

    .taken {
      margin: 0 0 var(--wm-space);
      padding-inline-start: 1.5rem;
    }

    .taken li + li {
      margin-block-start: 0.35rem;
    }

    .ending .quality {
      background: var(--wm-bg);
    }

    .ending .quality.good {
      color: var(--wm-good);
    }

    .ending .quality.acceptable {
      color: var(--wm-warn);
    }

    .ending .quality.poor {
      color: var(--wm-bad);
    }
  `,
];
