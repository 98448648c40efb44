/**
 * Time values in the formats the two SCORM data models demand. They differ, and LMSs reject a
 * value in the wrong one (error 405 / 406), which silently loses a session's time:
 * - SCORM 1.2 `cmi.core.session_time`: CMITimespan `HHHH:MM:SS.SS` (hours up to 9999);
 * - SCORM 1.2 `cmi.interactions.n.time`: CMITime, a clock time `HH:MM:SS`;
 * - SCORM 2004 `cmi.session_time`: an ISO 8601 duration (`PT1H2M3.45S`);
 * - SCORM 2004 `cmi.interactions.n.timestamp`: `time(second,10,0)`, at most two decimals of a
 *   second, so `Date#toISOString()` (three decimals) must be cut.
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Centiseconds in a duration, never negative (clocks can move backwards). */
const centiseconds = (ms: number): number => (Number.isFinite(ms) ? Math.max(0, Math.round(ms / 10)) : 0);

/** SCORM 1.2 CMITimespan, e.g. `0001:02:03.45`; capped at `9999:59:59.99`, the largest it can say. */
export function scorm12Timespan(ms: number): string {
  const total = Math.min(centiseconds(ms), 9999 * 360_000 + 359_999);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = Math.floor((total % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 100)}`;
}

/**
 * SCORM 1.2 CMITime: the learner's local clock time `HH:MM:SS` of a moment, which is what a
 * trainer reading the LMS report expects (the data model has no time zone field).
 */
export function scorm12ClockTime(moment: Date): string {
  if (Number.isNaN(moment.getTime())) return '00:00:00';
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}`;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration such as `PT1H2M3.45S`, `PT0S` for nothing. */
export function iso8601Duration(ms: number): string {
  const total = centiseconds(ms);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const hundredths = total % 6000;
  const seconds = hundredths % 100 === 0 ? String(hundredths / 100) : (hundredths / 100).toFixed(2).replace(/0$/, '');
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${hundredths ? `${seconds}S` : ''}`;
  return `PT${parts || '0S'}`;
}

/**
 * SCORM 2004 `time(second,10,0)` in UTC with centiseconds, e.g. `2025-06-30T09:15:00.00Z`,
 * from any ISO 8601 timestamp (a learner event's `at`); undefined when it is not a time.
 */
export function scorm2004Timestamp(iso: string): string | undefined {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return undefined;
  return `${moment.toISOString().slice(0, 22)}Z`;
}
