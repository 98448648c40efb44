/**
 * Styles of a module card (module-card.ts): a bordered block that reads well at 320 px and in a
 * grid on desktops. The card's art fills its top edge to edge, cut to the rounded corners; in a
 * row of cards of one height the objectives line up at the bottom. (Why-comments live here, not
 * in the CSS: the card is in the launch bundle, and comments in a css`` template ship.)
 */
import { css } from 'lit';

export const moduleCardStyles = css`
  .module-card {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
  }
  .module-card.with-art {
    overflow: hidden;
  }
  .card-art {
    display: block;
    inline-size: calc(100% + 2rem);
    max-inline-size: none;
    block-size: auto;
    aspect-ratio: 2 / 1;
    object-fit: cover;
    margin: -1rem -1rem 0.25rem;
    background: var(--wm-surface);
  }
  .module-card.completed {
    border-inline-start: 4px solid var(--wm-good);
  }
  .module-card.in-progress {
    border-inline-start: 4px solid var(--wm-accent);
  }
  .module-card :is(h3, h4) {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
    hyphens: auto;
  }
  .card-number {
    display: block;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--wm-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .module-card a {
    color: var(--wm-accent);
    text-underline-offset: 0.15em;
  }
  .card-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.875rem;
    color: var(--wm-text-muted);
  }
  .module-card.completed .status-mark {
    color: var(--wm-good);
  }
  .card-progress {
    inline-size: 100%;
    block-size: 0.375rem;
    accent-color: var(--wm-accent);
  }
  .module-card .summary {
    margin: 0;
  }
  .module-card details {
    margin-block-start: auto;
  }
  .module-card details summary {
    min-block-size: var(--wm-touch);
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--wm-accent);
    font-weight: 600;
  }
  .module-card details summary::before {
    content: '▸';
    margin-inline-end: 0.5rem;
  }
  .module-card details[open] summary::before {
    content: '▾';
  }
  .objectives-title {
    margin: 0;
    font-weight: 600;
  }
  .objectives {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .objectives li + li {
    margin-block-start: 0.25rem;
  }
`;
