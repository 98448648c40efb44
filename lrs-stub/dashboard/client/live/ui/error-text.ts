/**
 * A refused vote or answer in the phone's words: the codes a phone can meet (session-errors.ts)
 * each have their own sentence; any other code (a screen and a server of different versions)
 * gets a plain "try again" rather than the server's English message.
 */
import type { LiveErrorCode } from '../../../../live/session-errors.ts';
import { translate } from '../i18n/live-i18n.ts';

const SAID = ['not-voting', 'not-writing', 'session-finished', 'session-full', 'rejoin-refused', 'unknown-choice', 'text-too-long', 'wall-full', 'offline', 'invalid-command'] as const satisfies readonly LiveErrorCode[];
type Said = (typeof SAID)[number];

const isSaid = (code: string): code is Said => (SAID as readonly string[]).includes(code);

export function liveErrorText(code: LiveErrorCode): string {
  return isSaid(code) ? translate(`errors.${code}`) : translate('errors.other');
}
