/**
 * Design tokens and the few rules every element shares: colours with at least 4.5:1 contrast,
 * a focus ring that is always visible, spacing in logical properties (RTL-ready), touch
 * targets of at least 44 px, and no motion for people who ask for reduced motion.
 * Theme by overriding the custom properties on `wm-course` (or any ancestor).
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --wm-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    --wm-text: #1b1f24;
    --wm-text-muted: #4a5260;
    --wm-bg: #ffffff;
    --wm-surface: #f4f6f8;
    --wm-border: #8a93a0;
    --wm-accent: #0b5cad;
    --wm-accent-text: #ffffff;
    --wm-good: #176b35;
    --wm-good-bg: #e6f4ea;
    --wm-warn: #7a4b00;
    --wm-warn-bg: #fff4dc;
    --wm-bad: #a3161a;
    --wm-bad-bg: #fde8e8;
    --wm-focus: #c2410c;
    --wm-radius: 8px;
    --wm-space: 1rem;
    --wm-touch: 44px;
    --wm-transition: 150ms ease-out;
    font-family: var(--wm-font);
    color: var(--wm-text);
    line-height: 1.5;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--wm-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Buttons: native `<button>` styled as primary (default) or `.secondary`. */
export const buttons = css`
  button {
    font: inherit;
    min-block-size: var(--wm-touch);
    min-inline-size: var(--wm-touch);
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--wm-radius);
    border: 2px solid var(--wm-accent);
    background: var(--wm-accent);
    color: var(--wm-accent-text);
    cursor: pointer;
    transition: background var(--wm-transition);
  }
  button.secondary {
    background: var(--wm-bg);
    color: var(--wm-accent);
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--wm-border);
    background: var(--wm-surface);
    color: var(--wm-text-muted);
  }
`;
