/**
 * Layout of <wm-feedback-exercise>: a readable work sample, statements with their category
 * choice, results marked by icon and words (colour only adds), rubric levels as large radio
 * targets that wrap on a phone, and the comparison side by side when there is room.
 */
import { css } from 'lit';

export const exerciseStyles = css`
  :host {
    display: block;
    max-inline-size: 75ch;
  }
  h3 {
    font-size: 1.2rem;
    margin-block: 1.5rem 0.5rem;
    line-height: 1.3;
  }
  h4 {
    font-size: 1.05rem;
    margin-block: 1.25rem 0.5rem;
  }
  p {
    margin-block: 0 0.75rem;
  }
  .step {
    margin: 0;
    color: var(--wm-text-muted);
    font-size: 0.875rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .step + h3 {
    margin-block-start: 0.25rem;
  }

  .situation {
    white-space: pre-line;
  }
  .sample {
    margin-block: 1rem 1.5rem;
    padding: 0.25rem 1rem 1rem;
    background: var(--wm-surface);
    border-inline-start: 4px solid var(--wm-accent);
    border-radius: var(--wm-radius);
  }
  .sample h3 {
    margin-block-start: 0.75rem;
    font-size: 1.05rem;
  }
  /* Work samples are plain text whose line breaks matter (a report, a checklist), but long
     lines must wrap on a phone rather than scroll. */
  .sample-text,
  .text-block {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 1rem;
    line-height: 1.6;
  }
  .text-block {
    margin-block: 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
  }
  .text-block.model {
    border-color: var(--wm-good);
    background: var(--wm-good-bg);
  }
  .text-block.empty {
    color: var(--wm-text-muted);
    font-style: italic;
  }

  .statements {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
    display: grid;
    gap: 1rem;
  }
  .statement {
    display: grid;
    gap: 0.4rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
  }
  .statement label,
  .statement-text {
    font-weight: 600;
    margin: 0;
  }
  select {
    font: inherit;
    min-block-size: var(--wm-touch);
    max-inline-size: 100%;
    padding-inline: 0.5rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    color: var(--wm-text);
  }
  .result {
    padding: 0.5rem 0.75rem;
    border-radius: var(--wm-radius);
    border-inline-start: 4px solid currentColor;
  }
  .result p {
    margin-block: 0 0.25rem;
    color: var(--wm-text);
  }
  .result .verdict {
    font-weight: 700;
  }
  .result.correct {
    color: var(--wm-good);
    background: var(--wm-good-bg);
  }
  .result.incorrect {
    color: var(--wm-bad);
    background: var(--wm-bad-bg);
  }
  .result.correct .verdict {
    color: var(--wm-good);
  }
  .result.incorrect .verdict {
    color: var(--wm-bad);
  }
  .explanation {
    font-style: italic;
  }
  .score {
    font-weight: 700;
    font-size: 1.05rem;
  }

  .criterion {
    margin: 0 0 1rem;
    padding: 0.5rem 1rem 0.75rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
    min-inline-size: 0;
  }
  .criterion legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .level {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--wm-touch);
    padding-inline: 0.75rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    cursor: pointer;
    flex: 1 1 9rem;
  }
  .level:has(input:checked) {
    border-color: var(--wm-accent);
    background: var(--wm-surface);
    font-weight: 600;
  }
  .level input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--wm-accent);
    flex: none;
  }

  .comparison {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 1rem;
  }
  .comparison h4 {
    margin-block-start: 0.5rem;
  }
  .ratings {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .ratings > div {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.25rem 1rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--wm-surface);
  }
  .ratings dd {
    margin: 0;
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 1rem 0.5rem;
  }
  .problem {
    color: var(--wm-bad);
    font-weight: 600;
  }
  .problem::before {
    content: '⚠ ';
  }
`;
