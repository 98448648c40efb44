/**
 * Events `<wm-tracking-notice>` dispatches. The notice decides nothing about tracking; it tells
 * the shell what the learner asked for.
 */
import type { TrackingNoticeState } from './wm-tracking-notice.ts';

const flags = { bubbles: true, composed: true } as const;

/**
 * The learner hid the notice. Its button is gone with it, so the shell should move focus
 * somewhere sensible (the activity heading).
 */
export class WmNoticeDismissEvent extends Event {
  static readonly eventName = 'wm-notice-dismiss';
  /** The state whose message was hidden. */
  readonly state: TrackingNoticeState;

  constructor(init: { state: TrackingNoticeState }) {
    super(WmNoticeDismissEvent.eventName, flags);
    this.state = init.state;
  }
}

/**
 * The learner asked to reload so this tab records again. Cancelable: unless a listener calls
 * `preventDefault()`, the notice reloads the top-most page it may reach (the LMS player page,
 * so the LMS hands out fresh data, not the frame's stale copy), else its own frame.
 */
export class WmNoticeReloadEvent extends Event {
  static readonly eventName = 'wm-notice-reload';

  constructor() {
    super(WmNoticeReloadEvent.eventName, { ...flags, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-notice-dismiss': WmNoticeDismissEvent;
    'wm-notice-reload': WmNoticeReloadEvent;
  }
}
