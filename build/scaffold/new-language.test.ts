import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planNewCourse } from './new-course.ts';
import { planNewLanguage } from './new-language.ts';
import { compileMarkdown } from '../load/markdown.ts';
import { courseUnits } from '../xliff/course-units.ts';
import { translationStatus } from '../xliff/translation-status.ts';
import { PAGE_TODO_MARKER, TODO_MARKER } from './translation-prefill.ts';
import { copyOf, expectLoads, expectSchemaBound, REAL, removeTempDirs, tempDir } from './test-support/scaffold-checks.ts';

afterAll(removeTempDirs);

describe('workmentor new language', () => {
  it('adds the locale and pre-fills every translation file with the English, marked, so the course loads', async () => {
    const root = join(await tempDir('lang'), 'one-language');
    await (await planNewCourse(root)).commit();
    const { plan, notes } = await planNewLanguage(root, 'nl');
    await plan.commit();
    expect(plan.created.sort()).toEqual(['i18n/nl.yaml', 'modules/getting-started/i18n/nl.yaml', 'modules/getting-started/pages/introduction.nl.md']);
    expect((parse(await readFile(join(root, 'course.yaml'), 'utf8')) as { locales: string[] }).locales).toEqual(['en', 'nl']);
    const module = await readFile(join(root, 'modules/getting-started/i18n/nl.yaml'), 'utf8');
    expect(module).toContain(`title: Getting started ${TODO_MARKER} (at most 80 characters)`);
    expect(notes.join('\n')).toContain('modules/getting-started/pages/introduction.nl.md');
    await expectLoads(root);
    await expectSchemaBound(plan);
  });

  it('marks each copied page, so XLIFF offers it as work to do until the line goes, and learners never see the mark', async () => {
    const root = join(await tempDir('lang'), 'marked-pages');
    await (await planNewCourse(root)).commit();
    await (await planNewLanguage(root, 'nl')).plan.commit();
    const pageFile = join(root, 'modules/getting-started/pages/introduction.nl.md');
    const copy = await readFile(pageFile, 'utf8');
    expect(copy.startsWith(`${PAGE_TODO_MARKER}\n\n`)).toBe(true);
    expect(copy.slice(PAGE_TODO_MARKER.length + 2)).toBe(await readFile(join(root, 'modules/getting-started/pages/introduction.md'), 'utf8'));
    // The build takes the comment without a word (no PageContentRemoved), and drops it.
    expect(await expectLoads(root)).not.toContain('PageContentRemoved');
    const compiled = compileMarkdown(copy, { moduleId: 'getting-started' });
    expect(compiled.removed).toEqual([]);
    expect(compiled.html).not.toContain('TODO');

    const missing = async () => (await translationStatus(root))[0]!.files.find((f) => f.file === 'module.getting-started')!.missingIds;
    const pageUnit = async () => (await courseUnits(root, 'nl')).files.flatMap((f) => f.units).find((u) => u.id === 'pages.introduction')!;
    expect(await missing()).toContain('pages.introduction');
    expect((await pageUnit()).target).toBeUndefined();
    // The translator's work done and the line deleted: the page counts, and goes out as its target.
    await writeFile(pageFile, copy.replace(`${PAGE_TODO_MARKER}\n\n`, '').replace('What this module is about', 'Waar deze module over gaat'));
    expect(await missing()).not.toContain('pages.introduction');
    expect((await pageUnit()).target).toContain('Waar deze module over gaat');
  });

  it('covers a whole course: every module, page, printable template and cast alt, and says the player has no words in a new language', async () => {
    const root = await copyOf(REAL);
    const { plan, notes } = await planNewLanguage(root, 'de');
    await plan.commit();
    expect(plan.changed.sort()).toEqual(['cast.yaml', 'course.yaml']);
    expect(plan.created).toEqual(expect.arrayContaining(['i18n/de.yaml', 'templates/training-plan.de.md', 'modules/feedback/i18n/de.yaml']));
    // A template's first line stays its title heading; the mark goes under it.
    const template = (await readFile(join(root, 'templates/training-plan.de.md'), 'utf8')).split('\n');
    expect(template[0]).toBe((await readFile(join(root, 'templates/training-plan.md'), 'utf8')).split('\n')[0]);
    expect(template[2]).toBe(PAGE_TODO_MARKER);
    expect(notes.at(-1)).toContain('there is no locales/de/');
    await expectLoads(root);
    await expectSchemaBound(plan);
  }, 60_000);

  it('refuses a tag that is not a language tag and a locale the course has, writing nothing', async () => {
    const root = join(await tempDir('lang'), 'refusals');
    await (await planNewCourse(root)).commit();
    const before = await readFile(join(root, 'course.yaml'), 'utf8');
    await expect(planNewLanguage(root, 'en')).rejects.toThrow('already has "en"');
    await expect(planNewLanguage(root, 'Dutch')).rejects.toThrow('"Dutch" cannot be a course locale');
    expect(await readFile(join(root, 'course.yaml'), 'utf8')).toBe(before);
  });
});
