/**
 * What every dashboard panel looks like: a card on the page with its heading and intro, the
 * status line, notices for empty and failed states, figures with their actions, and tables
 * that scroll sideways inside their own box (never the page) at 360 px. Colours, type and
 * spacing come from the course's design tokens only, so the dashboard is the same product
 * in light, dark and a school's brand colours.
 */
import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
  }
  /* A display rule below (.notice is a grid) must not bring back what the hidden attribute hides. */
  [hidden] {
    display: none !important;
  }
  .panel {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    padding: clamp(1rem, 3vw, 1.5rem);
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius-large);
    background: var(--wm-bg);
    box-shadow: var(--wm-shadow);
    min-inline-size: 0;
  }
  .panel > * {
    margin: 0;
    min-inline-size: 0;
  }
  h2 {
    font-size: var(--wm-size-h2);
    margin: 0;
  }
  h3,
  h4,
  h2.sub {
    font-size: var(--wm-size-large);
    margin: 0;
  }
  .page {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    min-inline-size: 0;
  }
  .intro {
    color: var(--wm-text-muted);
    max-inline-size: 70ch;
  }
  /* An empty live region stays in the accessibility tree (so its next message is heard) but takes no room. */
  [role='status']:empty,
  [role='alert']:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .status.loading {
    color: var(--wm-text-muted);
    font-style: italic;
  }
  .stale {
    opacity: 0.55;
  }
  .content {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.75rem;
    min-inline-size: 0;
  }
  .content > *,
  .stack > * {
    margin: 0;
    min-inline-size: 0;
  }
  .stack {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    min-inline-size: 0;
  }
  details.glossary summary {
    cursor: pointer;
    font-weight: var(--wm-weight-semibold);
    padding-block: 0.65rem;
  }
  details.glossary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.35rem;
    max-inline-size: 70ch;
  }
  .notice {
    display: grid;
    gap: 0.5rem;
    padding: 0.875rem 1rem;
    border-inline-start: 4px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
  }
  .notice > * {
    margin: 0;
  }
  .notice.bad {
    border-color: var(--wm-bad);
    background: var(--wm-bad-bg);
  }
  .notice.good {
    border-color: var(--wm-good);
    background: var(--wm-good-bg);
  }
  .notice.warn {
    border-color: var(--wm-warn);
    background: var(--wm-warn-bg);
  }
  .notice-title {
    font-weight: var(--wm-weight-bold);
  }
  .notice ol,
  .notice ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .notice button {
    justify-self: start;
  }
  .code {
    font-family: var(--wm-font-mono);
    white-space: nowrap;
  }
  dl.row-values {
    margin: 0;
    display: grid;
    gap: 0.1rem;
  }
  dl.row-values > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
  }
  dl.row-values dt {
    color: var(--wm-text-muted);
  }
  dl.row-values dt::after {
    content: ':';
  }
  dl.row-values dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .report-counts,
  .added {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  code {
    font-family: var(--wm-font-mono);
    font-size: 0.95em;
  }
  figure {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    min-inline-size: 0;
  }
  .figure-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
  }
  .stats > div {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    gap: 0.15rem;
    padding: 0.75rem;
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
  }
  .stats dt {
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
  }
  .stats .why {
    display: block;
    font-size: var(--wm-size-small);
    font-weight: normal;
    color: var(--wm-text-muted);
  }
  .stats dd {
    margin: 0;
    font-size: var(--wm-size-h2);
    font-weight: var(--wm-weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem 1rem;
    align-items: start;
  }
  .found {
    margin: 0;
    font-weight: var(--wm-weight-semibold);
  }
  .downloads a {
    display: inline-block;
    min-block-size: 1.5rem;
    margin-inline-end: 0.5rem;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem 1.5rem;
    margin: 0;
  }
  .facts dt {
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
  }
  .facts dd {
    margin: 0;
    font-weight: var(--wm-weight-semibold);
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3rem;
    min-inline-size: 0;
    max-inline-size: 32rem;
  }
  .field > label {
    font-weight: var(--wm-weight-semibold);
  }
  .hint {
    margin: 0;
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
  }
  select,
  input:not([type='checkbox']):not([type='radio']):not([type='file']),
  textarea {
    font: inherit;
    min-block-size: var(--wm-touch);
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    color: var(--wm-text);
    inline-size: 100%;
  }
  input[type='file'] {
    font: inherit;
    inline-size: 100%;
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--wm-bad);
  }
  .error-text {
    margin: 0;
    color: var(--wm-bad);
    font-weight: var(--wm-weight-semibold);
  }
  .muted {
    color: var(--wm-text-muted);
  }
  a {
    color: var(--wm-accent);
  }
  a.button {
    color: var(--wm-accent-text);
  }
  a.button:is(.secondary) {
    color: var(--wm-text);
  }
  a.button.quiet {
    color: var(--wm-accent);
  }
  .flag {
    display: inline-block;
    padding: 0 0.4rem;
    border-radius: calc(var(--wm-radius) / 2);
    background: var(--wm-warn-bg);
    color: var(--wm-warn);
    font-weight: var(--wm-weight-bold);
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    padding: 0 0.45rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--wm-size-small);
    font-weight: var(--wm-weight-semibold);
    white-space: nowrap;
  }
  .badge.good {
    color: var(--wm-good);
    background: var(--wm-good-bg);
  }
  .badge.warn {
    color: var(--wm-warn);
    background: var(--wm-warn-bg);
  }
  .badge.bad {
    color: var(--wm-bad);
    background: var(--wm-bad-bg);
  }
  dialog {
    inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: 1.25rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius-large);
    background: var(--wm-bg);
    color: var(--wm-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  dialog h2 {
    font-size: var(--wm-size-large);
  }
  dialog p {
    margin: 0;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  button.danger {
    border-color: var(--wm-bad);
    background: var(--wm-bad);
    color: var(--wm-bg);
  }
  @media (hover: hover) {
    button.danger:hover {
      border-color: var(--wm-text);
      background: var(--wm-bad);
    }
  }
`;
