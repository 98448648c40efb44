import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { opensRequest, requestCode } from '../components/src/runtime/reopen-code.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/workmentor.js'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('workmentor reopen-code (CLI)', () => {
  it('turns a learner\'s request code into the reopen code their final assessment accepts', async () => {
    const request = requestCode({ courseId: 'workmentor', learnerId: 'moodle-42', attemptsUsed: 3 });
    const result = await cli('reopen-code', request.toLowerCase());
    expect(result.code, result.stderr).toBe(0);
    const code = /: ([0-9A-Z]{4}-[0-9A-Z]{3})\n/.exec(result.stdout)?.[1];
    expect(code).toBeDefined();
    expect(opensRequest(request, code!)).toBe(true);
  }, 60_000);

  it('says when the request code has a typing error', async () => {
    const request = requestCode({ courseId: 'workmentor', learnerId: 'moodle-42', attemptsUsed: 3 });
    const typo = (request[0] === 'A' ? 'B' : 'A') + request.slice(1);
    const result = await cli('reopen-code', typo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a request code: it has a typing error');
  }, 60_000);
});
