/**
 * Drafts and narrowed locales (issue 14, item 2): a module or a language still being translated
 * can be built and previewed. `--locale` checks and builds only the languages asked for; a draft
 * shows a missing translation in the source language, marked, and lists it as a warning, where
 * a release build stops at it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageFileName } from '../steps/package-targets.ts';
import { resolveConfig } from '../config.ts';
import { loadCourse } from './load-course.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wm-draft-'));
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Removes the Dutch module title and the Norwegian page, as a translation in progress would lack them. */
async function untranslate() {
  const nl = path.join(dir, 'modules/first-weeks/i18n/nl.yaml');
  await writeFile(nl, (await readFile(nl, 'utf8')).replace(/^title: .*\n/m, ''));
  await rm(path.join(dir, 'modules/first-weeks/pages/welcome.nb.md'));
}

const names = (problems: { name: string; file: string }[]) => problems.map((p) => `${p.name} ${p.file}`);

describe('drafts', () => {
  it('stops a release load at a missing translation', async () => {
    await untranslate();
    const result = await loadCourse(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(names(result.errors)).toEqual(['TranslationKeyMissing modules/first-weeks/i18n/nl.yaml', 'TranslatedPageMissing modules/first-weeks/pages/welcome.nb.md']);
  });

  it('shows the source text, marked, and lists each file with gaps as a warning', async () => {
    await untranslate();
    const result = await loadCourse(dir, { draft: true });
    if (!result.ok) throw new Error(result.errors.map((e) => e.what).join('\n'));
    expect(names(result.course.warnings.filter((w) => w.name === 'DraftTranslationMissing'))).toEqual(['DraftTranslationMissing modules/first-weeks/i18n/nl.yaml', 'DraftTranslationMissing modules/first-weeks/pages/welcome.nb.md']);
    expect(result.course.data.nl!.modules[0]!.title).toBe('[nl?] The first weeks');
    const page = result.course.data.nb!.modules[0]!.activities.find((a) => a.id === 'welcome') as { html: string };
    expect(page.html).toMatch(/^<p><strong>\[nb\?\]<\/strong> This page is not translated yet/);
    expect(page.html).toContain('Your first weeks as a mentor');
    expect(result.course.data.nb!.modules[0]!.title).not.toMatch(/\?\]/);
  });

  it('names draft packages so one is never taken for a release', () => {
    const ctx = { config: resolveConfig({ draft: true }), course: { source: { id: 'course', version: '1.0.0' } } } as Parameters<typeof packageFileName>[0];
    expect(packageFileName(ctx, 'scorm12', { course: {} } as never)).toBe('course-1.0.0-scorm12-draft.zip');
  });
});

describe('--locale', () => {
  it('checks and builds only the languages asked for (and the source), without the others', async () => {
    await rm(path.join(dir, 'modules/first-weeks/i18n/nb.yaml'));
    expect((await loadCourse(dir)).ok).toBe(false);
    const result = await loadCourse(dir, { locales: ['nl'] });
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.name} ${e.file}: ${e.what}`).join('\n'));
    expect(result.course.source.locales).toEqual(['en', 'nl']);
    expect(Object.keys(result.course.data)).toEqual(['en', 'nl']);
    expect(result.course.warnings.map((w) => w.name)).not.toContain('LocaleNotInCourse');
  });
});
