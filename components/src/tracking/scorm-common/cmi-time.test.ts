import { describe, expect, it } from 'vitest';
import { iso8601Duration, scorm12ClockTime, scorm12Timespan, scorm2004Timestamp } from './cmi-time.ts';

describe('CMI time formats', () => {
  it('writes SCORM 1.2 session time as HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(scorm12Timespan(59_999)).toBe('0000:01:00.00');
    expect(scorm12Timespan(-5)).toBe('0000:00:00.00');
    expect(scorm12Timespan(Number.NaN)).toBe('0000:00:00.00');
    expect(scorm12Timespan(1e12)).toBe('9999:59:59.99');
  });

  it('writes SCORM 1.2 interaction time as the local clock HH:MM:SS', () => {
    expect(scorm12ClockTime(new Date(2025, 5, 30, 9, 5, 7, 800))).toBe('09:05:07');
    expect(scorm12ClockTime(new Date('not a date'))).toBe('00:00:00');
  });

  it('writes SCORM 2004 session time as an ISO 8601 duration', () => {
    expect(iso8601Duration(0)).toBe('PT0S');
    expect(iso8601Duration(3_723_000)).toBe('PT1H2M3S');
    expect(iso8601Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(iso8601Duration(1_500)).toBe('PT1.5S');
    expect(iso8601Duration(120_000)).toBe('PT2M');
    expect(iso8601Duration(36_000_000 * 30)).toBe('PT300H');
  });

  it('writes SCORM 2004 timestamps in UTC with at most two decimals', () => {
    expect(scorm2004Timestamp('2025-06-30T09:15:00.123Z')).toBe('2025-06-30T09:15:00.12Z');
    expect(scorm2004Timestamp('2025-06-30T11:15:00+02:00')).toBe('2025-06-30T09:15:00.00Z');
    expect(scorm2004Timestamp('yesterday')).toBeUndefined();
  });
});
