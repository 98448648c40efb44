/** The answer box, and the wall as a column of notes. */
import { css } from 'lit';
import { textFieldStyles } from '../../../../../../components/src/styles/text-field.styles.ts';

export const reflectionStyles = [
  textFieldStyles,
  css`
    .field > label {
      font-size: var(--wm-size-large);
      line-height: var(--wm-leading-tight);
    }
    textarea {
      min-block-size: 7rem;
    }
    .status:not(:empty) {
      padding: 0.6rem 0.75rem;
      border-inline-start: 4px solid var(--wm-good);
      background: var(--wm-good-bg);
    }
    .status,
    .problem {
      margin-block: 1rem 0;
    }
    .wall {
      margin-block-start: 2rem;
    }
    .wall ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .wall li {
      padding: 0.6rem 0.75rem;
      border: 1px solid var(--wm-border-subtle);
      border-radius: var(--wm-radius);
      background: var(--wm-surface);
      white-space: pre-line;
    }
  `,
];
