import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_MESSAGES } from '../../locales/index.ts';
import { messages as arabic } from '../../tests/fixtures/locales/ar/index.ts';
import { checkUiText } from './check-ui-text.ts';
import { uiKeyProblems } from './ui-locale-check.ts';

const LOCALES = path.resolve(import.meta.dirname, '../../locales');

describe('interface text check', () => {
  it('finds the real locale folders complete, whatever folders there are', async () => {
    expect(await checkUiText(LOCALES, ['en', 'nl', 'nb', 'nl-BE'])).toEqual([]);
  });

  it("asks a language for its own plural forms: Arabic's six, not English's two", () => {
    const problems = uiKeyProblems({ framing: { welcome: 'Welcome', start: 'Start', moduleCount_one: '', moduleCount_other: '' } }, arabic, 'ar');
    expect(problems).toEqual([{ kind: 'missing', namespace: 'framing', key: 'moduleCount_other' }]);
    const german = uiKeyProblems({ framing: { moduleCount_one: '', moduleCount_other: '' } }, { framing: { moduleCount_one: '', moduleCount_other: '', moduleCount_few: '' } }, 'de');
    expect(german).toEqual([{ kind: 'extra', namespace: 'framing', key: 'moduleCount_few' }]);
  });

  it('reports nothing but the missing keys of the Arabic sample, by namespace', () => {
    const missing = uiKeyProblems(SOURCE_MESSAGES, arabic, 'ar').filter((p) => p.kind === 'missing');
    expect(missing.some((p) => p.namespace === 'framing' && p.key === 'moduleCount_other')).toBe(true);
    expect(missing.some((p) => p.namespace === 'framing' && p.key === 'start')).toBe(false);
    expect(missing.some((p) => p.namespace === 'common' && p.key === 'continue')).toBe(true);
  });

  describe('on a locales folder of its own', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'wm-ui-locales-'));
      await cp(path.join(LOCALES, 'en'), path.join(dir, 'en'), { recursive: true });
      await cp(path.join(LOCALES, 'en'), path.join(dir, 'de'), { recursive: true });
      await cp(path.join(LOCALES, 'en'), path.join(dir, 'sv'), { recursive: true });
      // Swedish forgets one button and misspells another.
      const common = path.join(dir, 'sv', 'common.ts');
      await writeFile(common, (await readFile(common, 'utf8')).replace(/^\s*continue: .*\n/m, '').replace('charactersLeft_one', 'charactersleft_one'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('accepts a folder copied from English: a new language is checked without a code change', async () => {
      expect(await checkUiText(dir, ['en', 'de'])).toEqual([]);
    });

    it('names the file and the keys a locale lacks, as an error, and the misspelt key as a warning', async () => {
      const problems = await checkUiText(dir, ['en', 'sv']);
      const file = path.relative(process.cwd(), path.join(dir, 'sv', 'common.ts')).split(path.sep).join('/');
      expect(problems.map((p) => [p.name, p.severity, p.file])).toEqual([
        ['UiTextMissing', 'error', file],
        ['UiTextUnused', 'warning', file],
      ]);
      expect(problems[0]!.what).toBe('The "sv" interface text lacks 2 keys: common.continue, common.charactersLeft_one.');
      expect(problems[1]!.what).toContain('common.charactersleft_one');
    });

    it('warns, without failing, when a course locale has no folder; a regional tag uses its language', async () => {
      const problems = await checkUiText(dir, ['en', 'fr', 'de-AT']);
      expect(problems.map((p) => [p.name, p.severity])).toEqual([['UiLocaleMissing', 'warning']]);
      expect(problems[0]!.what).toContain('"fr"');
    });
  });
});
