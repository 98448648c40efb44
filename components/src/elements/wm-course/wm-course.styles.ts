/** Layout of the course shell: one column on phones, contents beside the activity from 56rem. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-block-size: 100vh;
    background: var(--wm-bg);
  }
  .skip-link {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -10rem;
    z-index: 10;
    padding: 0.75rem 1rem;
    background: var(--wm-accent);
    color: var(--wm-accent-text);
    border-radius: var(--wm-radius);
  }
  .skip-link:focus {
    inset-block-start: 0.5rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border-block-end: 1px solid var(--wm-border);
    background: var(--wm-surface);
  }
  h1 {
    flex: 1 1 12rem;
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 9rem;
    font-size: 0.875rem;
  }
  progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--wm-accent);
  }
  label.language {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875rem;
  }
  select {
    font: inherit;
    min-block-size: var(--wm-touch);
    padding-inline: 0.5rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    color: var(--wm-text);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    max-inline-size: 72rem;
    margin-inline: auto;
  }
  .toc-toggle {
    margin: 0.75rem 1rem 0;
    justify-self: start;
  }
  nav {
    padding: 0.5rem 1rem 1rem;
  }
  nav[hidden] {
    display: none;
  }
  nav h2 {
    font-size: 1rem;
    margin: 0.5rem 0;
  }
  nav ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .module-title {
    display: list-item;
    margin-block: 0.5rem 0.25rem;
    padding-block: 0.5rem;
    min-block-size: var(--wm-touch);
    font-weight: 700;
    cursor: pointer;
  }
  .module-count {
    display: block;
    font-size: 0.8125rem;
    font-weight: 400;
    color: var(--wm-text-muted);
  }
  nav a {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    min-block-size: var(--wm-touch);
    padding: 0.625rem 0.5rem;
    border-radius: var(--wm-radius);
    color: var(--wm-text);
    text-decoration: none;
  }
  nav a:hover {
    background: var(--wm-surface);
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    background: var(--wm-surface);
    box-shadow: inset 4px 0 0 var(--wm-accent);
    font-weight: 600;
  }
  :host([dir='rtl']) nav a[aria-current='page'] {
    box-shadow: inset -4px 0 0 var(--wm-accent);
  }
  .status-icon {
    flex: none;
    inline-size: 1.25rem;
    text-align: center;
  }
  .status-icon.completed {
    color: var(--wm-good);
  }
  main {
    padding: 1rem;
    min-inline-size: 0;
  }
  main:focus {
    outline: none;
  }
  .activity-type {
    margin: 0;
    font-size: 0.875rem;
    color: var(--wm-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h2.activity-title {
    margin: 0.25rem 0 1rem;
    font-size: 1.5rem;
    line-height: 1.25;
    hyphens: auto;
  }
  .notice {
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
    border-inline-start: 4px solid var(--wm-accent);
  }
  .notice.error {
    background: var(--wm-bad-bg);
    border-color: var(--wm-bad);
  }
  .pager {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 2rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--wm-border);
  }
  .pager .next {
    margin-inline-start: auto;
  }
  h2.activity-title:focus-visible {
    outline-width: 2px;
    outline-offset: 4px;
  }
  .loading {
    padding: 2rem 1rem;
  }
  /* While the next activity's element loads; the delay keeps a quick load from flashing. */
  main[aria-busy='true'] > * {
    opacity: 0.6;
    transition: opacity 0s 0.3s;
  }
  @media (min-width: 56rem) {
    .layout {
      grid-template-columns: 18rem minmax(0, 1fr);
    }
    .toc-toggle {
      display: none;
    }
    nav,
    nav[hidden] {
      display: block;
      border-inline-end: 1px solid var(--wm-border);
      min-block-size: calc(100vh - 5rem);
    }
    main {
      padding: 1.5rem 2rem;
    }
  }
  @media print {
    header,
    nav,
    .toc-toggle,
    .pager,
    .skip-link,
    .activity-type,
    .notice {
      display: none !important;
    }
    .layout {
      display: block;
    }
  }
`;
