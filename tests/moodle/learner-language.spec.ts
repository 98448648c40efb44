/**
 * The course speaks the learner's Moodle language, not the browser's: `student-nl` (Moodle `nl`)
 * gets Dutch and `student-nb` (Moodle `no`, its code for Norwegian bokmål) gets bokmål, in a
 * browser that asks for English (`locale: 'en-US'` in playwright.moodle.config.ts). Moodle sends
 * no learner language through SCORM; its player page around the package carries it in `<html lang>`.
 */
import { expect, test } from '@playwright/test';
import type { Locale } from '../../course/schema/ids.ts';
import { activityHeading, ui } from '../e2e/support/play-fixture.ts';
import { addScorm } from './support/add-scorm.ts';
import { SCORM_VERSIONS, VERSION_LABEL } from './support/cmi-elements.ts';
import { courseText } from './support/course-text.ts';
import { logIn, type MoodleUser } from './support/login.ts';
import { remember } from './support/run-state.ts';
import { packageZip } from './support/run-packages.ts';
import { enterActivity } from './support/scorm-player.ts';

const LEARNERS: Array<{ user: MoodleUser; moodleLang: string; locale: Locale; language: string }> = [
  { user: 'student-nl', moodleLang: 'nl', locale: 'nl', language: 'Dutch' },
  { user: 'student-nb', moodleLang: 'no', locale: 'nb', language: 'Norwegian bokmål' },
];

for (const version of SCORM_VERSIONS) {
  for (const { user, moodleLang, locale, language } of LEARNERS) {
    test(`${VERSION_LABEL[version]}: ${user} (Moodle "${moodleLang}") gets the course in ${language} with an English browser`, async ({ page }) => {
      const course = (await courseText())[locale]!;
      const activity = await remember(`language-${version}`, () => addScorm(packageZip(version), { name: `Language ${VERSION_LABEL[version]}` }));
      await logIn(page, user);
      const { p } = await enterActivity(page, activity.cmid, locale);
      expect(await page.evaluate(() => navigator.language)).toBe('en-US');
      // The premise: Moodle marks its own page with the user's language.
      await expect(page.locator('html')).toHaveAttribute('lang', moodleLang);
      const heading = course.modules[0]!.activities[0]!.title;
      console.log(`[moodle] ${VERSION_LABEL[version]} ${user}: first heading shown "${await activityHeading(p).innerText()}", expected "${heading}"`);
      await expect(activityHeading(p)).toHaveText(heading);
      await expect(p.root.getByRole('button', { name: ui(locale, 'course.next'), exact: true })).toBeVisible();
    });
  }
}
