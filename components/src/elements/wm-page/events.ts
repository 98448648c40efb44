/**
 * Events `<wm-page>` dispatches. A page has no answers; it counts as read once the learner has
 * reached its end (the end of the text came into view), not when it opens: progress that counts
 * pages nobody read tells the learner and the LMS something untrue. The shell also counts a
 * page as read when the learner presses Next on it.
 */
import type { ActivityDetail } from '../../runtime/progress.ts';

const flags = { bubbles: true, composed: true } as const;

/** The end of the page came into view (sent once per page shown). */
export class WmPageEndEvent extends Event {
  static readonly eventName = 'wm-page-end';
  /** What the shell stores for a read page. */
  readonly progress: ActivityDetail = { type: 'page' };

  constructor() {
    super(WmPageEndEvent.eventName, flags);
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-page-end': WmPageEndEvent;
  }
}
