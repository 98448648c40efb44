/**
 * Events `<wm-quiz>` dispatches. Each carries the quiz progress after the change, so the shell
 * can store it and derive the activity status without knowing the quiz rules.
 */
import type { QuizItemKind } from '../../../../course/schema/activities/quiz.ts';
import type { QuizProgress, QuizResponse } from '../../runtime/progress.ts';

const flags = { bubbles: true, composed: true } as const;

/** A new attempt began with a fresh draw. */
export class WmQuizStartEvent extends Event {
  static readonly eventName = 'wm-quiz-start';
  /** Attempt number, 1-based. */
  readonly attempt: number;
  /** Item ids drawn for this attempt, in the order presented. */
  readonly items: string[];
  readonly progress: QuizProgress;

  constructor(init: { attempt: number; items: string[]; progress: QuizProgress }) {
    super(WmQuizStartEvent.eventName, flags);
    this.attempt = init.attempt;
    this.items = init.items;
    this.progress = init.progress;
  }
}

/** The learner checked an answer to one item (answers are final once checked). */
export class WmAnswerSubmitEvent extends Event {
  static readonly eventName = 'wm-answer-submit';
  readonly itemId: string;
  readonly kind: QuizItemKind;
  readonly response: QuizResponse;
  readonly correct: boolean;
  /** Attempt number, 1-based. */
  readonly attempt: number;
  readonly progress: QuizProgress;

  constructor(init: { itemId: string; kind: QuizItemKind; response: QuizResponse; correct: boolean; attempt: number; progress: QuizProgress }) {
    super(WmAnswerSubmitEvent.eventName, flags);
    this.itemId = init.itemId;
    this.kind = init.kind;
    this.response = init.response;
    this.correct = init.correct;
    this.attempt = init.attempt;
    this.progress = init.progress;
  }
}

/** The attempt was scored: dispatched right after the last item's `wm-answer-submit`. */
export class WmQuizSubmitEvent extends Event {
  static readonly eventName = 'wm-quiz-submit';
  /** This attempt's score, percentage 0-100. */
  readonly score: number;
  /** Whether this attempt reached the pass mark (`progress.passed` says whether any attempt did). */
  readonly passed: boolean;
  /** Attempt number, 1-based. */
  readonly attempt: number;
  readonly attemptsLeft: number | 'unlimited';
  readonly progress: QuizProgress;

  constructor(init: { score: number; passed: boolean; attempt: number; attemptsLeft: number | 'unlimited'; progress: QuizProgress }) {
    super(WmQuizSubmitEvent.eventName, flags);
    this.score = init.score;
    this.passed = init.passed;
    this.attempt = init.attempt;
    this.attemptsLeft = init.attemptsLeft;
    this.progress = init.progress;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-quiz-start': WmQuizStartEvent;
    'wm-answer-submit': WmAnswerSubmitEvent;
    'wm-quiz-submit': WmQuizSubmitEvent;
  }
}
