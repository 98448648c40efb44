/**
 * The projector screen, set to be read from the back of a room: text grows with the screen
 * (28.8 px at 1280 × 720, never under 28 px, about 43 px on a 1920 px beamer), every size in
 * `em` of that, headings larger, nothing smaller than the body text. Colours come from
 * room-palette.ts, declared after the shared tokens so the laptop's dark mode does not apply.
 */
import { css } from 'lit';
import { buttons, tokens } from '../../../../../../components/src/styles/tokens.ts';
import { paletteDeclarations } from './room-palette.ts';

const room = css`
  :host {
    display: block;
    min-block-size: 100vh;
    ${paletteDeclarations('normal')}
    color-scheme: light;
    background: var(--wm-bg);
    color: var(--wm-text);
    font-size: max(1.75rem, 2.25vw);
    line-height: 1.35;
  }
  :host([contrast='high']) {
    ${paletteDeclarations('high')}
    color-scheme: dark;
  }

  h1,
  h2,
  h3,
  p {
    margin-block: 0 0.5em;
  }
  h1 {
    font-size: 1.5em;
  }
  h2 {
    font-size: 1.2em;
  }
  h3 {
    font-size: 1em;
  }
  button {
    font-size: 1em;
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* One line where it fits: the join line wraps in its own column before the button moves down. */
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25em 1em;
    padding: 0.3em 0.75em;
    border-block-end: 2px solid var(--wm-border);
    background: var(--wm-surface);
  }
  .join-line {
    margin: 0;
  }
  /* Breaks only between its parts (a long host name wraps as a whole). */
  .join-line > span {
    white-space: nowrap;
  }
  .join-line .join-code {
    letter-spacing: 0.08em;
  }
  .connection {
    grid-column: 1 / -1;
  }
  .connection:not(:empty) {
    margin: 0;
    padding: 0.25em 0.5em;
    background: var(--wm-warn-bg);
    color: var(--wm-warn);
    border-block-end: 2px solid var(--wm-warn);
    font-weight: 700;
  }
  .connection:empty {
    margin: 0;
  }

  main {
    padding: 0.4em 0.9em 1em;
  }

  /* Waiting room: how to join on the left, who is in on the right. */
  .lobby {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 1em;
    align-items: start;
  }
  .join {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 0.75em;
    align-items: center;
  }
  /* As large as the screen allows: phones at the back of the room scan it too. */
  .join .qr {
    grid-row: span 4;
    inline-size: min(52vh, 13em);
    block-size: min(52vh, 13em);
    background: #ffffff;
    padding: 0.25em;
    border: 2px solid var(--wm-border);
  }
  .url {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .code {
    font-size: 2.4em;
    white-space: nowrap;
    font-weight: 800;
    letter-spacing: 0.1em;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    margin: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .chips li {
    padding: 0.05em 0.5em;
    border: 2px solid var(--wm-border);
    border-radius: 999px;
    background: var(--wm-surface);
    overflow-wrap: anywhere;
  }

  /* A step: the content, with how many voted below. */
  .scene {
    color: var(--wm-text-muted);
  }
  .cast-heading {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .cast {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin-block-end: 0.5em;
    color: var(--wm-text-muted);
  }
  .situation h2,
  .conversation h2 {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .lines {
    display: grid;
    gap: 0.3em;
    margin-block-end: 0.6em;
  }
  .line {
    padding: 0.2em 0.5em;
    border-inline-start: 0.25em solid var(--wm-accent);
    background: var(--wm-surface);
  }
  .speaker {
    font-weight: 700;
  }
  .choices {
    display: grid;
    gap: 0.3em;
  }
  .choices li {
    padding: 0.25em 0.6em;
    border: 2px solid var(--wm-border);
    border-radius: 0.3em;
  }
  .choices.true-false {
    grid-template-columns: 1fr 1fr;
  }
  .prompt {
    font-size: 1.2em;
    font-weight: 700;
  }
  .tally-line {
    margin-block-start: 0.6em;
    font-weight: 700;
  }
  .followed,
  .ending,
  .explanation {
    padding: 0.3em 0.6em;
    margin-block-end: 0.6em;
    border-inline-start: 0.3em solid var(--wm-border);
    background: var(--wm-surface);
  }
  .followed > :last-child,
  .ending > :last-child,
  .explanation > :last-child {
    margin-block-end: 0;
  }
  /* "The room chose: Ask what happened · Good choice", then why, to leave the screen to the new
     decision; the quiz's "Why: …" likewise. The punctuation is drawn, not read out. */
  .followed,
  .explanation {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.4em;
  }
  .followed > *,
  .explanation > * {
    margin: 0;
  }
  .followed h2,
  .explanation h2 {
    font-size: 1em;
  }
  .followed h2::after,
  .explanation h2::after {
    content: ':' / '';
  }
  .followed .quality::before {
    content: '· ' / '';
  }
  .followed .feedback {
    flex-basis: 100%;
  }
  .choice,
  .quality,
  .outcome {
    font-weight: 700;
  }
  .quality-good,
  .outcome-positive {
    border-color: var(--wm-good);
  }
  .quality-acceptable,
  .outcome-mixed {
    border-color: var(--wm-warn);
  }
  .quality-poor,
  .outcome-negative {
    border-color: var(--wm-bad);
  }

  .wall {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: 0.4em;
  }
  .wall li {
    padding: 0.3em 0.5em;
    border: 2px solid var(--wm-border);
    border-radius: 0.3em;
    background: var(--wm-surface);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--wm-text-muted);
  }
  a {
    color: var(--wm-accent);
  }
`;

export const roomStyles = [tokens, buttons, room];
