/**
 * The results' bars, drawn with CSS. No design tokens of its own: it reads the `--wm-*` colours
 * of the screen it sits in (custom properties inherit through shadow roots), so the phone's
 * light and dark modes and the projector's AAA and high-contrast palettes reach the bars without
 * the element knowing about them. The fallbacks are the WORKMENTOR light colours.
 */
import { css } from 'lit';

export const resultsStyles = css`
  :host {
    display: block;
    /* An answer's long word (a Dutch compound) breaks rather than push a phone's page sideways. */
    overflow-wrap: anywhere;
    --bar: var(--wm-accent, #0e6371);
    --track: var(--wm-surface, #f3f5f7);
    --line: var(--wm-border-subtle, #d6dce2);
    --mark: var(--wm-accent, #0e6371);
    --good: var(--wm-good, #17683a);
    --good-bg: var(--wm-good-bg, #e5f3ea);
    --bar-size: 0.9em;
  }
  /* A projector: thinner rows (the votes of four answers over two rounds fit 1280 × 720), and
     the moves beside the votes where the screen is wide enough. */
  :host([size='room']) {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0 1.5em;
    --bar-size: 0.8em;
  }
  :host([size='room']) .votes {
    flex: 3 1 22em;
  }
  :host([size='room']) .moves {
    flex: 2 1 12em;
    margin: 0;
  }
  :host([size='room']) .row {
    row-gap: 0.1em;
    padding-block: 0.25em;
  }
  :host([size='room']) figcaption {
    margin-block-end: 0.2em;
  }

  figure {
    margin: 0;
  }
  figure + figure {
    margin-block-start: 1.25em;
  }
  figcaption {
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* One grid for all rows (subgrid), so every track has the same length and the bars compare;
     the counts' column shrinks and wraps on a narrow phone rather than push the page sideways. */
  .votes ul {
    display: grid;
    grid-template-columns: minmax(3em, 1fr) minmax(0, auto);
    column-gap: 0.6em;
  }
  .row {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    gap: 0.3em 0.6em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--line);
  }
  .head {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }
  .label {
    font-weight: 600;
    min-inline-size: 0;
  }
  .tag {
    display: inline-block;
    padding-inline: 0.4em;
    border: 2px solid currentColor;
    border-radius: 0.4em;
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
  }
  /* Read from the back of a room: nothing smaller than the body text. */
  :host([size='room']) .tag {
    font-size: 1em;
  }
  .tag.mine {
    color: var(--mark);
  }
  .tag.correct {
    color: var(--good);
    background: var(--good-bg);
  }

  .measure {
    display: contents;
  }
  .track {
    grid-column: 1;
    align-self: center;
    block-size: var(--bar-size);
    background: var(--track);
    /* The whole length shows even where the track is the page's colour (high contrast). */
    outline: 1px solid var(--line);
    border-radius: 0.25em;
    overflow: hidden;
  }
  .bar {
    display: block;
    block-size: 100%;
    inline-size: var(--share, 0%);
    background: var(--bar);
  }
  /* Round 1 beside round 2: hatched, so the two tell apart without colour (and in high contrast). */
  .before .bar {
    background: repeating-linear-gradient(135deg, var(--bar) 0 0.2em, transparent 0.2em 0.4em);
    box-shadow: inset 0 0 0 2px var(--bar);
  }
  .count {
    grid-column: 2;
    font-variant-numeric: tabular-nums;
  }

  .right {
    margin-block: 0.75em 0;
    font-weight: 600;
  }
  .moves li {
    padding-block: 0.25em;
  }
  .moves li::before {
    content: '→ ' / '';
  }

  @media (forced-colors: active) {
    .bar {
      background: CanvasText;
    }
    .track {
      border: 1px solid CanvasText;
    }
  }
`;
