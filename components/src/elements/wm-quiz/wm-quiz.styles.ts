/** Styles for `<wm-quiz>`: one item at a time, controls at least 44 px high, reflowing down to 320 px. */
import { css } from 'lit';
import { optionCardStyles } from '../../styles/option-card.styles.ts';
import { buttons, tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  buttons,
  optionCardStyles,
  css`
    :host {
      display: block;
      overflow-wrap: anywhere;
    }

    h3 {
      font-size: 1.15rem;
      margin-block: 0 0.75rem;
    }

    h4 {
      font-size: 1rem;
      margin-block: var(--wm-space) 0.5rem;
    }

    p {
      margin-block: 0 0.5rem;
    }

    .facts {
      margin-block: 0 var(--wm-space);
      padding-inline-start: 1.25rem;
    }

    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }

    legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: 600;
      font-size: 1.05rem;
    }

    .hint {
      color: var(--wm-text-muted);
      margin-block-end: 0.75rem;
    }

    .options,
    .matches {
      display: grid;
      gap: 0.5rem;
    }




    fieldset:disabled .option {
      cursor: default;
    }


    .option-text {
      flex: 1;
    }

    .mark {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      font-weight: 600;
      font-size: 0.95rem;
    }

    .option .mark {
      display: flex;
      margin-block-start: 0.25rem;
    }

    .right {
      color: var(--wm-good);
    }

    .wrong {
      color: var(--wm-bad);
    }

    .icon {
      flex: none;
    }

    .match {
      display: grid;
      gap: 0.25rem;
      padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--wm-surface);
    }

    .match label {
      font-weight: 600;
    }

    select,
    input[type='text'] {
      font: inherit;
      color: var(--wm-text);
      background: var(--wm-bg);
      inline-size: 100%;
      max-inline-size: 32rem;
      min-block-size: var(--wm-touch);
      padding-block: 0.4rem;
      padding-inline: 0.6rem;
      border: 2px solid var(--wm-border);
      border-radius: var(--wm-radius);
    }

    select:disabled,
    input[type='text']:disabled {
      color: var(--wm-text);
      background: var(--wm-surface);
      opacity: 1;
    }

    fieldset > label {
      display: block;
      font-weight: 600;
      margin-block-end: 0.25rem;
    }

    input + .hint {
      margin-block: 0.25rem 0;
    }

    .steps {
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: step;
      display: grid;
      gap: 0.5rem;
    }

    .step {
      counter-increment: step;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.5rem;
      border: 1px solid var(--wm-border);
      border-radius: var(--wm-radius);
    }

    .step-text {
      flex: 1 1 12rem;
    }

    .step-text::before {
      content: counter(step) '. ';
      font-weight: 600;
    }

    .moves {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .move {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      padding-inline: 0.6rem;
    }

    .move[aria-disabled='true'] {
      cursor: not-allowed;
      border-color: var(--wm-border);
      color: var(--wm-text-muted);
    }

    .error {
      color: var(--wm-bad);
      font-weight: 600;
      margin-block: 0.5rem 0;
    }

    .check {
      margin-block-start: var(--wm-space);
    }

    .feedback.right,
    .feedback.wrong {
      margin-block: var(--wm-space);
      padding: var(--wm-space);
      border-radius: var(--wm-radius);
      border-inline-start: 4px solid currentColor;
    }

    .feedback.right {
      background: var(--wm-good-bg);
    }

    .feedback.wrong {
      background: var(--wm-bad-bg);
    }

    .feedback > :not(.verdict) {
      color: var(--wm-text);
    }

    .feedback ul,
    .feedback ol {
      margin-block: 0;
      padding-inline-start: 1.25rem;
    }

    .verdict {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: 600;
    }

    .score {
      font-size: 1.5rem;
      font-weight: 700;
      margin-block-end: 0.25rem;
    }

    .summary {
      margin-block: 0 var(--wm-space);
      padding-inline-start: 1.5rem;
    }

    .summary li + li {
      margin-block-start: 0.5rem;
    }

    .summary .prompt {
      display: block;
    }

    .notice {
      padding: 0.75rem;
      border-radius: var(--wm-radius);
      background: var(--wm-surface);
    }

    .notice ul {
      margin-block: 0;
      padding-inline-start: 1.25rem;
    }

    .notice li + li {
      margin-block-start: 0.25rem;
    }

    .notice a {
      display: inline-block;
      padding-block: 0.6rem;
      color: var(--wm-accent);
    }

    .request-code {
      font-size: 1.25rem;
      font-weight: 700;
      letter-spacing: 0.08em;
      margin-block-end: 0;
    }

    .reopen {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
      margin-block-start: var(--wm-space);
    }

    .reopen label {
      font-weight: 600;
    }

    #reopen-code {
      text-transform: uppercase;
      letter-spacing: 0.08em;
      max-inline-size: 14rem;
    }

    #reopen-code[aria-invalid='true'] {
      border-color: var(--wm-bad);
    }

    .competences {
      border-collapse: collapse;
      margin-block: var(--wm-space) 0.5rem;
      inline-size: 100%;
    }

    .competences caption {
      text-align: start;
      font-weight: 600;
      margin-block-end: 0.5rem;
    }

    .competences th,
    .competences td {
      text-align: start;
      padding: 0.4rem 0.5rem;
      border-block-end: 1px solid var(--wm-border);
    }

    .competences tbody th {
      font-weight: 400;
    }

    .competences td {
      white-space: nowrap;
    }
  `,
];
