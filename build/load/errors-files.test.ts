/** Loader errors about files, folders and YAML syntax, pinned by name, position and wording. */
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { loadCourse } from './load-course.ts';
import { pins, problemsOf, removeTempCourses, TINY_COURSE, tinyModule, writeCourse } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

describe('loader: files and syntax', () => {
  it('loads the tiny base course without problems', async () => {
    expect(await problemsOf()).toEqual([]);
  });

  it('YamlSyntax: points at the bad spot and says how to fix it', async () => {
    const problems = await problemsOf({ 'modules/m/module.yaml': tinyModule().replace('title: A module', 'title: Tip: ask first') });
    expect(pins(problems)).toEqual(['YamlSyntax modules/m/module.yaml:2:8']);
    expect(formatErrors(problems, { color: false })).toBe(
      [
        'error YamlSyntax  modules/m/module.yaml:2:8',
        '  Nested mappings are not allowed in compact mappings.',
        '  why: a file that cannot be read is skipped entirely, so nothing written in it reaches the course.',
        '  fix: put the value in quotes: text that contains ": " must be quoted, e.g. title: "Tip: ask first".',
        '   1 | id: m',
        ' > 2 | title: Tip: ask first',
        '     |        ^',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('YamlSyntax: reports tabs and duplicate keys in the same file', async () => {
    const problems = await problemsOf({ 'course.yaml': `${TINY_COURSE}title: Again\n\t\n` });
    expect(problems.map((p) => p.name)).toContain('YamlSyntax');
    expect(problems.find((p) => p.fix.startsWith('keep one of the two keys'))?.line).toBe(15);
  });

  it('NotAMap: an empty module.yaml or a translation file that is a list', async () => {
    const problems = await problemsOf({
      'modules/m/module.yaml': '',
      'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [en, nl]'),
      'i18n/nl.yaml': '- Klein\n- Voor tests.\n',
    });
    expect(pins(problems)).toEqual(['NotAMap i18n/nl.yaml:1:1', 'NotAMap modules/m/module.yaml:1:1']);
    expect(problems.map((p) => p.what)).toEqual(['i18n/nl.yaml holds a list, not a map of fields.', 'modules/m/module.yaml is empty.']);
    expect(problems[1]!.fix).toBe('write it as `field: value` lines, starting with: id, title, summary, objectives, estimate, card and 2 more.');
  });

  it('CourseFileMissing: a folder without course.yaml', async () => {
    const root = await writeCourse({ 'course.yaml': null });
    const result = await loadCourse(root, { courseArg: 'my-course' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(pins(result.errors)).toEqual(['CourseFileMissing course.yaml']);
    expect(result.errors[0]!.what).toBe('There is no course.yaml in my-course.');
  });

  it('ModuleFolderMissing: a listed module without a folder, pointing at the list entry', async () => {
    const problems = await problemsOf({ 'course.yaml': TINY_COURSE.replace('  - m\n', '  - m\n  - later\n') });
    expect(pins(problems)).toEqual(['ModuleFolderMissing course.yaml:12:5']);
    expect(problems[0]!.what).toBe('Module "later" is listed in course.yaml, but modules/later/module.yaml does not exist.');
    expect(problems[0]!.fix).toBe('create modules/later/module.yaml, or remove the entry.');
  });

  it('ModuleFolderMissing: suggests folders that are not listed', async () => {
    const problems = await problemsOf({
      'course.yaml': TINY_COURSE.replace('  - m\n', '  - m\n  - extra\n'),
      'modules/extras/module.yaml': tinyModule().replace('id: m', 'id: extras'),
      'modules/extras/pages/intro.md': 'Hi\n',
    });
    expect(pins(problems)).toEqual(['ModuleFolderMissing course.yaml:12:5', 'ModuleNotListed modules/extras/module.yaml']);
    expect(problems[0]!.fix).toBe('create modules/extra/module.yaml, or change the entry to one of the module folders: extras.');
  });

  it('ModuleNotListed: a module folder course.yaml does not list is a warning, not an error', async () => {
    const root = await writeCourse({ 'modules/draft/module.yaml': 'id: draft\n' });
    const result = await loadCourse(root);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(pins(result.course.warnings)).toEqual(['ModuleNotListed modules/draft/module.yaml']);
    expect(result.course.warnings[0]).toMatchObject({
      severity: 'warning',
      what: 'The folder modules/draft/ is not listed under `modules` in course.yaml, so it is left out.',
    });
  });

  it('ModuleIdMismatch: the id in module.yaml differs from its folder', async () => {
    const problems = await problemsOf({ 'modules/m/module.yaml': tinyModule().replace('id: m', 'id: mod') });
    expect(pins(problems)).toEqual(['ModuleIdMismatch modules/m/module.yaml:1:5']);
    expect(problems[0]!.fix).toBe('make them the same: set `id: m`, or rename the folder to modules/mod/ and update course.yaml.');
  });

  it('SourceLocaleNotListed: the source locale must ship', async () => {
    const problems = await problemsOf({ 'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [nl]'), 'i18n/nl.yaml': 'title: Klein\ndescription: Voor tests.\ncompetences:\n  listening:\n    title: Luisteren\n' });
    expect(pins(problems)).toContain('SourceLocaleNotListed course.yaml:5:10');
    expect(problems.find((p) => p.name === 'SourceLocaleNotListed')!.what).toBe('`sourceLocale` is "en", but `locales` lists only: nl.');
  });

  it('FileUnused: media no page shows, stray pages and a source-locale translation file (warnings)', async () => {
    const problems = await problemsOf({
      'modules/m/media/unused.svg': '<svg/>',
      'modules/m/pages/old-intro.md': 'Old.\n',
      'modules/m/pages/intro.en.md': 'Hello.\n',
      'modules/m/i18n/en.yaml': 'title: A module\n',
    });
    expect(pins(problems)).toEqual([
      'FileUnused modules/m/i18n/en.yaml',
      'FileUnused modules/m/media/unused.svg',
      'FileUnused modules/m/pages/intro.en.md',
      'FileUnused modules/m/pages/old-intro.md',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems[1]!.what).toBe('This file is not used: no page of this module shows it.');
    expect(problems[3]!.fix).toBe('add `- id: old-intro` with `type: page` to `activities`, rename the file to match a page id, or delete it.');
  });
});
