/**
 * Styles of the shell's framing, kept apart from the layout in wm-course.styles.ts: the header
 * (a compact bar that sticks to the top on phones, the fuller header from 56rem), the pager's
 * button hierarchy, and the leave-quiz dialog.
 */
import { css } from 'lit';

export const framingStyles = css`
  .shell-header {
    position: sticky;
    inset-block-start: 0;
    z-index: 5;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'toc titles home'
      'toc percent home'
      'bar bar bar';
    align-items: center;
    gap: 0 0.5rem;
    padding: 0.25rem 0.5rem 0;
    border-block-end: 1px solid var(--wm-border);
    background: var(--wm-surface);
    box-shadow: var(--wm-shadow, none);
  }
  .shell-header .toc-toggle {
    grid-area: toc;
    margin: 0;
  }
  .shell-header .overview-link {
    grid-area: home;
  }
  /* On a phone the two buttons show their icon; the label stays for screen readers. */
  .shell-header :is(.toc-toggle, .overview-link) .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .shell-header .icon {
    font-size: 1.25rem;
    line-height: 1;
  }
  .shell-header .titles {
    grid-area: titles;
    min-inline-size: 0;
  }
  .shell-header h1,
  .shell-header .where-name {
    margin: 0;
    font-size: 1rem;
    font-weight: 700;
    line-height: 1.3;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* In a module the bar names the module; the course title is for screen readers. */
  .shell-header.in-module h1 {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .shell-header .where {
    margin: 0;
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .shell-header .where-label {
    font-size: 0.8125rem;
    color: var(--wm-text-muted);
    line-height: 1.3;
  }
  .shell-header .where-name {
    display: block;
  }
  .shell-header .progress {
    display: contents;
  }
  .shell-header #progress-text {
    grid-area: percent;
    font-size: 0.8125rem;
    color: var(--wm-text-muted);
    line-height: 1.3;
  }
  .shell-header progress {
    grid-area: bar;
    inline-size: calc(100% + 1rem);
    margin-inline: -0.5rem;
    block-size: 4px;
    margin-block-start: 0.25rem;
    accent-color: var(--wm-accent);
  }
  .shell-header label.language {
    display: none;
  }
  h2.activity-title,
  wm-welcome {
    /* Focus scrolls a heading into view below the sticky bar, not under it. */
    scroll-margin-block-start: 5rem;
  }
  .pager .next {
    margin-inline-start: auto;
  }
  dialog.leave-quiz {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    color: var(--wm-text);
  }
  dialog.leave-quiz::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog.leave-quiz h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
    margin-block-start: 1rem;
  }
  .shell-header .logo {
    display: none;
  }
  @media (min-width: 56rem) {
    .shell-header .logo {
      display: block;
      flex: none;
      block-size: clamp(0px, var(--wm-theme-logo-ratio, 0) * 1000px, 2.5rem);
      inline-size: calc(var(--wm-theme-logo-ratio, 0) * 2.5rem);
      margin-inline-end: calc(-1.5rem * (1 - clamp(0, var(--wm-theme-logo-ratio, 0) * 1000, 1)));
      background: var(--wm-logo) no-repeat left center / contain;
    }
    .shell-header {
      position: static;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
      padding: 0.75rem 1.5rem;
      box-shadow: none;
    }
    .shell-header .toc-toggle {
      display: none;
    }
    .shell-header .titles {
      flex: 1 1 16rem;
    }
    .shell-header h1 {
      font-size: 1.25rem;
      white-space: normal;
    }
    .shell-header.in-module h1 {
      position: static;
      inline-size: auto;
      block-size: auto;
      clip: auto;
    }
    .shell-header .where {
      flex-direction: row;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .shell-header .where-label::after {
      content: ':';
    }
    .shell-header .where-label,
    .shell-header .where-name {
      font-size: 0.9375rem;
      font-weight: 400;
      color: var(--wm-text-muted);
      white-space: normal;
    }
    .shell-header .progress {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-inline-size: 9rem;
    }
    .shell-header #progress-text {
      font-size: 0.875rem;
      color: var(--wm-text);
    }
    .shell-header progress {
      inline-size: 100%;
      margin: 0;
      block-size: 0.5rem;
    }
    .shell-header label.language {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-size: 0.875rem;
    }
    .shell-header :is(.toc-toggle, .overview-link) .label {
      position: static;
      inline-size: auto;
      block-size: auto;
      clip: auto;
    }
    h2.activity-title,
    wm-welcome {
      scroll-margin-block-start: 1rem;
    }
  }
  @media print {
    .shell-header,
    dialog {
      display: none !important;
    }
  }
`;
