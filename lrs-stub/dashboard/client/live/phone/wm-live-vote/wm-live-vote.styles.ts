/** The answers as big cards down the screen; true and false side by side. */
import { css } from 'lit';

export const voteStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.75rem;
    font-size: var(--wm-size-large);
    font-weight: var(--wm-weight-bold);
    line-height: var(--wm-leading-tight);
  }
  .revote {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--wm-warn);
    background: var(--wm-warn-bg);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.6rem;
  }
  .options.true-false {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
  }
  .option-card {
    font-size: var(--wm-size-large);
  }
  .status {
    margin-block: 1rem 0;
  }
  .status .line {
    display: block;
  }
  .send {
    margin-block-start: 1rem;
  }
`;
