import { describe, expect, it } from 'vitest';
import type { TrackerProblem } from '../tracker.ts';
import { ScormConnection, type ScormCalls } from './scorm-connection.ts';

/** A SCORM API double answering like an LMS: `answer` decides each SetValue. */
function fakeCalls(answer: (element: string, value: string) => unknown) {
  const sets: [string, string][] = [];
  let error = '0';
  const calls: ScormCalls = {
    initialize: () => 'true',
    getValue: (element) => (element === 'cmi.core.student_id' ? 'u1' : undefined),
    setValue: (element, value) => {
      sets.push([element, value]);
      const result = answer(element, value);
      error = result === 'true' || result === true ? '0' : '405';
      return result;
    },
    commit: () => 'false',
    terminate: () => {
      throw new Error('frame gone');
    },
    lastError: () => error,
    errorString: (code) => (code === '405' ? 'Incorrect Data Type' : 'No error'),
    names: { initialize: 'LMSInitialize', setValue: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish' },
  };
  return { calls, sets };
}

describe('ScormConnection', () => {
  it('accepts "true" strings and booleans, and reports "false" with the LMS error code and text', () => {
    const problems: TrackerProblem[] = [];
    const { calls } = fakeCalls((element) => (element === 'a' ? 'true' : element === 'b' ? true : 'false'));
    const connection = new ScormConnection(calls, (p) => problems.push(p));
    expect(connection.write([['a', '1'], ['b', '2']], 'record')).toEqual({ ok: true, changed: true });
    expect(connection.write([['c', '3']], 'record')).toEqual({ ok: false, changed: false });
    expect(problems).toEqual([{ operation: 'record', kind: 'rejected', message: 'The LMS refused LMSSetValue(c = "3"): error 405: Incorrect Data Type' }]);
  });

  it('does not send a value the LMS already holds from this session', () => {
    const { calls, sets } = fakeCalls(() => 'true');
    const connection = new ScormConnection(calls, () => undefined);
    connection.write([['cmi.core.lesson_status', 'incomplete']], 'record');
    expect(connection.write([['cmi.core.lesson_status', 'incomplete']], 'record')).toEqual({ ok: true, changed: false });
    expect(sets).toHaveLength(1);
  });

  it('tries a refused value again next time', () => {
    let refuse = true;
    const { calls, sets } = fakeCalls(() => (refuse ? 'false' : 'true'));
    const connection = new ScormConnection(calls, () => undefined);
    connection.write([['x', '1']], 'record');
    refuse = false;
    expect(connection.write([['x', '1']], 'record')).toEqual({ ok: true, changed: true });
    expect(sets).toHaveLength(2);
  });

  it('reports a refused commit and a throwing finish as unavailable, without throwing', () => {
    const problems: TrackerProblem[] = [];
    const connection = new ScormConnection(fakeCalls(() => 'true').calls, (p) => problems.push(p));
    expect(connection.commit('record')).toBe(false);
    expect(connection.terminate('finish')).toBe(false);
    expect(problems.map((p) => [p.kind, p.message])).toEqual([
      ['unavailable', 'The LMS refused LMSCommit(): error 0: No error'],
      ['unavailable', 'The LMS refused LMSFinish(): it threw Error: frame gone'],
    ]);
  });

  it('reads missing values as empty strings and shortens long values in messages', () => {
    const problems: TrackerProblem[] = [];
    const connection = new ScormConnection(fakeCalls(() => 'false').calls, (p) => problems.push(p));
    expect(connection.read('cmi.core.student_id')).toBe('u1');
    expect(connection.read('cmi.student_preference.language')).toBe('');
    connection.write([['cmi.suspend_data', 'x'.repeat(5000)]], 'saveState');
    expect(problems[0]?.message).toContain('(5000 characters)');
    expect(problems[0]?.message.length).toBeLessThan(200);
  });
});
