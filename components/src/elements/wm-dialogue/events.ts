/**
 * Events `<wm-dialogue>` dispatches. Each carries the dialogue progress after the change, so the
 * shell can store it and derive the activity status without knowing the dialogue rules.
 */
import type { ChoiceQuality, EndingOutcome } from '../../../../course/schema/activities/dialogue.ts';
import type { DialogueProgress } from '../../runtime/progress.ts';

const flags = { bubbles: true, composed: true } as const;

/** The learner said something: one choice at one node. */
export class WmChoiceSelectEvent extends Event {
  static readonly eventName = 'wm-choice-select';
  readonly nodeId: string;
  readonly choiceId: string;
  readonly quality: ChoiceQuality;
  /** Points of this choice (0-10). */
  readonly score: number;
  readonly progress: DialogueProgress;

  constructor(init: { nodeId: string; choiceId: string; quality: ChoiceQuality; score: number; progress: DialogueProgress }) {
    super(WmChoiceSelectEvent.eventName, flags);
    this.nodeId = init.nodeId;
    this.choiceId = init.choiceId;
    this.quality = init.quality;
    this.score = init.score;
    this.progress = init.progress;
  }
}

/** The conversation reached an ending (dispatched right after the last `wm-choice-select`). */
export class WmDialogueEndEvent extends Event {
  static readonly eventName = 'wm-dialogue-end';
  readonly endingId: string;
  readonly outcome: EndingOutcome;
  /** This run's points as a percentage (0-100) of the best possible path. */
  readonly score: number;
  readonly progress: DialogueProgress;

  constructor(init: { endingId: string; outcome: EndingOutcome; score: number; progress: DialogueProgress }) {
    super(WmDialogueEndEvent.eventName, flags);
    this.endingId = init.endingId;
    this.outcome = init.outcome;
    this.score = init.score;
    this.progress = init.progress;
  }
}

/** The learner started the conversation over; the best score is kept in `progress.best`. */
export class WmDialogueRestartEvent extends Event {
  static readonly eventName = 'wm-dialogue-restart';
  readonly progress: DialogueProgress;

  constructor(init: { progress: DialogueProgress }) {
    super(WmDialogueRestartEvent.eventName, flags);
    this.progress = init.progress;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-choice-select': WmChoiceSelectEvent;
    'wm-dialogue-end': WmDialogueEndEvent;
    'wm-dialogue-restart': WmDialogueRestartEvent;
  }
}
