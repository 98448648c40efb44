/**
 * Judging a conformance suite run from its JSON log: counts from the leaves of the test tree,
 * a stalled or cancelled run never passes, and only the listed contradictions are forgiven.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_CONTRADICTIONS } from './known-contradictions.ts';
import { judgeSuiteLog, type SuiteLog } from './suite-log.ts';
import { judgeRun } from './suite-verdict.ts';

const test = (title: string, status: string, error?: string) => ({ title, status, tests: [], ...(error ? { error: { message: error } } : {}) });
const known = KNOWN_CONTRADICTIONS[0]!;

function run(state: string, total: number, groups: Array<{ title: string; tests: unknown[] }>, version = '1.0.3'): SuiteLog {
  return { state, summary: { total, version }, log: { title: 'console', tests: groups as never } };
}

describe('judgeSuiteLog', () => {
  it('counts passed and failed leaves, and what was planned but never ran', () => {
    const result = judgeSuiteLog(run('cancelled', 5, [{ title: 'Group', tests: [test('a', 'passed'), { title: 'Sub', tests: [test('b', 'failed', 'expected 1\nto be 2'), test('c', 'passed')] }] }]));
    expect(result).toMatchObject({ version: '1.0.3', state: 'cancelled', planned: 5, passed: 2, notRun: 2 });
    expect(result.failed).toEqual([{ path: ['Group', 'Sub', 'b'], message: 'expected 1\nto be 2' }]);
  });
});

describe('judgeRun', () => {
  it('passes a finished run whose only failures are known contradictions of its version', () => {
    const [group, ...rest] = known.path;
    const nested = rest.slice(0, -1).reduceRight<unknown>((inner, title) => ({ title, tests: [inner] }), test(rest.at(-1)!, 'failed'));
    const result = judgeSuiteLog(run('finished', 2, [{ title: group!, tests: [nested] }, { title: 'Other', tests: [test('x', 'passed')] }], known.version));
    expect(judgeRun(known.version, result, false)).toMatchObject({ ok: true, finished: true, unexpected: [] });
    expect(judgeRun(known.version === '1.0.3' ? '2.0.0' : '1.0.3', result, false).ok).toBe(false);
  });

  it('fails any other failure', () => {
    const result = judgeSuiteLog(run('finished', 2, [{ title: 'Group', tests: [test('a', 'passed'), test('b', 'failed')] }]));
    expect(judgeRun('1.0.3', result, false)).toMatchObject({ ok: false, finished: true });
  });

  it('fails a run that stalled, even with nothing failed', () => {
    const stalled = judgeSuiteLog(run('cancelled', 3, [{ title: 'Group', tests: [test('a', 'passed')] }]));
    expect(judgeRun('1.0.3', stalled, true)).toMatchObject({ ok: false, finished: false });
    const timedOut = judgeSuiteLog(run('finished', 1, [{ title: 'Group', tests: [test('a', 'passed')] }]));
    expect(judgeRun('1.0.3', timedOut, true).ok).toBe(false);
  });
});
