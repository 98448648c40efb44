import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentError } from '../errors/content-error.ts';
import { loadCourse } from '../load/load-course.ts';
import { removeTempCourses } from '../load/test-support/tiny-course.ts';
import { courseUnits } from './course-units.ts';
import { importXliff } from './import-xliff.ts';
import { snapshot, writeBilingualCourse } from './test-support/course-copy.ts';
import { targetLine, withTarget } from './test-support/edit-xliff.ts';
import { writeXliff, type XliffVersion } from './xliff-document.ts';

afterAll(removeTempCourses);

const exportText = async (root: string, version: XliffVersion = '2.0'): Promise<string> => writeXliff(await courseUnits(root, 'nl'), version);

/** `withTarget` for module m, the module of most cases here. */
const inModule = (xml: string, unit: string, target: string): string => withTarget(xml, 'module.m', unit, target);

/** Imports `xml` and checks that nothing in the course changed. */
async function refused(root: string, xml: string): Promise<ContentError[]> {
  const before = await snapshot(root);
  const result = await importXliff(root, xml, 'nl.xlf');
  expect(result.ok).toBe(false);
  expect(result.written).toEqual([]);
  expect(await snapshot(root)).toEqual(before);
  return result.problems.filter((p) => p.severity !== 'warning');
}

describe('xliff import: problems', () => {
  it('refuses a title over its length limit, at the unit, naming the YAML key', async () => {
    const root = await writeBilingualCourse();
    const xml = inModule(await exportText(root), 'activities.word.title', 'x'.repeat(85));
    const [error, ...rest] = await refused(root, inModule(xml, 'summary', 'Nieuwe samenvatting.'));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      name: 'XliffTargetTooLong',
      file: 'nl.xlf',
      line: targetLine(xml, 'id="activities.word.title"'),
      what: 'Unit "activities.word.title" (modules/m/i18n/nl.yaml, key "activities.word.title") is 85 characters long; at most 80 fit.',
      fix: 'shorten it by at least 5 characters.',
    });
    expect(error!.frame).toContain('xxxxx');
  });

  it('refuses an accepted answer longer than the fill-in item lets a learner type', async () => {
    const root = await writeBilingualCourse();
    const [error] = await refused(root, inModule(await exportText(root), 'activities.word.items.listen.accept', 'luisteren\naandachtig luisteren'));
    expect(error).toMatchObject({
      name: 'XliffTargetTooLong',
      what: 'Unit "activities.word.items.listen.accept" (modules/m/i18n/nl.yaml, key "activities.word.items.listen.accept"): the answer "aandachtig luisteren" is 20 characters long; a learner can type at most 12.',
    });
  });

  it('refuses a unit id that is not in the English source, suggesting the id it resembles', async () => {
    const root = await writeBilingualCourse();
    const xml = (await exportText(root)).replace('id="activities.word.title"', 'id="activities.wrd.title"');
    const [error] = await refused(root, inModule(xml, 'summary', 'Nieuw.'));
    expect(error).toMatchObject({
      name: 'XliffUnitUnknown',
      line: targetLine(xml, 'id="activities.wrd.title"'),
      what: 'Unit "activities.wrd.title" in <file> "module.m" is not a text of the English source. Did you mean "activities.word.title"?',
    });
  });

  it('refuses a <file> that is not the course or one of its modules', async () => {
    const root = await writeBilingualCourse();
    const [error] = await refused(root, (await exportText(root)).replace('<file id="module.m">', '<file id="module.n">'));
    expect(error).toMatchObject({ name: 'XliffFileUnknown', what: '<file> "module.n" is not the course or one of its modules. Did you mean "module.m"?' });
  });

  it('refuses a changed link target and a dropped placeholder', async () => {
    const root = await writeBilingualCourse();
    let xml = inModule(await exportText(root), 'pages.intro', '# Intro\n\nHallo. Lees [de gids](https://example.org/gids).');
    xml = inModule(xml, 'activities.word.items.listen.feedback.correct', 'Ja, naam.');
    const errors = await refused(root, xml);
    expect(errors.map((e) => e.what)).toEqual([
      'Unit "pages.intro" (modules/m/pages/intro.nl.md) does not keep what must stay as in English: link targets missing: https://example.org/guide; link targets not in English: https://example.org/gids.',
      'Unit "activities.word.items.listen.feedback.correct" (modules/m/i18n/nl.yaml, key "activities.word.items.listen.feedback.correct") does not keep what must stay as in English: placeholders missing: {{name}}.',
    ]);
  });

  it('refuses a target language that is not a course locale, and the source language', async () => {
    const root = await writeBilingualCourse();
    const xml = await exportText(root);
    const [nb] = await refused(root, xml.replace('trgLang="nl"', 'trgLang="nb"'));
    expect(nb).toMatchObject({ name: 'XliffLanguageNotInCourse', line: 1, what: 'The target language "nb" is not one of the course\'s locales (en, nl).' });
    const [en] = await refused(root, xml.replace('trgLang="nl"', 'trgLang="en"'));
    expect(en!.what).toBe('The target language "en" is the course\'s source language.');
  });

  it('refuses a file that is not well-formed XML, at the place the parser stopped', async () => {
    const root = await writeBilingualCourse();
    const xml = (await exportText(root)).replace('</segment>', '</segmnt>');
    const [error] = await refused(root, xml);
    // The parser notices at the next close tag; the code frame shows the line above it too.
    expect(error).toMatchObject({ name: 'XliffUnreadable', line: xml.slice(0, xml.indexOf('</segmnt>')).split('\n').length + 1 });
    expect(error!.frame).toContain('</segmnt>');
    expect(error!.what).toMatch(/^nl\.xlf cannot be read as XLIFF: Unexpected close tag/);
  });

  it('refuses inline codes in a target (XLIFF 1.2)', async () => {
    const root = await writeBilingualCourse();
    const xml = (await exportText(root, '1.2')).replace('<target state="translated">Voor tests.</target>', '<target state="translated">Voor <g id="1">tests</g>.</target>');
    const [error] = await refused(root, xml);
    expect(error).toMatchObject({ name: 'XliffTargetNotText', what: 'Unit "summary" (modules/m/i18n/nl.yaml, key "summary"): its target holds inline codes (<ph>, <pc>, <g>, …), not plain text.' });
  });
});

describe('xliff import: what is not an error', () => {
  it('skips a unit without a target with a warning and imports the others', async () => {
    const root = await writeBilingualCourse();
    const xml = inModule(inModule(await exportText(root), 'summary', ''), 'title', 'Een andere module');
    const result = await importXliff(root, xml, 'nl.xlf');
    expect(result).toMatchObject({ ok: true, changed: 1, skipped: 1, written: ['modules/m/i18n/nl.yaml'] });
    expect(result.problems.map((p) => [p.name, p.what])).toEqual([
      ['XliffTargetMissing', 'Unit "summary" (modules/m/i18n/nl.yaml, key "summary") has no target, so it is not imported.'],
    ]);
    const yaml = await readFile(join(root, 'modules/m/i18n/nl.yaml'), 'utf8');
    expect(yaml).toContain('title: Een andere module\nsummary: Voor tests.\n');
  });

  it('adds a key the translation file lacks where English has it, and the course loads', async () => {
    const file = `title: Een module
objectives:
  listen:
    text: Goed luisteren.
activities:
  intro:
    title: Intro
  word:
    title: Eén woord
    items:
      listen:
        prompt: Wat doet een goede mentor eerst?
        accept: [luisteren]
        feedback:
          correct: Ja, {{name}}.
          incorrect: Nee.
`;
    const root = await writeBilingualCourse({ 'modules/m/i18n/nl.yaml': file });
    const result = await importXliff(root, inModule(await exportText(root), 'summary', 'Voor tests: nieuw.'), 'nl.xlf');
    expect(result).toMatchObject({ ok: true, changed: 1 });
    expect(await readFile(join(root, 'modules/m/i18n/nl.yaml'), 'utf8')).toBe(file.replace('title: Een module\n', 'title: Een module\nsummary: "Voor tests: nieuw."\n'));
    const loaded = await loadCourse(root);
    expect(loaded.ok && loaded.course.data.nl!.modules[0]!.summary).toBe('Voor tests: nieuw.');
  });

  it('writes a new list of accepted answers as a list', async () => {
    const root = await writeBilingualCourse();
    const result = await importXliff(root, inModule(await exportText(root), 'activities.word.items.listen.accept', 'luisteren\n  luister goed \n'), 'nl.xlf');
    expect(result).toMatchObject({ ok: true, changed: 1 });
    expect(await readFile(join(root, 'modules/m/i18n/nl.yaml'), 'utf8')).toContain('accept: [luisteren, luister goed]');
  });

  it('warns when the English changed since the export, and imports', async () => {
    const root = await writeBilingualCourse();
    const xml = inModule((await exportText(root)).replace('<source>For tests.</source>', '<source>For the tests.</source>'), 'summary', 'Voor de tests.');
    const result = await importXliff(root, xml, 'nl.xlf');
    expect(result).toMatchObject({ ok: true, changed: 1 });
    expect(result.problems.map((p) => p.name)).toEqual(['XliffSourceChanged']);
  });
});
