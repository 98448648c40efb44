/**
 * The start form's own look: the "recorded as" choice as radios with their explanation under
 * each label (the difference matters for privacy, so it is read, not hovered for), and room
 * between the form and the list of sessions.
 */
import { css } from 'lit';

export const startStyles = css`
  h1:focus {
    outline: none;
  }
  fieldset {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0.75rem clamp(0.5rem, 2vw, 1rem) 1rem;
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius);
    max-inline-size: 48rem;
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: var(--wm-weight-semibold);
  }
  .radio {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.1rem 0.6rem;
    align-items: center;
  }
  .radio input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--wm-accent);
  }
  .radio label {
    font-weight: var(--wm-weight-semibold);
    min-block-size: var(--wm-touch);
    display: flex;
    align-items: center;
    min-inline-size: 0;
    /* With 200 % text on a phone one long word is wider than the column. */
    overflow-wrap: anywhere;
  }
  .radio .hint {
    grid-column: 2;
    max-inline-size: 65ch;
  }
  .failure {
    margin: 0;
  }
  .failure .notice {
    display: block;
  }
  .sessions {
    margin-block-start: 1rem;
  }
  .deleted {
    max-inline-size: 70ch;
  }
`;
