/**
 * Reading typography for a page of course text on a phone: about 70 characters a line,
 * generous line height, images that never overflow, tables that scroll inside their own box
 * rather than the page, and links that look like links.
 */
import { css } from 'lit';

export const pageStyles = css`
  :host {
    display: block;
  }

  .prose {
    max-inline-size: 70ch;
    font-size: 1.0625rem;
    line-height: 1.65;
    overflow-wrap: break-word;
  }

  .prose > :first-child {
    margin-block-start: 0;
  }

  .prose :is(h3, h4, h5, h6) {
    line-height: 1.25;
    margin-block: 1.75em 0.5em;
  }
  .prose h3 {
    font-size: 1.3rem;
  }
  .prose h4 {
    font-size: 1.125rem;
  }

  .prose :is(p, ul, ol, blockquote, figure, pre) {
    margin-block: 0 1em;
  }
  .prose :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .prose li + li {
    margin-block-start: 0.35em;
  }

  .prose a {
    color: var(--wm-accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .prose a:hover {
    text-decoration-thickness: 2px;
  }

  .prose :is(img, video, svg) {
    max-inline-size: 100%;
    block-size: auto;
  }

  .prose figcaption {
    color: var(--wm-text-muted);
    font-size: 0.9375rem;
  }

  .prose blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--wm-border);
    color: var(--wm-text-muted);
  }

  .prose :is(pre, code) {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, monospace;
    font-size: 0.9em;
  }
  /* Preformatted text wraps instead of scrolling: on a phone a scroll box would need its own
     tab stop, and course text has no code whose line breaks matter. */
  .prose pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding: 0.75em;
    background: var(--wm-surface);
    border-radius: var(--wm-radius);
  }

  /* Wide tables scroll sideways inside this box; the page itself never scrolls sideways. */
  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
    margin-block: 0 1em;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
  }
  .prose table {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-size: 0.9375rem;
  }
  .prose caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5em 0.75em;
  }
  .prose :is(th, td) {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em;
    border-block-start: 1px solid var(--wm-border);
  }
  .prose thead th {
    background: var(--wm-surface);
  }

  .prose hr {
    border: 0;
    border-block-start: 1px solid var(--wm-border);
    margin-block: 2em;
  }
`;
