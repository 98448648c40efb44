/**
 * The flow diagram's look: bands in the brand colour, see-through so crossings stay legible;
 * boxes in the quality colours of the course's own dialogue feedback (good green, acceptable
 * amber, poor red); labels with a halo of the page colour so they read across the bands.
 * Token colours, so dark mode needs nothing more.
 */
import { css } from 'lit';

export const dialoguesStyles = css`
  .flow-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    padding-block: 0.25rem;
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius);
  }
  svg.flow {
    display: block;
  }
  .bands path {
    fill: none;
    stroke: var(--wm-accent);
    stroke-opacity: 0.35;
  }
  .box {
    fill: var(--wm-text-muted);
  }
  .box.decision {
    fill: var(--wm-accent);
  }
  .box.good {
    fill: var(--wm-good);
  }
  .box.acceptable {
    fill: var(--wm-warn);
  }
  .box.poor {
    fill: var(--wm-bad);
  }
  .vertex text {
    font-family: var(--wm-font);
    font-size: 13px;
    fill: var(--wm-text);
    paint-order: stroke;
    stroke: var(--wm-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .vertex text.runs {
    fill: var(--wm-text-muted);
    font-size: 12px;
  }
  .quality {
    white-space: nowrap;
  }
  .quality::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.35em;
    border-radius: 2px;
    background: var(--wm-text-muted);
  }
  .quality.good::before {
    background: var(--wm-good);
  }
  .quality.acceptable::before {
    background: var(--wm-warn);
  }
  .quality.poor::before {
    background: var(--wm-bad);
  }
  ol.paths {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: grid;
    gap: 0.4rem;
  }
  ol.paths .steps {
    overflow-wrap: anywhere;
  }
`;
