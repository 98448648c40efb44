/**
 * `npm run screenshots`: builds the web package of the real course, serves it on 127.0.0.1 and
 * photographs every distinct screen (screens.ts) in each language, light and dark, at a phone's
 * 360 × 740 and a desktop's 1280 × 800, in Debian's Chromium. Each screen is reached the way a
 * mentor reaches it: progress seeded through the player's own storage (seed-progress.ts), then
 * what the learner does on it. Beside every screen it runs the page checks (page-checks.ts):
 * axe per theme and sideways scrolling per width.
 *
 * Writes `screenshots/<locale>/<theme>/<width>/<screen>.png` (gitignored), `screenshots/index.html`
 * (the contact sheet) and `screenshots/report.json`; prints the screens, what was found and how
 * long it took. Exits 1 when a screen was not reached, an axe rule failed or a page scrolled
 * sideways, so it can guard a change too.
 *
 *   npm run screenshots
 *   npm run screenshots -- --locale en --theme dark --width 360 --screen quiz,final
 *   npm run screenshots -- --no-axe          (photographs only: about half the time)
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/chromium-path.mjs';
import { buildAndServe } from '../../tests/e2e/support/built-course.ts';
import { contactSheet, type ScreenReport, type ShotResult } from './contact-sheet.ts';
import { auditPage, horizontalOverflow } from './page-checks.ts';
import { player, screens, type Screen, type ScreenSession } from './screens.ts';
import { SeededProgress } from './seed-progress.ts';

const OUT = 'screenshots';
const LOCALES = ['en', 'nl', 'nb'] as const;
const THEMES = ['light', 'dark'] as const;
const SIZES: Record<string, { width: number; height: number }> = { '360': { width: 360, height: 740 }, '1280': { width: 1280, height: 800 } };
const READY_TIMEOUT = 20_000;

const { values } = parseArgs({
  options: {
    locale: { type: 'string', default: LOCALES.join(',') },
    theme: { type: 'string', default: THEMES.join(',') },
    width: { type: 'string', default: Object.keys(SIZES).join(',') },
    screen: { type: 'string', default: '' },
    course: { type: 'string', default: 'course/content' },
    'no-axe': { type: 'boolean', default: false },
  },
});
const locales = pick(values.locale, LOCALES);
const themes = pick(values.theme, THEMES);
const widths = pick(values.width, Object.keys(SIZES)).map(Number);
const filters = (values.screen ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const chosen = (s: Screen) => filters.length === 0 || filters.some((f) => s.name.includes(f));

const started = Date.now();
const loaded = await loadCourse(values.course);
if (!loaded.ok) throw new Error(`${values.course} does not load: run npm run build to see why`);
const served = await buildAndServe(values.course);
console.log(`Built and serving the web package at ${served.server.url} (${seconds(started)})`);
if (filters.length === 0) await rm(OUT, { recursive: true, force: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const shots: ShotResult[] = [];
const reports: ScreenReport[] = [];
try {
  for (const locale of locales) {
    const course = loaded.course.data[locale];
    if (!course) throw new Error(`The course has no ${locale} text`);
    for (const screen of screens(locale).filter(chosen)) {
      const t = Date.now();
      const report = await shoot(browser, served.server.url, course, locale, screen);
      reports.push(report);
      const flags = [report.reached ? '' : 'NOT REACHED', ...report.problems].filter(Boolean);
      console.log(`${locale} ${screen.name.padEnd(34)} ${seconds(t).padStart(7)}${flags.length ? `  ${flags.join('; ')}` : ''}`);
    }
  }
} finally {
  await browser.close();
  await served.server.close();
}

const failing = reports.filter((r) => !r.reached || r.problems.length > 0);
const names = [...new Set(reports.map((r) => r.screen))];
const summary = [
  `${names.length} screens × ${locales.length} languages × ${themes.length} themes × ${widths.length} widths = ${shots.length} screenshots in ${seconds(started)}`,
  `${failing.length} screen-language pairs with findings; axe ${values['no-axe'] ? 'skipped' : `WCAG 2.1 A/AA + best practices, ${themes.join(' and ')}`}.`,
  '',
  'Screens:',
  ...names.map((n) => `  ${n}: ${reports.find((r) => r.screen === n)!.title}`),
].join('\n');
await mkdir(OUT, { recursive: true });
await writeFile(path.join(OUT, 'index.html'), contactSheet(shots, reports, summary));
await writeFile(path.join(OUT, 'report.json'), JSON.stringify({ summary, reports, shots }, null, 2));
console.log(`\n${summary}\n\nContact sheet: ${OUT}/index.html`);
if (failing.length > 0) {
  console.error(`\n${failing.length} screen-language pairs need a look:`);
  for (const r of failing) console.error(`  ${r.locale} ${r.screen}: ${[r.reached ? '' : 'not reached', ...r.problems].filter(Boolean).join('; ')}`);
  process.exitCode = 1;
}

/** Reaches one screen in a fresh browser context, then photographs and checks it in every theme and width. */
async function shoot(b: Browser, url: string, course: CourseData, locale: Locale, screen: Screen): Promise<ScreenReport> {
  const seeded = new SeededProgress(course);
  screen.seed?.(seeded);
  const storage = { ...seeded.storage(), [`workmentor:${course.id}:locale`]: locale };
  const first = SIZES[String(widths[0])]!;
  const context = await b.newContext({ viewport: first, reducedMotion: 'reduce', colorScheme: themes[0], locale });
  const problems: string[] = [];
  let reached = false;
  try {
    // Seeded once per context, before the player's script runs: a second tab or a reload finds what the first page saved.
    await context.addInitScript((entries) => {
      try {
        if (location.protocol !== 'http:' || localStorage.getItem('wm-screenshot-seeded')) return;
        localStorage.setItem('wm-screenshot-seeded', '1');
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      } catch {
        // A page without storage (about:blank) has nothing to seed.
      }
    }, storage);
    const page = await context.newPage();
    watchErrors(page, problems);
    await screen.before?.(page);
    const open = async (p: Page, hash = screen.hash) => {
      await p.goto(url + (hash ?? ''));
      await ready(p);
      return p;
    };
    await open(page);
    const session: ScreenSession = {
      page,
      context,
      player: player(page, locale),
      course,
      locale,
      url,
      openTab: async (hash) => {
        const tab = await context.newPage();
        watchErrors(tab, problems);
        return open(tab, hash);
      },
    };
    let target: Page = page;
    try {
      target = (await screen.act?.(session)) ?? page;
      await ready(target);
      reached = screen.reached ? await screen.reached(session, target) : (await target.evaluate(() => location.hash)) === (screen.hash ?? '');
    } catch (error) {
      problems.push(`could not play the screen: ${String(error).split('\n')[0]}`);
    }
    for (const width of widths) {
      await target.setViewportSize(SIZES[String(width)]!);
      for (const theme of themes) {
        await target.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await settle(target);
        const file = path.join(locale, theme, String(width), `${screen.name}.png`);
        await mkdir(path.join(OUT, path.dirname(file)), { recursive: true });
        await target.screenshot({ path: path.join(OUT, file), fullPage: true });
        const overflow = await horizontalOverflow(target);
        if (overflow > 0) problems.push(`${theme} ${width}: the page scrolls sideways by ${overflow}px`);
        shots.push({ screen: screen.name, title: screen.title, locale, theme, width, file: file.split(path.sep).join('/'), overflow });
        if (!values['no-axe']) {
          for (const v of await auditPage(target)) problems.push(`axe ${theme} ${width}: ${v.rule} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ` and ${v.targets.length - 3} more` : ''}`);
        }
      }
    }
  } finally {
    await context.close();
  }
  return { screen: screen.name, title: screen.title, locale, reached, problems: [...new Set(problems)] };
}

/** The shell has started and shows no loading state, its chunks have arrived, and web fonts are in. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('wm-course')?.shadowRoot;
      return !!root && !root.querySelector('.loading') && root.querySelector('[aria-busy="true"]') === null && root.childElementCount > 0;
    },
    undefined,
    { timeout: READY_TIMEOUT },
  );
  await page.waitForLoadState('networkidle');
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  // A full-page shot does not scroll, so lazy pictures below the first screen (the module cards'
  // art) would show as empty boxes: load them as a learner scrolling down would see them.
  await page.evaluate(loadLazyPictures());
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Plain JavaScript in a string, like page-checks.ts's audit (tsx's `__name` helper is not in the
 * page); a function, hoisted, as the screens run from the top of this file.
 */
function loadLazyPictures(): string {
  return `(async () => {
  const images = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el instanceof HTMLImageElement && el.loading === 'lazy') images.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  for (const img of images) img.loading = 'eager';
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
})()`;
}

function watchErrors(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    // The load-failure screen logs its blocked chunk on purpose; everything else is a finding.
    if (message.type() === 'error' && !/could not load the|net::ERR_FAILED|Failed to fetch dynamically/.test(message.text())) problems.push(`console error: ${message.text().split('\n')[0]}`);
  });
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  const list = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((v) => !allowed.includes(v as T));
  if (unknown.length > 0 || list.length === 0) throw new Error(`Choose from ${allowed.join(', ')} (got "${value}")`);
  return list as T[];
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

