import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLaunchConfig } from '../components/src/app/read-launch-config.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium-path.mjs';
import { resolveConfig } from './config.ts';
import type { BuildContext } from './context.ts';
import { runBuild } from './pipeline.ts';
import * as guide from './test-support/language-guide-steps.ts';
import { checkUiText } from './ui-locales/check-ui-text.ts';

const COURSE = path.resolve(import.meta.dirname, '../course/content');
const LOCALES = path.resolve(import.meta.dirname, '../locales');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

// docs/content-guide.md, "Adding a language", followed step by step on a copy of the course,
// for German with the English text standing in for the translation. No code is changed: if
// this needs an edit anywhere but the course folder and a locale folder, the guide is wrong.
describe('adding a language by the content guide', () => {
  let temp: string;
  let course: string;
  let ctx: BuildContext;
  const log: string[] = [];

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'wm-add-language-'));
    course = path.join(temp, 'course');
    await cp(COURSE, course, { recursive: true });
    await guide.addToCourseYaml(course, 'de');
    await guide.translateWorksheet(course, 'de');
    await guide.translatePages(course, 'de');
    await guide.translateCastAlt(course, 'de');
    // Build the web package only, in English and German, as `npm run build -- --target web --locale en,de` does.
    ctx = await runBuild(resolveConfig({ course, outDir: path.join(temp, 'dist'), targets: ['web'], locales: ['en', 'de'] }), { log: (m) => log.push(m) });
  }, 180_000);
  afterAll(() => rm(temp, { recursive: true, force: true }));

  it('accepts the interface text copied from English for the new language (step 5)', async () => {
    const locales = path.join(temp, 'locales');
    await cp(path.join(LOCALES, 'en'), path.join(locales, 'en'), { recursive: true });
    await guide.copyInterfaceText(locales, 'de');
    expect(await checkUiText(locales, ['en', 'de'])).toEqual([]);
  });

  it("builds a package whose launch configuration has the new language, with the language's course text", () => {
    const files = ctx.packages[0]!.files;
    expect([...files.keys()]).toEqual(expect.arrayContaining(['content/de/toc.json', 'content/de/modules/feedback.json', 'templates/training-plan.de.html']));
    const html = files.get('index.html')!.toString();
    const config = readLaunchConfig({ getElementById: (id: string) => (id === 'wm-launch-config' ? { textContent: /<script[^>]*id="wm-launch-config"[^>]*>(.*?)<\/script>/s.exec(html)![1] } : null) } as unknown as Document);
    expect(config).toMatchObject({ sourceLocale: 'en', locales: ['en', 'de'] });
    // Until locales/de/ exists the interface is English, and the build says so rather than failing.
    expect(log.some((m) => m.startsWith('warning UiLocaleMissing') && m.includes('"de"'))).toBe(true);
  });

  it('opens in German for a German browser: the page is lang="de" and the picker offers Deutsch', async () => {
    const files = ctx.packages[0]!.files;
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
      const fetched: string[] = [];
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // The package served from memory, as an LMS or a web server serves its files; on localhost,
      // a secure context like an LMS's https page (the player needs crypto.randomUUID).
      await page.route('http://localhost:9/**', async (route) => {
        const file = new URL(route.request().url()).pathname.slice(1) || 'index.html';
        fetched.push(file);
        const body = files.get(file);
        await (body ? route.fulfill({ body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404 }));
      });
      await page.goto('http://localhost:9/index.html');
      await page.locator('wm-welcome h2').waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(fetched).toContain('content/de/toc.json');
      expect((await page.locator('wm-welcome select option[value="de"]').textContent())?.trim()).toBe('Deutsch');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
