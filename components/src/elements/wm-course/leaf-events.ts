/**
 * Turns the domain events of the leaf elements into learner events for the tracker. Every leaf
 * event carries the activity's new `progress`; this file decides what else it means.
 */
import type { ActivityDetail } from '../../runtime/progress.ts';
import type { ActivityRef, PendingEvent } from './course-session.ts';

/** The leaf events the shell listens for. */
export const LEAF_EVENTS = [
  'wm-choice-select',
  'wm-dialogue-end',
  'wm-dialogue-restart',
  'wm-quiz-start',
  'wm-answer-submit',
  'wm-quiz-submit',
  'wm-exercise-change',
  'wm-exercise-check',
  'wm-exercise-complete',
  'wm-reflection-change',
  'wm-reflection-submit',
] as const;

type LeafEvent = Event & Record<string, unknown> & { progress: ActivityDetail };

export function isLeafEvent(event: Event): event is LeafEvent {
  return (LEAF_EVENTS as readonly string[]).includes(event.type) && 'progress' in event;
}

export function learnerEventsFor(event: LeafEvent, ref: ActivityRef): PendingEvent[] {
  const ids = { moduleId: ref.moduleId, activityId: ref.activityId };
  const e = event as LeafEvent & Record<string, never>;
  switch (event.type) {
    case 'wm-choice-select':
      return [{ type: 'choice-made', ...ids, nodeId: e.nodeId, choiceId: e.choiceId, quality: e.quality, score: e.score } as PendingEvent];
    case 'wm-dialogue-end':
      return [{ type: 'dialogue-ended', ...ids, endingId: e.endingId, outcome: e.outcome, score: e.score } as PendingEvent];
    case 'wm-quiz-start':
      return [{ type: 'quiz-started', ...ids, attempt: e.attempt } as PendingEvent];
    case 'wm-answer-submit':
      return [
        { type: 'quiz-item-answered', ...ids, itemId: e.itemId, kind: e.kind, response: e.response, correct: e.correct, attempt: e.attempt } as PendingEvent,
      ];
    case 'wm-quiz-submit':
      return [{ type: 'quiz-submitted', ...ids, score: e.score, passed: e.passed, attempt: e.attempt } as PendingEvent];
    case 'wm-exercise-check':
      return [{ type: 'exercise-checked', ...ids, score: e.score } as PendingEvent];
    case 'wm-exercise-complete':
      return [{ type: 'exercise-completed', ...ids } as PendingEvent];
    case 'wm-reflection-submit': {
      const detail = event.progress;
      const answers = detail.type === 'reflection' ? detail.answers : {};
      return [{ type: 'reflection-saved', ...ids, answers } as PendingEvent];
    }
    default:
      // Draft edits and restarts change the saved state only.
      return [];
  }
}
