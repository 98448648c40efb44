/**
 * Data tables: a caption that names the table (and the scrolling box around it), headers in
 * the surface colour, numbers right-aligned in tabular figures so columns compare at a glance.
 * A table wider than the screen scrolls inside its own focusable box, whose name is the
 * table's caption and whose hint says to scroll sideways, so the page itself never does.
 */
import { css } from 'lit';

export const tableStyles = css`
  .table-box {
    display: grid;
    gap: 0.35rem;
    min-inline-size: 0;
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius);
  }
  .table-scroll:focus-visible {
    outline-offset: 0;
  }
  .scroll-hint {
    margin: 0;
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
  }
  .scroll-hint::before {
    content: '↔ ';
  }
  @media (min-width: 64rem) {
    .scroll-hint {
      display: none;
    }
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--wm-size-small);
  }
  .table-title {
    margin: 0;
    font-weight: var(--wm-weight-bold);
  }
  th,
  td {
    padding: 0.45rem 0.75rem;
    text-align: start;
    vertical-align: top;
    border-block-start: 1px solid var(--wm-border-subtle);
  }
  thead th {
    border-block-start: 0;
  }
  thead th {
    background: var(--wm-surface-strong);
    font-weight: var(--wm-weight-semibold);
    vertical-align: bottom;
  }
  /* Headers wrap, so a long name ("Discriminative efficiency") does not widen a column of short numbers. */
  thead th.num {
    white-space: normal;
    min-inline-size: 5.5rem;
  }
  td.flags {
    min-inline-size: 15rem;
  }
  td.options {
    min-inline-size: 11rem;
  }
  th.id,
  td.actions,
  td.actions button {
    white-space: nowrap;
  }
  th.person {
    min-inline-size: 10rem;
  }
  td.status {
    min-inline-size: 10rem;
  }
  tbody th {
    font-weight: var(--wm-weight-semibold);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tr.flagged > * {
    background: var(--wm-warn-bg);
  }
  td ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
  .nowrap {
    white-space: nowrap;
  }
  .why {
    display: block;
    color: var(--wm-text-muted);
    font-size: 0.8125rem;
    white-space: normal;
  }
`;
