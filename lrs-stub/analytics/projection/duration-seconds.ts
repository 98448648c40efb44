/**
 * An xAPI `result.duration` (ISO 8601 duration: `PT42.5S`, `PT1H2M`, `P1DT2H`, `P2W`) in
 * seconds, for time on task. Years and months have no fixed length; a time-on-task value that
 * long is a stopwatch left running, so they count as 365 and 30 days rather than being refused.
 * Anything else (a negative, an empty `PT`, text) gives undefined: that statement has no time.
 */
const DURATION = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const UNIT_SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1] as const;

export function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === 'P' || value.endsWith('T')) return undefined;
  const match = DURATION.exec(value);
  if (!match) return undefined;
  let seconds = 0;
  for (let i = 0; i < UNIT_SECONDS.length; i++) {
    const part = match[i + 1];
    if (part !== undefined) seconds += Number(part.replace(',', '.')) * UNIT_SECONDS[i]!;
  }
  return Number.isFinite(seconds) ? seconds : undefined;
}
