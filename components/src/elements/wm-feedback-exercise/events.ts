/**
 * Events `<wm-feedback-exercise>` dispatches. Each carries the exercise progress after the
 * change, so the shell stores it as it is; only `wm-exercise-check` carries a score, because
 * only the sorting is scored (written feedback and ratings go to the portfolio).
 */
import type { FeedbackExerciseProgress } from '../../runtime/progress.ts';

const flags = { bubbles: true, composed: true } as const;

/**
 * The learner changed a draft: written feedback (debounced about 400 ms, sent at once on blur
 * and when the page is hidden or closed), a sorting choice, a rating, or moved on to the
 * rating stage.
 */
export class WmExerciseChangeEvent extends Event {
  static readonly eventName = 'wm-exercise-change';
  readonly progress: FeedbackExerciseProgress;

  constructor(init: { progress: FeedbackExerciseProgress }) {
    super(WmExerciseChangeEvent.eventName, flags);
    this.progress = init.progress;
  }
}

/** The learner checked the sorting; the choices are final from now on. */
export class WmExerciseCheckEvent extends Event {
  static readonly eventName = 'wm-exercise-check';
  /** Share of statements sorted right, 0-100. */
  readonly score: number;
  readonly progress: FeedbackExerciseProgress;

  constructor(init: { score: number; progress: FeedbackExerciseProgress }) {
    super(WmExerciseCheckEvent.eventName, flags);
    this.score = init.score;
    this.progress = init.progress;
  }
}

/** The learner rated their feedback and reached the model answer: the exercise is done. */
export class WmExerciseCompleteEvent extends Event {
  static readonly eventName = 'wm-exercise-complete';
  readonly progress: FeedbackExerciseProgress;

  constructor(init: { progress: FeedbackExerciseProgress }) {
    super(WmExerciseCompleteEvent.eventName, flags);
    this.progress = init.progress;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-exercise-change': WmExerciseChangeEvent;
    'wm-exercise-check': WmExerciseCheckEvent;
    'wm-exercise-complete': WmExerciseCompleteEvent;
  }
}
