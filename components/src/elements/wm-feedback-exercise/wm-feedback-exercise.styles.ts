/**
 * Layout of <wm-feedback-exercise>: a readable work sample, statements with their category
 * choice, results marked by icon and words (colour only adds), rubric levels as large radio
 * targets that wrap on a phone, and the comparison side by side when there is room. Every
 * grid track is `minmax(0, 1fr)`: a closed select is as wide as its longest category, and a
 * track sized to that pushed the page sideways at 320 px (and to 678 px with 200 % text).
 */
import { css } from 'lit';

export const exerciseStyles = css`
  :host {
    display: block;
    max-inline-size: 75ch;
  }
  h3 {
    font-size: var(--wm-size-large);
    margin-block: 1.5rem 0.5rem;
  }
  h4 {
    font-size: var(--wm-size-body);
    margin-block: 1.25rem 0.5rem;
  }
  p {
    margin-block: 0 0.75rem;
  }
  .step {
    margin: 0;
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
    font-weight: var(--wm-weight-semibold);
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
    font-size: var(--wm-size-body);
  }
  /* Work samples are plain text whose line breaks matter (a report, a checklist), but long
     lines must wrap on a phone rather than scroll. */
  .sample-text,
  .text-block {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: var(--wm-size-body);
    line-height: var(--wm-leading-prose);
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
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  /* The write task's prompt follows its heading and runs to several lines: read as text, not
     as a bold block (a short reflection prompt keeps the shared semibold label). */
  .field > label {
    font-weight: normal;
  }
  .statement {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    /* Narrower than the other boxes: at 200 % text on a phone every character counts. */
    padding: 0.75rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
    /* A card on the page's surface, so five statements in a row read as five things to sort. */
    background: var(--wm-surface);
  }
  /* A statement is something a mentor might say: read as a quote, not as a heading. */
  .statement label,
  .statement-text {
    margin: 0;
  }
  /* A closed select cannot wrap its text: it takes the card's width and cuts a long category
     short; the open list shows every category in full. */
  select {
    font: inherit;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: var(--wm-touch);
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
    font-weight: var(--wm-weight-bold);
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
    font-weight: var(--wm-weight-bold);
    font-size: var(--wm-size-large);
  }

  .criterion {
    margin: 0 0 1rem;
    padding: 0.5rem 1rem 0.75rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
    min-inline-size: 0;
  }
  .criterion legend {
    font-weight: var(--wm-weight-semibold);
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
    min-inline-size: 0;
  }
  .level:has(input:checked) {
    border-color: var(--wm-accent);
    background: var(--wm-accent-soft);
    font-weight: var(--wm-weight-semibold);
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
    border-block-end: 1px solid var(--wm-border-subtle);
  }
  .ratings dd {
    margin: 0;
    font-weight: var(--wm-weight-semibold);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 1rem 0.5rem;
  }
  .problem {
    color: var(--wm-bad);
    font-weight: var(--wm-weight-semibold);
  }
  .problem::before {
    content: '⚠ ';
  }
`;
