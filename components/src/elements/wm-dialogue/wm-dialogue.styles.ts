/** Styles for `<wm-dialogue>`: a chat-like transcript that reflows down to 320 px, in logical properties. */
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

    section + section {
      margin-block-start: calc(var(--wm-space) * 1.5);
    }

    h3 {
      font-size: 1.15rem;
      margin-block: 0 0.5rem;
    }

    h4 {
      font-size: 1rem;
      margin-block: var(--wm-space) 0.5rem;
    }

    p {
      margin-block: 0 0.5rem;
    }

    .tag {
      display: inline-block;
      padding-block: 0.1rem;
      padding-inline: 0.5rem;
      border-radius: var(--wm-radius);
      background: var(--wm-surface);
      color: var(--wm-text-muted);
      font-size: 0.9rem;
    }

    .cast ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    }

    .member {
      padding: 0.75rem;
      border-radius: var(--wm-radius);
      background: var(--wm-surface);
    }

    .member.player {
      border-inline-start: 4px solid var(--wm-accent);
    }

    .name,
    .speaker {
      display: block;
      font-weight: 600;
    }

    .role {
      display: block;
      color: var(--wm-text-muted);
    }

    .member .tag {
      background: var(--wm-bg);
      margin-block-start: 0.25rem;
    }

    .description {
      margin-block: 0.25rem 0;
    }

    .transcript {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }

    .line,
    .feedback {
      max-inline-size: min(40rem, 92%);
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-radius: var(--wm-radius);
    }

    .line {
      align-self: flex-start;
      background: var(--wm-surface);
      border: 1px solid var(--wm-surface);
    }

    .line.player {
      align-self: flex-end;
      background: var(--wm-bg);
      border-color: var(--wm-accent);
    }

    .line .text,
    .feedback .text {
      margin: 0;
    }

    .feedback {
      align-self: flex-end;
      border-inline-start: 4px solid currentColor;
    }

    .feedback .verdict {
      margin-block-end: 0.25rem;
      font-weight: 600;
    }

    .feedback .text {
      color: var(--wm-text);
    }

    .good {
      color: var(--wm-good);
      background: var(--wm-good-bg);
    }

    .acceptable {
      color: var(--wm-warn);
      background: var(--wm-warn-bg);
    }

    .poor {
      color: var(--wm-bad);
      background: var(--wm-bad-bg);
    }

    .quality,
    .outcome {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-weight: 600;
    }

    .quality {
      padding-inline: 0.4rem;
      border-radius: var(--wm-radius);
    }

    .feedback .quality {
      padding-inline: 0;
      background: none;
    }

    .icon {
      flex: none;
    }

    .reply {
      margin-block-start: calc(var(--wm-space) * 1.25);
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

    .choices {
      display: grid;
      gap: 0.5rem;
    }





    .error {
      color: var(--wm-bad);
      font-weight: 600;
      margin-block: 0.5rem 0;
    }

    .reply button {
      margin-block-start: 0.75rem;
    }

    .ending {
      padding: var(--wm-space);
      border-radius: var(--wm-radius);
      border-inline-start: 4px solid currentColor;
    }

    .ending.positive {
      color: var(--wm-good);
      background: var(--wm-good-bg);
    }

    .ending.mixed {
      color: var(--wm-warn);
      background: var(--wm-warn-bg);
    }

    .ending.negative {
      color: var(--wm-bad);
      background: var(--wm-bad-bg);
    }

    .ending > :not(.outcome) {
      color: var(--wm-text);
    }

    .taken {
      margin: 0 0 var(--wm-space);
      padding-inline-start: 1.5rem;
    }

    .taken li + li {
      margin-block-start: 0.35rem;
    }

    .ending .quality {
      background: var(--wm-bg);
    }

    .ending .quality.good {
      color: var(--wm-good);
    }

    .ending .quality.acceptable {
      color: var(--wm-warn);
    }

    .ending .quality.poor {
      color: var(--wm-bad);
    }
  `,
];
