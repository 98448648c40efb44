import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planNewCourse } from './new-course.ts';
import { planNewLanguage } from './new-language.ts';
import { TODO_MARKER } from './translation-prefill.ts';
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

  it('covers a whole course: every module, page, printable template and cast alt, and says the player has no words in a new language', async () => {
    const root = await copyOf(REAL);
    const { plan, notes } = await planNewLanguage(root, 'de');
    await plan.commit();
    expect(plan.changed.sort()).toEqual(['cast.yaml', 'course.yaml']);
    expect(plan.created).toEqual(expect.arrayContaining(['i18n/de.yaml', 'templates/training-plan.de.md', 'modules/feedback/i18n/de.yaml']));
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
