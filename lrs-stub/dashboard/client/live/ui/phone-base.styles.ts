/**
 * What every part of the phone screen shares: the course's design tokens and buttons (light and
 * dark mode follow the phone), option cards, and text set for reading at arm's length. Touch
 * targets are 48 px, a little over the tokens' 44 px: people vote standing, phone in one hand.
 */
import { css } from 'lit';
import { optionCardStyles } from '../../../../../components/src/styles/option-card.styles.ts';
import { buttons, tokens } from '../../../../../components/src/styles/tokens.ts';

const phoneText = css`
  :host {
    display: block;
    --wm-touch: 48px;
  }
  h1,
  h2,
  h3 {
    margin-block: 0 0.5rem;
  }
  h1 {
    font-size: var(--wm-size-h1);
  }
  h2 {
    font-size: var(--wm-size-large);
  }
  h3 {
    font-size: var(--wm-size-body);
  }
  p {
    margin-block: 0 0.75rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--wm-focus);
  }
  .muted {
    color: var(--wm-text-muted);
  }
  /* Empty, the alert region stays in the page (so what is added later is announced) but takes no room. */
  .problem:empty {
    margin: 0;
  }
  .problem:not(:empty) {
    padding: 0.6rem 0.75rem;
    border-inline-start: 4px solid var(--wm-bad);
    background: var(--wm-bad-bg);
    color: var(--wm-text);
    font-weight: 600;
  }
  .option-card {
    min-block-size: var(--wm-touch);
    align-items: center;
  }
  .option-card input {
    margin-block-start: 0;
  }
  /* A flex item will not shrink below its longest word: a Dutch compound would push the page sideways. */
  .option-card > span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
`;

export const phoneBaseStyles = [tokens, buttons, optionCardStyles, phoneText];
