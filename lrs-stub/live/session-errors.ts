/**
 * Why a live session refused a command: a stable code the routes map to a status and the UI to
 * a translated message, with an English message (what happened and what to do) for logs and
 * API clients. Most refusals are a screen acting on a state the session has already left (a
 * vote arriving after the reveal), so the remedy is usually "show the current state".
 */
import { z } from 'zod';

const CATALOGUE = {
  'no-session': 'No live session with that id: it was deleted after its time, or the address is wrong.',
  'invalid-command': 'The command is not one the session understands, or a field breaks its rules (see detail).',
  'module-mismatch': 'The module data given is not the module this session runs; pass the session’s module in its language.',
  'step-not-in-module': 'The plan points at an activity, item, prompt or node the module no longer has; end the session and start a new one.',
  'empty-plan': 'The module has nothing a room can do live (dialogues, single-choice, multiple-response or true-false items, reflections).',
  'session-finished': 'The session has finished; nothing can join or change any more.',
  'session-full': 'The session has as many participants as it takes.',
  'already-started': 'The session has already started; the command belongs to the waiting room.',
  'not-started': 'The session has not started yet; the facilitator starts it first.',
  'rejoin-refused': 'No participant with that id and token: join again with a new name.',
  'unknown-participant': 'No participant with that id in this session: join (or rejoin) first.',
  'not-voting': 'The current step takes no votes now (revealed, an ending, a reflection, or not started).',
  'answer-does-not-fit': 'The answer is not of the kind the current step asks for (a choice, an option, options, or true/false).',
  'unknown-choice': 'The answer names a choice or option the current step does not have.',
  'not-revealed': 'Reveal the votes first.',
  'already-revealed': 'The votes are already revealed (and any answer shown).',
  'already-revoted': 'This decision has had its re-vote; follow a choice or move on.',
  'answer-already-shown': 'The right answer is on the screens, so a re-vote would only count who read it; reveal with the answer held back to re-vote.',
  'not-a-dialogue': 'Only a dialogue decision is left by following a choice.',
  'no-votes': 'Nobody voted, so there is no majority to follow: name the choice to follow.',
  'nothing-to-go-back-to': 'There is no earlier decision in this dialogue to go back to.',
  'not-ready-for-next': 'Finish the current step first: reveal a quiz item, or follow the dialogue to an ending.',
  'not-writing': 'The current step is not a reflection taking answers.',
  'text-too-long': 'The answer is longer than the prompt allows.',
  'wall-full': 'The reflection wall has as many entries as it takes.',
  'unknown-entry': 'No wall entry with that id.',
  'too-fast': 'Too many messages from this phone at once; wait a moment and try again.',
  /** Never from the server: the screen's own answer while its socket is down (live-connection.ts). */
  offline: 'This screen is not connected to the session; it reconnects by itself, then try again.',
} as const;

export type LiveErrorCode = keyof typeof CATALOGUE;
export const LiveErrorCodeSchema = z.enum(Object.keys(CATALOGUE) as [LiveErrorCode, ...LiveErrorCode[]]);

export const LiveErrorSchema = z.strictObject({
  code: LiveErrorCodeSchema,
  message: z.string(),
  /** What exactly was wrong, where the code alone does not say (a field's rule). */
  detail: z.string().optional(),
});
export type LiveError = z.infer<typeof LiveErrorSchema>;

export function liveError(code: LiveErrorCode, detail?: string): { error: LiveError } {
  return { error: detail === undefined ? { code, message: CATALOGUE[code] } : { code, message: CATALOGUE[code], detail } };
}
