/**
 * Turns the domain events of the leaf elements into learner events for the tracker. Every leaf
 * event carries the activity's new `progress`; this file decides what else it means. Draft
 * edits (exercise and reflection changes, dialogue restarts) only change the saved state.
 */
import type { ActivityDetail } from '../../runtime/progress.ts';
import { WmDialogueEndEvent, WmDialogueRestartEvent, WmChoiceSelectEvent } from '../wm-dialogue/events.ts';
import { WmExerciseChangeEvent, WmExerciseCheckEvent, WmExerciseCompleteEvent } from '../wm-feedback-exercise/events.ts';
import { WmAnswerSubmitEvent, WmQuizStartEvent, WmQuizSubmitEvent } from '../wm-quiz/events.ts';
import { WmReflectionChangeEvent, WmReflectionSubmitEvent } from '../wm-reflection/events.ts';
import type { ActivityRef, PendingEvent } from './course-session.ts';

const LEAF_EVENT_CLASSES = [
  WmChoiceSelectEvent,
  WmDialogueEndEvent,
  WmDialogueRestartEvent,
  WmQuizStartEvent,
  WmAnswerSubmitEvent,
  WmQuizSubmitEvent,
  WmExerciseChangeEvent,
  WmExerciseCheckEvent,
  WmExerciseCompleteEvent,
  WmReflectionChangeEvent,
  WmReflectionSubmitEvent,
] as const;

type LeafEvent = InstanceType<(typeof LEAF_EVENT_CLASSES)[number]>;

/** The leaf event names the shell listens for. */
export const LEAF_EVENTS: readonly string[] = LEAF_EVENT_CLASSES.map((c) => c.eventName);

export function isLeafEvent(event: Event): event is LeafEvent & { progress: ActivityDetail } {
  return LEAF_EVENT_CLASSES.some((c) => event instanceof c);
}

export function learnerEventsFor(event: LeafEvent, ref: ActivityRef): PendingEvent[] {
  const ids = { moduleId: ref.moduleId, activityId: ref.activityId };
  if (event instanceof WmChoiceSelectEvent) {
    const { nodeId, choiceId, quality, score } = event;
    return [{ type: 'choice-made', ...ids, nodeId, choiceId, quality, score }];
  }
  if (event instanceof WmDialogueEndEvent) {
    return [{ type: 'dialogue-ended', ...ids, endingId: event.endingId, outcome: event.outcome, score: event.score }];
  }
  if (event instanceof WmQuizStartEvent) return [{ type: 'quiz-started', ...ids, attempt: event.attempt }];
  if (event instanceof WmAnswerSubmitEvent) {
    const { itemId, kind, response, correct, attempt } = event;
    return [{ type: 'quiz-item-answered', ...ids, itemId, kind, response, correct, attempt }];
  }
  if (event instanceof WmQuizSubmitEvent) {
    return [{ type: 'quiz-submitted', ...ids, score: event.score, passed: event.passed, attempt: event.attempt }];
  }
  if (event instanceof WmExerciseCheckEvent) {
    return [{ type: 'exercise-checked', ...ids, score: event.score, sorted: event.progress.sorted }];
  }
  if (event instanceof WmExerciseCompleteEvent) {
    const { written, ratings } = event.progress;
    return [{ type: 'exercise-completed', ...ids, ...(written === undefined ? {} : { written }), ratings }];
  }
  if (event instanceof WmReflectionSubmitEvent) return [{ type: 'reflection-saved', ...ids, answers: event.progress.answers }];
  return [];
}
