import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../learner-event.ts';
import { appendEvent, halveLog, isQuotaExceeded, offlineKeys, parseEventLog } from './offline-mapping.ts';

const e = (n: number): LearnerEvent => ({ type: 'module-completed', at: '2025-06-30T09:15:00Z', moduleId: `m${n}` });

describe('offline mapping', () => {
  it('namespaces keys by course id', () => {
    expect(offlineKeys('workmentor')).toEqual({
      state: 'workmentor:workmentor:state',
      events: 'workmentor:workmentor:events',
      learner: 'workmentor:workmentor:learner',
    });
  });

  it('appends to the log and drops the oldest beyond the limit', () => {
    expect(appendEvent([e(1), e(2)], e(3), 5)).toEqual([e(1), e(2), e(3)]);
    expect(appendEvent([e(1), e(2)], e(3), 2)).toEqual([e(2), e(3)]);
  });

  it('halves the log keeping the newest', () => {
    expect(halveLog([e(1), e(2), e(3)])).toEqual([e(3)]);
    expect(halveLog([e(1), e(2), e(3), e(4)])).toEqual([e(3), e(4)]);
    expect(halveLog([])).toEqual([]);
  });

  it('reads only valid events from stored text', () => {
    expect(parseEventLog(null)).toEqual([]);
    expect(parseEventLog('nope')).toEqual([]);
    expect(parseEventLog('{"a":1}')).toEqual([]);
    expect(parseEventLog(JSON.stringify([e(1), { ...e(2), at: 'yesterday' }, { type: 'launched' }]))).toEqual([e(1)]);
  });

  it('recognises quota errors across browsers', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaExceeded({ code: 22 })).toBe(true);
    expect(isQuotaExceeded(new DOMException('no', 'SecurityError'))).toBe(false);
    expect(isQuotaExceeded('full')).toBe(false);
  });
});
