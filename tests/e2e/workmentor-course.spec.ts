/**
 * The WORKMENTOR course itself, as a trainer ships it to Moodle: the SCORM 1.2 package of
 * `course/content`, all nine modules taken by keyboard in the language the LMS asks for, the
 * final assessment passed and the certificate issued; the LMS then holds `passed` with a raw
 * score of 100, and the saved state fits SCORM 1.2's 4096 characters.
 */
import { expect, test } from '@playwright/test';
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { BuiltPackage } from '../../build/context.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { buildPackage } from './support/built-course.ts';
import { readLms, scoFrame, startLmsSimulator, type LmsSimulator } from './support/lms-simulator.ts';
import { serveFiles } from '../../build/serve.ts';
import { activityHeading, enterCourse, certificateCode, player, playModule, signCertificate, ui } from './support/play-fixture.ts';

const COURSE = 'course/content';
let pkg: BuiltPackage;
let web: BuiltPackage | undefined;
let courses: Partial<Record<Locale, CourseData>>;
let lms: LmsSimulator | undefined;

test.beforeAll(async () => {
  pkg = await buildPackage(COURSE, 'scorm12');
  const loaded = await loadCourse(COURSE);
  if (!loaded.ok) throw new Error('course/content does not load');
  courses = loaded.course.data;
});

test.afterEach(async () => {
  await lms?.close();
  lms = undefined;
});

/**
 * The whole course takes about 2.6 minutes per language on our 2-core machines, so CI plays it
 * in English and the other languages on request (`WM_E2E_ALL_LOCALES=1 npx playwright test
 * workmentor-course`); the fixture module is played by keyboard in all three on every run.
 */
const EVERY_LOCALE = process.env.WM_E2E_ALL_LOCALES === '1';

for (const locale of ['en', 'nl', 'nb'] as const) {
  test(`a mentor takes the whole WORKMENTOR course on SCORM 1.2 in ${locale} and the LMS records it passed`, async ({ page }) => {
    // Only en by default, to keep `npm test` within CI's budget: nl and nb share every code path
    // with en (only the text differs, checked by the content tests and the Moodle suite's
    // student-nl and student-nb); a translator sets WM_E2E_ALL_LOCALES=1 to play them whole.
    test.skip(locale !== 'en' && !EVERY_LOCALE, 'about 2.6 min per language: set WM_E2E_ALL_LOCALES=1 to play nl and nb too');
    test.setTimeout(300_000);
    const course = courses[locale]!;
    const setup = { version: '1.2' as const, learner: { id: `mentor-${locale}`, name: 'Peeters, Lotte' }, language: locale };
    lms = await startLmsSimulator(pkg.files, setup);
    await page.goto(lms.urlFor(setup));
    const sco = await scoFrame(page);
    const p = player(page, locale, sco);
    await enterCourse(p);
    await expect(activityHeading(p)).toHaveText(course.modules[0]!.activities[0]!.title);

    for (const module of course.modules) await playModule(p, module);

    expect(await certificateCode(p)).toMatch(/^WM-/);
    await expect(sco.locator('wm-certificate')).toContainText('Lotte Peeters');
    const { cmi } = await readLms(page);
    expect(cmi.core.lesson_status).toBe('passed');
    expect(cmi.core.score.raw).toBe('100');
    expect(String(cmi.suspend_data).length).toBeLessThanOrEqual(4096);
  });
}

test('the whole WORKMENTOR course can be taken in the web build too (on request, per language)', async ({ page }) => {
  const locale = (process.env.WM_E2E_WEB_LOCALE ?? '') as Locale | '';
  // On request only: the SCORM run above already plays the whole course through the same
  // player; the web build differs in its tracker (device-only), which web-keyboard.spec.ts covers.
  test.skip(!locale, 'about 2.5 min: set WM_E2E_WEB_LOCALE=en|nl|nb to play the web build');
  test.setTimeout(300_000);
  const course = courses[locale as Locale]!;
  web ??= await buildPackage(COURSE, 'web');
  const server = await serveFiles(web.files);
  try {
    await page.addInitScript((l) => localStorage.setItem('workmentor:workmentor:locale', l), locale);
    await page.goto(server.url);
    const p = player(page, locale as Locale);
    await enterCourse(p);
    await expect(activityHeading(p)).toHaveText(course.modules[0]!.activities[0]!.title);
    for (const module of course.modules) await playModule(p, module);
    expect(await signCertificate(p, 'Lotte Peeters')).toMatch(/^WM-/);
    await expect(page.locator('wm-course #progress-text')).toHaveText(ui(locale as Locale, 'course.progress').replace('{{percent}}', '100'));
  } finally {
    await server.close();
  }
});
