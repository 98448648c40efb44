/**
 * The filter bar: a band in the surface colour above the panels; fields side by side on a
 * laptop, two or one per row on a phone; the reset button lines up with the fields.
 */
import { css } from 'lit';

export const filterBarStyles = css`
  .filter-bar {
    display: grid;
    gap: 0.75rem;
    padding: 1rem clamp(1rem, 3vw, 1.5rem);
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius-large);
    background: var(--wm-surface);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
  }
  h2 {
    font-size: var(--wm-size-large);
  }
  .active,
  .summary {
    margin: 0;
    color: var(--wm-text-muted);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.75rem 1rem;
    align-items: start;
  }
  .field {
    max-inline-size: none;
  }
  .reset {
    align-self: end;
  }
  .reset button {
    inline-size: 100%;
  }
`;
