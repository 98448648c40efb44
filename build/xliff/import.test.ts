import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCourse } from '../load/load-course.ts';
import { courseUnits } from './course-units.ts';
import { importXliff } from './import-xliff.ts';
import { writeXliff, type XliffVersion } from './xliff-document.ts';
import { copyRealCourse, removeCopies, snapshot } from './test-support/course-copy.ts';
import { withTarget } from './test-support/edit-xliff.ts';
import { modelineInCourse, modelineOf } from '../schemas/modeline.ts';

afterAll(removeCopies);

const exportText = async (root: string, locale: string, version: XliffVersion = '2.0'): Promise<string> => writeXliff(await courseUnits(root, locale), version);

/** Lines of `after` that differ from `before`, for "only this line changed". */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  return after.split('\n').filter((line, i) => line !== a[i]);
}

describe('xliff import into a copy of the real course', () => {
  let root: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    root = await copyRealCourse();
    before = await snapshot(root);
  });

  it('changes nothing on disk when the Dutch export comes back unchanged', async () => {
    const xml = await exportText(root, 'nl');
    const result = await importXliff(root, xml, 'nl.xlf');
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, locale: 'nl', changed: 0, written: [] });
    expect(result.unchanged).toBe(result.imported);
    expect(result.imported).toBe((await courseUnits(root, 'nl')).files.flatMap((f) => f.units).length);
    expect(await snapshot(root)).toEqual(before);
  });

  it('changes nothing on disk when a Norwegian XLIFF 1.2 export comes back unchanged', async () => {
    const xml = await exportText(root, 'nb', '1.2');
    expect(xml).toContain('version="1.2"');
    expect(xml).toMatch(/<trans-unit id="activities.quiet-week.title" maxwidth="80" size-unit="char">\s*<source>A quiet week at the station shop<\/source>\s*<target state="translated">/);
    const result = await importXliff(root, xml, 'nb.xlf');
    expect(result).toMatchObject({ ok: true, locale: 'nb', changed: 0, written: [] });
    expect(await snapshot(root)).toEqual(before);
  });

  it('writes an edited dialogue line into its key, changing only that line of the YAML file', async () => {
    const file = 'modules/communicating/i18n/nl.yaml';
    const original = await readFile(join(root, file), 'utf8');
    const xml = withTarget(await exportText(root, 'nl'), 'module.communicating', 'activities.quiet-week.nodes.start.lines.0', '(zet broodjes weg) Zal ik de eibroodjes vooraan leggen?');
    const result = await importXliff(root, xml, 'nl.xlf');
    expect(result).toMatchObject({ ok: true, changed: 1, written: [file] });
    const edited = await readFile(join(root, file), 'utf8');
    expect(changedLines(original, edited)).toEqual(['          - (zet broodjes weg) Zal ik de eibroodjes vooraan leggen?']);
    const data = parse(edited) as { activities: Record<string, { nodes: Record<string, { lines: string[] }> }> };
    expect(data.activities['quiet-week']!.nodes.start!.lines[0]).toBe('(zet broodjes weg) Zal ik de eibroodjes vooraan leggen?');
  });

  it('writes an edited folded paragraph, keeping the rest of the file byte for byte', async () => {
    const file = 'modules/communicating/i18n/nl.yaml';
    const original = await readFile(join(root, file), 'utf8');
    const xml = withTarget(await exportText(root, 'nl'), 'module.communicating', 'activities.quiet-week.scene', 'Een drukke stationswinkel op dinsdag. Jij bent Eva, haar mentor.');
    await importXliff(root, xml, 'nl.xlf');
    const edited = await readFile(join(root, file), 'utf8');
    expect(edited.replace(/\n {4}scene: >-\n[^]*?\n {4}cast:/, '\n    cast:')).toBe(original.replace(/\n {4}scene: >-\n[^]*?\n {4}cast:/, '\n    cast:'));
    expect(edited).toContain('    scene: >-\n      Een drukke stationswinkel op dinsdag. Jij bent Eva, haar mentor.\n    cast:');
  });

  it('writes an edited page through XLIFF 1.2 as the whole Markdown file', async () => {
    const page = 'modules/communicating/pages/listening.nb.md';
    const markdown = `${(await readFile(join(root, page), 'utf8')).trim()}\n\nEn setning til.`;
    const xml = withTarget(await exportText(root, 'nb', '1.2'), 'module.communicating', 'pages.listening', markdown);
    const result = await importXliff(root, xml, 'nb.xlf');
    expect(result).toMatchObject({ ok: true, changed: 1, written: [page] });
    expect(await readFile(join(root, page), 'utf8')).toBe(`${markdown}\n`);
  });

  it('leaves a course that still loads, with the imported texts in the built Dutch and Norwegian course', async () => {
    const result = await loadCourse(root);
    expect(result.ok ? [] : result.errors.map((e) => `${e.name} ${e.file}:${e.line} ${e.what}`)).toEqual([]);
    if (!result.ok) return;
    const dialogue = result.course.data.nl!.modules.find((m) => m.id === 'communicating')!.activities.find((a) => a.id === 'quiet-week');
    expect(JSON.stringify(dialogue)).toContain('Zal ik de eibroodjes vooraan leggen?');
    const page = result.course.data.nb!.modules.find((m) => m.id === 'communicating')!.activities.find((a) => a.id === 'listening');
    expect(JSON.stringify(page)).toContain('En setning til.');
  });
});

describe('xliff import of a language a module has no file for yet', () => {
  it('creates the translation file with its editor schema named, and leaves no temp file behind', async () => {
    const root = await copyRealCourse();
    const file = 'modules/feedback/i18n/nl.yaml';
    await rm(join(root, file));
    const xml = withTarget(await exportText(root, 'nl'), 'module.feedback', 'title', 'Feedback geven en vragen');
    const result = await importXliff(root, xml, 'nl.xlf');
    expect(result).toMatchObject({ ok: true, written: [file] });
    const text = await readFile(join(root, file), 'utf8');
    expect(`# yaml-language-server: $schema=${modelineOf(text)}`).toBe(modelineInCourse(root, file));
    expect(modelineOf(text)).toMatch(/schemas\/module-translation\.schema\.json$/);
    expect(parse(text)).toEqual({ title: 'Feedback geven en vragen' });
    expect((await readdir(join(root, 'modules/feedback/i18n'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
