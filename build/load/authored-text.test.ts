import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { readAuthoredText } from './authored-text.ts';
import { pins } from './test-support/tiny-course.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'wm-text-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The problem of reading `bytes` as an authored text file, or the text. */
async function read(bytes: Buffer | string, name = 'page.md') {
  await writeFile(join(root, name), bytes);
  const result = await readAuthoredText(root, name);
  if (!result || !('error' in result)) return { text: result?.text, problems: [] };
  return { text: undefined, problems: [result.error] };
}

describe('readAuthoredText', () => {
  it('reads UTF-8 and drops a UTF-8 byte order mark', async () => {
    expect((await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café ø\n')]))).text).toBe('Café ø\n');
  });

  it('WrongEncoding: names UTF-16 and UTF-32 by their byte order mark, never showing the raw bytes', async () => {
    const utf32 = await read(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    expect(pins(utf32.problems)).toEqual(['WrongEncoding page.md']);
    expect(utf32.problems[0]!.what).toBe("page.md is not UTF-8 text: it is saved as UTF-32 LE (it starts with that encoding's byte order mark).");
    expect(utf32.problems[0]!.fix).toMatch(/^save it as UTF-8/);
  });

  it('WrongEncoding: points at the first byte of a Latin-1 file that is not UTF-8, with a readable frame', async () => {
    const { problems } = await read(Buffer.from('# Title\n\nThe caf\u00e9 opens.\n', 'latin1'));
    expect(pins(problems)).toEqual(['WrongEncoding page.md:3:8']);
    expect(problems[0]!.what).toBe('page.md is not UTF-8 text: byte 0xE9 here is not UTF-8; the file is probably saved in an older encoding such as Windows-1252 or Latin-1.');
    expect(problems[0]!.frame).toContain('> 3 | The caf\uFFFD opens.');
  });

  it('ControlCharacter: shows the invisible character as a symbol and counts the others', async () => {
    const { problems } = await read('Line one\nA bell\u0007 and an escape\u001b.\n');
    expect(formatErrors(problems, { color: false })).toBe(
      [
        'error ControlCharacter  page.md:2:7',
        '  There is an invisible control character here: U+0007 (BEL, a bell), and 1 more in this file.',
        '  why: editors do not show it, but it ends up in the text learners see, in LMS manifests (where XML forbids it) and in tracking data; it usually comes from copying text out of another program.',
        '  fix: delete it: retype the characters around the marked spot, or paste the text as plain text (Ctrl+Shift+V).',
        '   1 | Line one',
        ' > 2 | A bell\u2407 and an escape\u241b.',
        '     |       ^',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('FileUnreadable: an error the system reports reading the file is a problem of that file', async () => {
    const name = `${'x'.repeat(300)}.md`;
    const result = await readAuthoredText(root, name);
    const problems = result && 'error' in result ? [result.error] : [];
    expect(pins(problems)).toEqual([`FileUnreadable ${name}`]);
    expect(problems[0]!.what).toBe(`${name} cannot be read: the system reports ENAMETOOLONG.`);
  });
});
