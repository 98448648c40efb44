import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/course');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/workmentor.js'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('workmentor build (CLI)', () => {
  it('refuses an unknown target, naming the ones it knows', async () => {
    const result = await cli('build', '--target', 'scorm12,scorm3000');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown target "scorm3000". Choose from: scorm12, scorm2004, xapi, cmi5, web.');
  }, 60_000);

  it('refuses an unknown split', async () => {
    const result = await cli('build', '--split', 'chapters');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown split "chapters". Choose from: course, modules.');
  }, 60_000);

  it('builds the chosen targets for one locale, showing progress per target and a size table', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'wm-cli-'));
    const result = await cli('build', '--course', FIXTURE, '--out', out, '--target', 'scorm2004,web', '--locale', 'nb');
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'workmentor-fixture-1.0.0-facilitator-guide-nb.html',
      'workmentor-fixture-1.0.0-scorm2004-nb.zip',
      'workmentor-fixture-1.0.0-web-nb.zip',
    ]);
    expect(result.stdout).toMatch(/\[\d+\/\d+\] bundle app/);
    // Numbered as it runs: the last step is the whole list.
    const steps = [...result.stdout.matchAll(/^\[(\d+)\/(\d+)\]/gm)];
    expect(steps.at(-1)![1]).toBe(steps.at(-1)![2]);
    expect(result.stdout).toMatch(/\nguide\s+\S*workmentor-fixture-1\.0\.0-facilitator-guide-nb\.html\s+\d+\.\d KB\s+-\s+1\n/);
    expect(result.stdout).toMatch(/scorm2004: workmentor-fixture-1\.0\.0-scorm2004-nb\.zip \(\d+\.\d+ [KM]B\)/);
    expect(result.stdout).toMatch(/target\s+package\s+size\s+without schemas\s+files/);
    expect(result.stdout).toContain('Built 2 package(s) and 1 facilitator guide(s)');
  }, 120_000);
});

describe('workmentor guide (CLI)', () => {
  it('writes only the facilitator guide, one per chosen locale, and lists it', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'wm-cli-guide-'));
    const result = await cli('guide', '--course', FIXTURE, '--out', out, '--locale', 'nl,nb');
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['workmentor-fixture-1.0.0-facilitator-guide-nb.html', 'workmentor-fixture-1.0.0-facilitator-guide-nl.html']);
    const nl = await readFile(path.join(out, 'workmentor-fixture-1.0.0-facilitator-guide-nl.html'), 'utf8');
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('<li>Hoe verliep je eigen eerste werkweek, en wie hielp je toen?</li>');
    expect(result.stdout).toMatch(/\[4\/4\] write dist/);
    expect(result.stdout).toContain('Built 2 facilitator guide(s)');
  }, 60_000);

  it('refuses options that only apply to packages', async () => {
    const result = await cli('guide', '--target', 'web');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--target does not apply to "guide"');
  }, 60_000);
});
