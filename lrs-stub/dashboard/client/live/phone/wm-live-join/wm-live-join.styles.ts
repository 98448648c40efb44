/** The join form: large fields, the code in capitals and spaced so it reads like the projector's. */
import { css } from 'lit';

export const joinStyles = css`
  /* Spacing by margins, not a grid gap: the alert region is in the form even while empty. */
  .field {
    display: grid;
    gap: 0.35rem;
    margin-block-end: 1.25rem;
  }
  .problem:not(:empty) {
    margin-block: 0 1.25rem;
  }
  label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--wm-text-muted);
  }
  input {
    font: inherit;
    font-size: var(--wm-size-large);
    min-block-size: var(--wm-touch);
    inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    color: var(--wm-text);
  }
  input[aria-invalid='true'] {
    border-color: var(--wm-bad);
  }
  #code {
    text-transform: uppercase;
    letter-spacing: 0.15em;
    font-variant-numeric: tabular-nums;
  }
  .notice {
    padding: 0.6rem 0.75rem;
    border-inline-start: 4px solid var(--wm-warn);
    background: var(--wm-warn-bg);
  }
  button[type='submit'] {
    font-size: var(--wm-size-large);
  }
`;
