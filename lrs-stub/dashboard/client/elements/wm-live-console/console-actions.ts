/**
 * What the facilitator can do next, read from the view alone: the buttons the console offers in
 * each phase, each with the command it sends. The rules mirror the session machine's
 * (lrs-stub/live/session-machine.ts), so the console offers only what the server accepts and a
 * refusal means the session moved on in between, not a button that could never work. One
 * action per phase is primary: the usual next move, so the screen has one obvious button.
 */
import type { z } from 'zod';
import type { FacilitatorCommandSchema } from '../../../../live/session-commands.ts';
import type { FacilitatorView } from '../../../../live/session-views.ts';

export type FacilitatorCommandInput = z.input<typeof FacilitatorCommandSchema>;

export type ActionId = 'start' | 'reveal' | 'reveal-withheld' | 'revote' | 'follow-majority' | 'show-answer' | 'back' | 'next' | 'finish';

export interface ConsoleAction {
  id: ActionId;
  command: FacilitatorCommandInput;
  primary: boolean;
}

const action = (id: ActionId, command: FacilitatorCommandInput, primary = false): ConsoleAction => ({ id, command, primary });

/** The buttons for the view's phase, primary first. "End the session" and per-choice follows are not here. */
export function consoleActions(view: FacilitatorView): ConsoleAction[] {
  const kind = view.content?.kind;
  const canGoBack = kind === 'dialogue' && view.position.history.length > 0;
  const back = canGoBack ? [action('back', { type: 'back' })] : [];
  // On the last step "next" finishes the session: the button says so.
  const next = (primary: boolean) => (view.step.index + 1 >= view.step.count ? action('finish', { type: 'next' }, primary) : action('next', { type: 'next' }, primary));
  const firstRound = view.round === 1;
  switch (view.phase) {
    case 'waiting':
      return [action('start', { type: 'start' }, true)];
    case 'voting':
      return [
        action('reveal', { type: 'reveal', withholdAnswer: false }, true),
        // Only a quiz item has a right answer to hold back for peer instruction.
        ...(kind === 'quiz-item' ? [action('reveal-withheld', { type: 'reveal', withholdAnswer: true })] : []),
        ...back,
      ];
    case 'revealed': {
      // A re-vote after the right answer is on the screens would only count who read it.
      const revote = firstRound && !view.answerShown ? [action('revote', { type: 'revote' })] : [];
      if (kind === 'dialogue') {
        const anyVotes = (view.results?.tally.voters ?? 0) > 0;
        return [...(anyVotes ? [action('follow-majority', { type: 'follow' }, true)] : []), ...revote, ...back];
      }
      if (view.answerShown) return [next(true)];
      return [action('show-answer', { type: 'reveal', withholdAnswer: false }, true), ...revote, next(false)];
    }
    case 'ended':
      return [next(true), ...back];
    case 'writing':
      return [next(true)];
    default:
      return [];
  }
}

/** A dialogue decision whose votes are revealed is left by a choice the facilitator names. */
export const canFollowChoice = (view: FacilitatorView): boolean => view.phase === 'revealed' && view.content?.kind === 'dialogue';

/** The session can be ended from any phase but the last. */
export const canEnd = (view: FacilitatorView): boolean => view.phase !== 'finished';
