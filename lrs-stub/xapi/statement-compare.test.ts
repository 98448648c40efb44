/**
 * Statement comparison: what may differ between two statements the LRS treats as the same
 * (identical re-POST, JWS payload versus the statement sent).
 */
import { describe, expect, it } from 'vitest';
import { comparableDuration, sameStatement } from './statement-compare.ts';

const base = {
  id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  actor: { mbox: 'mailto:ana@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'http://example.com/activities/1' },
};

describe('comparableDuration', () => {
  it('cuts seconds to hundredths without rounding and drops trailing zeros', () => {
    expect(comparableDuration('P1DT12H36M0.1237S')).toBe('P1DT12H36M0.12S');
    expect(comparableDuration('PT0.129S')).toBe('PT0.12S');
    expect(comparableDuration('PT1.10S')).toBe('PT1.1S');
    expect(comparableDuration('PT1.001S')).toBe('PT1S');
    expect(comparableDuration('PT4H35M59S')).toBe('PT4H35M59S');
    expect(comparableDuration('P3Y')).toBe('P3Y');
  });
});

describe('sameStatement', () => {
  it('compares result.duration at 0.01 s (2.0 4.2.7), in a SubStatement too', () => {
    expect(sameStatement({ ...base, result: { duration: 'P1DT12H36M0.12S' } }, { ...base, result: { duration: 'P1DT12H36M0.1237S' } })).toBe(true);
    expect(sameStatement({ ...base, result: { duration: 'PT0.12S' } }, { ...base, result: { duration: 'PT0.13S' } })).toBe(false);
    const sub = (duration: string) => ({ ...base, object: { objectType: 'SubStatement', actor: base.actor, verb: base.verb, object: { id: 'http://example.com/a' }, result: { duration } } });
    expect(sameStatement(sub('PT5.999S'), sub('PT5.99S'))).toBe(true);
  });

  it('compares timestamps as instants', () => {
    expect(sameStatement({ ...base, timestamp: '2024-05-01T10:00:00Z' }, { ...base, timestamp: '2024-05-01T12:00:00.000+02:00' })).toBe(true);
  });

  it('compares extensions exactly as sent, even under the names timestamp and duration', () => {
    const ext = (value: unknown) => ({ ...base, result: { extensions: { 'http://example.com/ext': value } } });
    expect(sameStatement(ext({ duration: 'PT0.12S' }), ext({ duration: 'PT0.1237S' }))).toBe(false);
    expect(sameStatement(ext({ timestamp: '2024-05-01T10:00:00Z' }), ext({ timestamp: '2024-05-01T12:00:00+02:00' }))).toBe(false);
  });
});
