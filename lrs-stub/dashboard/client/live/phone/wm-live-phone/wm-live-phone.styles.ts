/**
 * The phone screen: one column as wide as the phone (up to a readable measure on a tablet), a
 * thin bar with the step, the connection line under it, then the step. Lines of the dialogue as
 * a transcript (speaker in bold), feedback and endings as boxes tinted by how it went, with the
 * verdict in words too.
 */
import { css } from 'lit';

export const phoneStyles = css`
  :host {
    min-block-size: 100vh;
    min-block-size: 100dvh;
    background: var(--wm-bg);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding: 0.5rem 1rem;
    background: var(--wm-surface);
    border-block-end: 1px solid var(--wm-border-subtle);
    font-size: var(--wm-size-small);
  }
  .product {
    font-weight: var(--wm-weight-bold);
    letter-spacing: 0.02em;
  }
  .connection:not(:empty) {
    margin: 0;
    padding: 0.5rem 1rem;
    background: var(--wm-warn-bg);
    border-block-end: 2px solid var(--wm-warn);
    font-weight: 600;
  }
  .connection:empty {
    margin: 0;
  }
  main {
    max-inline-size: 40rem;
    margin-inline: auto;
    padding: 1rem 1rem 3rem;
  }
  section {
    margin-block-end: 1.5rem;
  }
  .scene {
    color: var(--wm-text);
  }
  .cast {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .line {
    padding: 0.6rem 0.75rem;
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
  }
  .speaker {
    font-weight: var(--wm-weight-bold);
  }
  .followed,
  .ending,
  .verdict,
  .explanation {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
  }
  .followed > :last-child,
  .ending > :last-child,
  .explanation > :last-child {
    margin-block-end: 0;
  }
  .choice {
    font-weight: 600;
  }
  .quality,
  .outcome {
    font-weight: var(--wm-weight-bold);
  }
  .quality-good,
  .outcome-positive,
  .verdict.right {
    border-color: var(--wm-good);
    background: var(--wm-good-bg);
  }
  .quality-acceptable,
  .outcome-mixed {
    border-color: var(--wm-warn);
    background: var(--wm-warn-bg);
  }
  .quality-poor,
  .outcome-negative,
  .verdict.wrong {
    border-color: var(--wm-bad);
    background: var(--wm-bad-bg);
  }
  .verdict {
    font-weight: var(--wm-weight-bold);
    margin-block: 1rem;
  }
  .prompt {
    font-size: var(--wm-size-large);
    font-weight: 600;
  }
`;
