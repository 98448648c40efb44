/** Layout of <wm-reflection>: prompts, then the save and download actions. */
import { css } from 'lit';

export const reflectionStyles = css`
  :host {
    display: block;
    max-inline-size: 70ch;
  }
  .intro {
    margin-block: 0 1.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: 0.5rem;
  }
  .status {
    margin-block: 1rem 0;
    padding: 0.75rem 1rem;
    border-radius: var(--wm-radius);
    border-inline-start: 4px solid currentColor;
  }
  .status.saved {
    color: var(--wm-good);
    background: var(--wm-good-bg);
  }
  .status.saved::before {
    content: '✓ ';
  }
  .status.missing {
    color: var(--wm-bad);
    background: var(--wm-bad-bg);
  }
  .review-answer h3 {
    font-size: 1.0625rem;
    margin-block: 1.25rem 0.35rem;
  }
  .answer {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding: 0.75rem 1rem;
    background: var(--wm-surface);
    border-radius: var(--wm-radius);
  }
  .answer.empty {
    color: var(--wm-text-muted);
    font-style: italic;
  }
`;
