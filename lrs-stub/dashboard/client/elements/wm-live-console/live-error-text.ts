/**
 * A refused command in the facilitator's words. The server's message is English and written for
 * logs and API clients (lrs-stub/live/session-errors.ts); the codes a facilitator can meet get a
 * translated sentence that says what to do. The others (a phone's vote that does not fit, a full
 * wall) never come back from a facilitator's command, and fall back to the server's message.
 */
import type { LiveError, LiveErrorCode } from '../../../../live/session-errors.ts';
import { translate, type DashboardKey } from '../../i18n/dashboard-i18n.ts';

const FACILITATOR_CODES = [
  'offline',
  'already-started',
  'not-started',
  'not-voting',
  'not-revealed',
  'already-revealed',
  'already-revoted',
  'answer-already-shown',
  'not-a-dialogue',
  'no-votes',
  'nothing-to-go-back-to',
  'not-ready-for-next',
  'unknown-entry',
  'unknown-choice',
  'session-finished',
  'step-not-in-module',
] as const satisfies readonly LiveErrorCode[];

type FacilitatorCode = (typeof FACILITATOR_CODES)[number];

const isFacilitatorCode = (code: LiveErrorCode): code is FacilitatorCode => (FACILITATOR_CODES as readonly string[]).includes(code);

export function liveErrorText(error: LiveError): string {
  if (isFacilitatorCode(error.code)) return translate(`liveErrors.${error.code}` satisfies DashboardKey);
  return translate('liveErrors.refused', { message: error.detail ? `${error.message} (${error.detail})` : error.message });
}
