/**
 * Look of <wm-tracking-notice>: a quiet box (the course's surface colour, or a soft amber when
 * the learner should act), never the red of an error: nothing is lost. The message wraps and
 * the buttons drop below it on a narrow screen or with large text.
 */
import { css } from 'lit';

export const noticeStyles = css`
  :host {
    display: block;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: 1rem;
    padding-block: 0.75rem;
    /* Narrower than the course's other boxes: at 200 % text on a phone every character counts. */
    padding-inline: 0.75rem;
    border-radius: var(--wm-radius);
    border-inline-start: 4px solid var(--wm-accent);
    background: var(--wm-surface);
  }
  .notice.act {
    border-color: var(--wm-warn);
    background: var(--wm-warn-bg);
  }
  /* Nothing to say: the live region stays in the page (so the next message is announced) but takes no room. */
  .notice.quiet {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .message {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .message p {
    margin: 0;
    overflow-wrap: break-word;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    max-inline-size: 100%;
  }
`;
