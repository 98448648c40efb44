/**
 * The button hierarchy, so each screen has one obvious next step (docs/theming.md, Buttons):
 *
 * - primary (a plain `<button>`, or `.primary`): the one action that moves the learner on
 *   (Check, Next question, Save). Filled with the brand colour. One per screen.
 * - `.secondary`: an alternative beside it (Try again, Download, the shell's Previous and Next
 *   while an activity is open). Outlined, neutral.
 * - `.quiet`: a minor action (Show contents, Change). Brand-coloured text without a box, still
 *   44 px tall.
 *
 * A link that moves the learner on (`<a class="button primary">`) takes the same classes.
 * Labels wrap instead of widening the page (200 % text on a phone), and `aria-disabled` looks
 * the same as `disabled` for buttons that stay focusable to explain why they do nothing.
 */
import { css } from 'lit';

export const buttons = css`
  button,
  a.button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    max-inline-size: 100%;
    min-block-size: var(--wm-touch);
    min-inline-size: var(--wm-touch);
    padding-block: 0.5rem;
    padding-inline: 1.125rem;
    border: 2px solid var(--wm-accent);
    border-radius: var(--wm-radius);
    background: var(--wm-accent);
    color: var(--wm-accent-text);
    font: inherit;
    font-weight: var(--wm-weight-semibold);
    line-height: var(--wm-leading-tight);
    text-align: center;
    overflow-wrap: anywhere;
    text-decoration: none;
    cursor: pointer;
    transition:
      background var(--wm-transition),
      border-color var(--wm-transition),
      color var(--wm-transition);
  }

  button.secondary,
  a.button.secondary {
    border-color: var(--wm-border);
    background: var(--wm-bg);
    color: var(--wm-text);
  }

  button.quiet,
  a.button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--wm-accent);
    padding-inline: 0.5rem;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  /* Hover only where there is a pointer that hovers: on a phone a tapped button would stay "hovered". */
  @media (hover: hover) {
    button:hover,
    a.button:hover {
      background: var(--wm-accent-strong);
      border-color: var(--wm-accent-strong);
    }
    button.secondary:hover,
    a.button.secondary:hover {
      border-color: var(--wm-text);
      background: var(--wm-surface);
    }
    button.quiet:hover,
    a.button.quiet:hover {
      background: var(--wm-accent-soft);
      text-decoration-thickness: 2px;
    }
  }

  button:is(:disabled, [aria-disabled='true']),
  button:is(:disabled, [aria-disabled='true']):hover {
    cursor: not-allowed;
    border-color: var(--wm-border);
    background: var(--wm-surface);
    color: var(--wm-text-muted);
  }
`;
