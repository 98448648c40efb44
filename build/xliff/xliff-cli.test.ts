import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { removeTempCourses } from '../load/test-support/tiny-course.ts';
import { snapshot, writeBilingualCourse } from './test-support/course-copy.ts';
import { withTarget } from './test-support/edit-xliff.ts';
import { xliffCommand } from './xliff-cli.ts';

afterAll(removeTempCourses);
afterEach(() => vi.restoreAllMocks());

function captured(): { out: () => string; err: () => string } {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  // Spying again returns the same spy: start each capture empty.
  log.mockClear();
  error.mockClear();
  return { out: () => log.mock.calls.flat().join('\n'), err: () => error.mock.calls.flat().join('\n') };
}

describe('workmentor xliff', () => {
  it('exports, then refuses a broken import with the errors and exit code 1, then imports the fixed file', async () => {
    const root = await writeBilingualCourse();
    const out = join(root, 'nl.xlf');
    let io = captured();
    expect(await xliffCommand(['export', '--locale', 'nl', '--course', root, '--out', out, '--xliff-version', '1.2'])).toBe(0);
    expect(io.out()).toMatch(/: 13 units, 13 already translated, 0 to translate\.$/);
    const xml = await readFile(out, 'utf8');

    await writeFile(out, withTarget(xml, 'module.m', 'title', 'x'.repeat(81)));
    const before = await snapshot(root);
    io = captured();
    expect(await xliffCommand(['import', out, '--course', root])).toBe(1);
    expect(io.err()).toContain('error XliffTargetTooLong');
    expect(io.err()).toContain('1 error in 1 file; nothing was written.');
    expect(await snapshot(root)).toEqual(before);

    await writeFile(out, withTarget(xml, 'module.m', 'title', 'Een nieuwe module'));
    io = captured();
    expect(await xliffCommand(['import', out, '--course', root])).toBe(0);
    expect(io.out()).toBe('Imported 13 unit(s) for "nl": 1 changed, 12 unchanged.\nWritten:\n  modules/m/i18n/nl.yaml');
  });

  it('refuses an unknown XLIFF version and a missing locale before reading the course', async () => {
    const io = captured();
    expect(await xliffCommand(['export', '--locale', 'nl', '--xliff-version', '1.1', '--course', '/nowhere'])).toBe(2);
    expect(await xliffCommand(['export', '--course', '/nowhere'])).toBe(2);
    expect(io.err()).toBe('Unknown XLIFF version "1.1". Choose from: 2.0, 1.2.\nGive the language to export: --locale nl.');
  });
});
