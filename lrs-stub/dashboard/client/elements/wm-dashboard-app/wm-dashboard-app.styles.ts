/**
 * The app's frame: a header band in the surface colour with the product's name, the tools and
 * the navigation (which wraps onto more lines on a phone rather than scrolling sideways), and
 * a main column up to 84rem wide. On a projector the large-text class on <html> makes every
 * rem larger, so the whole page scales.
 */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-block-size: 100vh;
    background: var(--wm-bg);
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -10rem;
    z-index: 10;
    padding: 0.75rem 1rem;
    border-radius: var(--wm-radius);
    background: var(--wm-accent);
    color: var(--wm-accent-text);
    font-weight: var(--wm-weight-semibold);
  }
  .skip:focus {
    inset-block-start: 0.5rem;
  }
  .app-header {
    border-block-end: 1px solid var(--wm-border-subtle);
    background: var(--wm-surface);
  }
  .bar,
  nav ul {
    max-inline-size: 84rem;
    margin-inline: auto;
    padding-inline: clamp(0.75rem, 3vw, 1.5rem);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    padding-block: 0.75rem;
  }
  .brand {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6rem;
  }
  .product {
    font-family: var(--wm-font-heading);
    font-weight: var(--wm-weight-bold);
    letter-spacing: 0.06em;
    color: var(--wm-accent);
  }
  .app-title {
    font-weight: var(--wm-weight-semibold);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .tool {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .tool select {
    inline-size: auto;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    min-inline-size: 0;
  }
  .account {
    margin: 0;
    min-inline-size: 0;
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
    overflow-wrap: anywhere;
  }
  button[aria-pressed='true'] {
    border-color: var(--wm-accent);
    background: var(--wm-accent-soft);
    color: var(--wm-text);
  }
  nav ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25rem;
    margin-block: 0;
  }
  nav a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--wm-touch);
    padding-inline: 0.75rem;
    color: var(--wm-text);
    text-decoration: none;
    font-weight: var(--wm-weight-semibold);
    border-block-end: 3px solid transparent;
  }
  nav a:hover {
    color: var(--wm-accent);
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    color: var(--wm-accent);
    border-block-end-color: var(--wm-accent);
  }
  main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    max-inline-size: 84rem;
    margin-inline: auto;
    padding: clamp(0.75rem, 3vw, 1.5rem);
    padding-block-end: 4rem;
  }
  main:focus {
    outline: none;
  }
  main > * {
    min-inline-size: 0;
  }
  .page-title {
    margin: 0;
    font-size: var(--wm-size-h1);
  }
  .page-title:focus {
    outline: none;
  }
  .announcer {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
