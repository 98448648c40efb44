/**
 * What the shell's framing screens (module start, module end, course end) share: a lead
 * paragraph, a line of facts, sections with small headings, and activity lists with a status
 * mark that reads at 320 px.
 */
import { css } from 'lit';

export const screenStyles = css`
  :host {
    display: block;
    max-inline-size: 70ch;
  }
  /* The module's card art (module start) and the course's cover (course end): a band, low on phones so the summary and the
     objectives still meet the learner on the first screen; the drawing whole inside it (contain:
     a cut would behead the people in it). */
  .art {
    display: block;
    inline-size: 100%;
    max-inline-size: 32rem;
    block-size: auto;
    aspect-ratio: 2 / 1;
    max-block-size: 8rem;
    object-fit: contain;
    margin: 0 0 1rem;
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
  }
  @media (min-width: 48rem) {
    .art {
      max-block-size: 12rem;
    }
  }
  .lead {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 1rem;
    color: var(--wm-text-muted);
  }
  .note {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
    border-inline-start: 4px solid var(--wm-accent);
  }
  .note.done {
    border-color: var(--wm-good);
    background: var(--wm-good-bg);
  }
  section {
    margin-block: 1.5rem;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.2rem;
    line-height: 1.3;
  }
  .objectives {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .objectives li + li {
    margin-block-start: 0.375rem;
  }
  .activity-list,
  .plain-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .activity-list li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--wm-surface);
  }
  .plain-list li + li {
    margin-block-start: 0.5rem;
  }
  .status-mark {
    flex: none;
    inline-size: 1.25rem;
    text-align: center;
  }
  .status-mark.completed {
    color: var(--wm-good);
  }
  .type {
    display: block;
    font-size: 0.875rem;
    color: var(--wm-text-muted);
  }
  a:not(.button) {
    color: var(--wm-accent);
    text-underline-offset: 0.15em;
  }
`;
