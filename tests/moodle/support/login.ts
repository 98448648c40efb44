/**
 * The kit's users and logging in as one of them through Moodle's login form, as a person does.
 * Moodle languages: `student-nl` has `nl`, `student-nb` has `no` (Moodle's code for Norwegian
 * bokmål); everyone else English.
 */
import { expect, type Page } from '@playwright/test';
import { MOODLE_URL } from './moodle-site.ts';

export const USERS = {
  admin: 'Admin#1234',
  teacher1: 'Teacher#1234',
  student1: 'Student#1234',
  'student-nl': 'Student#1234',
  'student-nb': 'Student#1234',
} as const;
export type MoodleUser = keyof typeof USERS;

export async function logIn(page: Page, user: MoodleUser): Promise<void> {
  const timedOut = page.getByRole('alert').filter({ hasText: 'Your session has timed out' });
  for (let attempt = 1; ; attempt += 1) {
    await page.goto(`${MOODLE_URL}/login/index.php`);
    await page.locator('#username').fill(user);
    await page.locator('#password').fill(USERS[user]);
    await page.locator('#loginbtn').click();
    // Moodle checks a new login on a second request (login/index.php?testsession=<id>). Once in
    // a CI run on a loaded machine that request did not find the session just written and the
    // page said "Your session has timed out. Please log in again." (stop 18, SCORM 2004 module
    // test): a person logs in again, and so does this helper, once.
    await expect(page.locator('body').filter({ has: timedOut }).or(page.locator('body:not(:has(#loginbtn))'))).toBeVisible();
    if (attempt === 1 && (await timedOut.isVisible())) continue;
    break;
  }
  // A wrong password stays on /login/ with an error; anything else is logged in.
  await expect(page).not.toHaveURL(/\/login\//);
}
