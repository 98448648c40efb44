/**
 * The web package as a mentor meets it: built by the real pipeline, served on 127.0.0.1, the
 * fixture module taken start to finish with the keyboard only, in each language; then a reload
 * finds every activity still done and the learner back where they left off.
 */
import { expect, test } from '@playwright/test';
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { buildAndServe, type ServedPackage } from './support/built-course.ts';
import { activityHeading, enterCourse, player, playModule, signCertificate, ui } from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
let served: ServedPackage;
let courses: Partial<Record<Locale, CourseData>>;

test.beforeAll(async () => {
  served = await buildAndServe(FIXTURE);
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  courses = loaded.course.data;
});
test.afterAll(async () => served?.server.close());

for (const locale of ['en', 'nl', 'nb'] as const) {
  test(`a mentor takes the fixture module by keyboard only (${locale}) and finds it all after a reload`, async ({ page }) => {
    const course = courses[locale]!;
    const module = course.modules[0]!;
    await page.addInitScript((l) => localStorage.setItem('workmentor:workmentor-fixture:locale', l), locale);
    await page.goto(served.server.url);
    const p = player(page, locale);
    const heading = activityHeading(p);
    await enterCourse(p);
    await expect(heading).toHaveText(module.activities[0]!.title);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    await playModule(p, module);
    const codeText = await signCertificate(p, 'Åse Ødegård');
    await expect(page.locator('wm-course #progress-text')).toHaveText(ui(locale, 'course.progress').replace('{{percent}}', '100'));

    await page.reload();
    await expect(heading).toHaveText(module.activities.at(-1)!.title);
    await expect(page.locator('wm-course .notice').first()).toHaveText(ui(locale, 'course.welcomeBack'));
    await expect(page.locator('wm-course #progress-text')).toHaveText(ui(locale, 'course.progress').replace('{{percent}}', '100'));
    for (const activity of module.activities.slice(0, -1)) {
      await expect(page.locator('wm-course nav a', { hasText: activity.title })).toContainText(ui(locale, 'course.status.completed'));
    }
    await expect(page.locator('wm-certificate').getByText(codeText)).toBeVisible();
    await expect(page.locator('wm-certificate').getByText('Åse Ødegård').first()).toBeVisible();
  });
}
