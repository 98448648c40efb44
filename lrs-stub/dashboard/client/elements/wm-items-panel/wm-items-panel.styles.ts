/**
 * The question column holds the question's text, often a sentence or two: it wraps in a column
 * wide enough to read, rather than keeping to one line as an id would, and the id the course's
 * files use sits below it, quieter, for authors looking the question up.
 */
import { css } from 'lit';

export const itemsStyles = css`
  th.question {
    min-inline-size: 14rem;
    max-inline-size: 28rem;
    font-weight: var(--wm-weight-semibold);
  }
  th.question .item-id {
    display: block;
    color: var(--wm-text-muted);
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  td.options li + li {
    margin-block-start: 0.2rem;
  }
`;
