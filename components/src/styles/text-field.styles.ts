/**
 * Labelled text areas with a hint, a character counter and an error message, shared by the
 * elements that collect free text (<wm-reflection>, <wm-feedback-exercise>).
 */
import { css } from 'lit';

export const textFieldStyles = css`
  .field {
    display: grid;
    gap: 0.35rem;
    margin-block: 0 1.5rem;
  }
  .field > label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--wm-text-muted);
  }
  textarea {
    font: inherit;
    inline-size: 100%;
    min-block-size: 8rem;
    padding: 0.6rem 0.75rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    color: var(--wm-text);
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--wm-bad);
  }
  .counter {
    margin: 0;
    font-size: 0.875rem;
    color: var(--wm-text-muted);
  }
  .counter.near {
    color: var(--wm-warn);
    font-weight: 600;
  }
  .error {
    margin: 0;
    color: var(--wm-bad);
    font-weight: 600;
  }
  .error::before {
    content: '⚠ ';
  }
`;
