/**
 * Events `<wm-reflection>` dispatches. Each carries the reflection progress after the change, so
 * the shell stores it as it is and never needs to know the reflection's rules.
 */
import type { ReflectionProgress } from '../../runtime/progress.ts';

const flags = { bubbles: true, composed: true } as const;

/**
 * The learner edited an answer. Debounced (about 400 ms after the last key) and sent at once
 * when the text area loses focus or the page is hidden or closed, so nothing typed is lost
 * when the learner moves on or leaves.
 */
export class WmReflectionChangeEvent extends Event {
  static readonly eventName = 'wm-reflection-change';
  readonly promptId: string;
  /** The whole answer to this prompt now. */
  readonly text: string;
  readonly progress: ReflectionProgress;

  constructor(init: { promptId: string; text: string; progress: ReflectionProgress }) {
    super(WmReflectionChangeEvent.eventName, flags);
    this.promptId = init.promptId;
    this.text = init.text;
    this.progress = init.progress;
  }
}

/** The learner saved every answer to their portfolio (`progress.submitted` is true). */
export class WmReflectionSubmitEvent extends Event {
  static readonly eventName = 'wm-reflection-submit';
  readonly progress: ReflectionProgress;

  constructor(init: { progress: ReflectionProgress }) {
    super(WmReflectionSubmitEvent.eventName, flags);
    this.progress = init.progress;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-reflection-change': WmReflectionChangeEvent;
    'wm-reflection-submit': WmReflectionSubmitEvent;
  }
}
