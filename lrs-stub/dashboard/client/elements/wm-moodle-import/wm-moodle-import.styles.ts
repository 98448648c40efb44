/**
 * The Moodle import's own look, on top of the panel's: the folded import settings under the
 * file field, and what the import assumed as one short line of terms that wraps on a phone.
 */
import { css } from 'lit';

export const moodleImportStyles = css`
  details.settings {
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius);
    padding-inline: 0.75rem;
    max-inline-size: 34rem;
  }
  details.settings summary {
    cursor: pointer;
    font-weight: var(--wm-weight-semibold);
    padding-block: 0.65rem;
  }
  details.settings[open] {
    padding-block-end: 0.75rem;
  }
  details.settings .stack {
    gap: 1rem;
  }
  dl.assumed {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
  }
  dl.assumed > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.35rem;
    min-inline-size: 0;
  }
  dl.assumed dt {
    color: var(--wm-text-muted);
  }
  dl.assumed dt::after {
    content: ':';
  }
  dl.assumed dd {
    margin: 0;
    font-weight: var(--wm-weight-semibold);
    overflow-wrap: anywhere;
  }
  .assumed-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
`;
