/**
 * The HTTP status for each reason a live session refuses something, and the error body the
 * routes send: the LRS's usual `{status, error, message}` plus the stable `code` the screens
 * translate.
 */
import { errorBody } from '../http/errors.ts';
import type { LiveError, LiveErrorCode } from './session-errors.ts';

const STATUS: Partial<Record<LiveErrorCode, number>> = {
  'invalid-command': 400,
  'text-too-long': 400,
  'no-session': 404,
  'step-not-in-module': 404,
  'rejoin-refused': 403,
  'unknown-participant': 403,
};

/** Most refusals are a screen acting on a state the session has left: 409, show the current one. */
export const statusOfLiveError = (code: LiveErrorCode): number => STATUS[code] ?? 409;

export function liveErrorBody(error: LiveError) {
  return { ...errorBody(statusOfLiveError(error.code), error.detail ? `${error.message} (${error.detail})` : error.message), code: error.code };
}
