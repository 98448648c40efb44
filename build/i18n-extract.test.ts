import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { translationWorksheet } from './i18n-extract.ts';
import { loadCourse } from './load/load-course.ts';
import { removeTempCourses, TINY_COURSE, tinyModule, writeCourse } from './load/test-support/tiny-course.ts';

afterAll(removeTempCourses);

const FIXTURE = join(import.meta.dirname, '../tests/fixtures/course');
const bilingual = {
  'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [en, nl]'),
  'modules/m/module.yaml': tinyModule(`  - id: word
    type: quiz
    title: One word
    passMark: 100
    items:
      - id: listen
        kind: fill-in
        prompt: What does a good mentor do first?
        accept: [listen]
        feedback:
          correct: Yes.
          incorrect: No.
`),
};

describe('i18n-extract: the translator\'s worksheet', () => {
  it('says so when everything is translated', async () => {
    expect(await translationWorksheet(FIXTURE, 'nl')).toBe('# Translation worksheet for "nl". Keys: see build/load/translatable.ts.\n# Every text is translated.\n');
  });

  it('lists each missing key with its English text above an empty value, and missing pages on top', async () => {
    const root = await writeCourse({ ...bilingual, 'i18n/nl.yaml': 'title: Klein\ndescription: Voor tests.\n' });
    expect(await translationWorksheet(root, 'nl')).toBe(`# Translation worksheet for "nl". Keys: see build/load/translatable.ts.
# Pages to translate (copy the English file and translate it):
#   modules/m/pages/intro.md  →  modules/m/pages/intro.nl.md
---
# i18n/nl.yaml: add these keys to the file (it already has 2 of 3).
competences:
  listening:
    # Listening
    # (at most 80 characters)
    title:
---
# modules/m/i18n/nl.yaml: save this as the file.
# A module
# (at most 80 characters)
title:
# For tests.
summary:
objectives:
  listen:
    # Listen well.
    text:
activities:
  intro:
    # Intro
    # (at most 80 characters)
    title:
  word:
    # One word
    # (at most 80 characters)
    title:
    items:
      listen:
        # What does a good mentor do first?
        prompt:
        feedback:
          # Yes.
          correct:
          # No.
          incorrect:
        # - listen
        accept: []
`);
  });

  it('marks a locale the course does not ship yet', async () => {
    expect((await translationWorksheet(FIXTURE, 'de')).split('\n')[1]).toBe('# Note: "de" is not yet in `locales` in course.yaml; add it there too.');
  });

  it('produces files that load cleanly once every value is filled in', async () => {
    const root = await writeCourse(bilingual);
    const sheet = await translationWorksheet(root, 'nl');
    for (const chunk of sheet.split('\n---\n').slice(1)) {
      const file = /^# ([^:\s]+\.yaml):/.exec(chunk)?.[1];
      const doc = parseDocument(chunk);
      const fill = (value: unknown): unknown =>
        value === null ? 'vertaald' : Array.isArray(value) ? ['vertaald'] : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fill(v)]));
      await mkdir(dirname(join(root, file!)), { recursive: true });
      await writeFile(join(root, file!), stringify(fill(doc.toJS())));
    }
    await writeFile(join(root, 'modules/m/pages/intro.nl.md'), '# Intro\n\nHallo.\n');
    const result = await loadCourse(root);
    expect(result.ok ? [] : result.errors.map((e) => e.name)).toEqual([]);
  });

  it('includes a module folder course.yaml does not list yet, and says so', async () => {
    const root = await writeCourse({ ...bilingual, 'modules/extra/module.yaml': tinyModule('').replace(/^id: m$/m, 'id: extra') });
    const sheet = await translationWorksheet(root, 'nl');
    expect(sheet).toContain('# Note: module "extra" is not in `modules` in course.yaml yet; its texts are included so it can be translated first.');
    expect(sheet).toContain('# modules/extra/i18n/nl.yaml: save this as the file.');
  });

  it('pre-fills a new language with the English, marked, so it loads at once and shows what to translate', async () => {
    const root = await writeCourse(bilingual);
    const sheet = await translationWorksheet(root, 'nl', { prefill: true });
    expect(sheet).toContain('# TODO translate');
    for (const chunk of sheet.split('\n---\n').slice(1)) {
      const file = /^# ([^:\s]+\.yaml):/.exec(chunk)?.[1];
      await mkdir(dirname(join(root, file!)), { recursive: true });
      await writeFile(join(root, file!), chunk);
    }
    await writeFile(join(root, 'modules/m/pages/intro.nl.md'), '# Intro\n\nHallo.\n');
    const result = await loadCourse(root);
    expect(result.ok ? [] : result.errors.map((e) => `${e.name} ${e.file}: ${e.what}`)).toEqual([]);
  });
});
