/**
 * Sends the text an element is still holding back (typing is debounced about 400 ms) the
 * moment the page is hidden or closed. A phone switching apps or a closing tab may give the
 * page no later moment, so a debounce still waiting then loses the last words typed.
 *
 * Order matters: the shell saves in its own `pagehide` / `visibilitychange` listeners, added
 * before any leaf element connects, and the text must reach the shell before it saves.
 * - The shell calls `requestFlush()` first thing in those listeners: every element's flush
 *   runs synchronously, whatever order the browser runs listeners in. This is what makes
 *   `pagehide` safe: it is fired at `window` itself, and Chromium runs listeners on `window`
 *   in the order they were added, capture or not, so the shell's would run first.
 * - Each element also listens on `window` in the capture phase. For `visibilitychange` (fired
 *   at `document`) that alone runs before the shell; for `pagehide` it serves pages without
 *   the shell (element tests, other hosts).
 * A second flush finds nothing pending and sends nothing.
 *
 * Used by <wm-reflection>, <wm-feedback-exercise> and <wm-certificate>.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Asks every element holding back text to send it now. Dispatched on `window`; not bubbling. */
export class WmFlushRequestEvent extends Event {
  static readonly eventName = 'wm-flush-request';

  constructor() {
    super(WmFlushRequestEvent.eventName);
  }
}

/**
 * Makes every connected element send its pending text, synchronously: when this returns, their
 * change events have been dispatched. The shell calls it before saving on leaving the page.
 */
export function requestFlush(target: EventTarget = window): void {
  target.dispatchEvent(new WmFlushRequestEvent());
}

const capture = { capture: true } as const;

export class FlushOnLeaveController implements ReactiveController {
  private readonly flush: () => void;

  /** `flush` sends whatever is pending at once and does nothing when nothing is. */
  constructor(host: ReactiveControllerHost, flush: () => void) {
    this.flush = flush;
    host.addController(this);
  }

  private readonly handleLeave = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    this.flush();
  };

  hostConnected(): void {
    window.addEventListener('pagehide', this.handleLeave, capture);
    window.addEventListener('visibilitychange', this.handleLeave, capture);
    window.addEventListener(WmFlushRequestEvent.eventName, this.handleLeave);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.handleLeave, capture);
    window.removeEventListener('visibilitychange', this.handleLeave, capture);
    window.removeEventListener(WmFlushRequestEvent.eventName, this.handleLeave);
  }
}

declare global {
  interface WindowEventMap {
    'wm-flush-request': WmFlushRequestEvent;
  }
}
