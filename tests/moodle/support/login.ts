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
  await page.goto(`${MOODLE_URL}/login/index.php`);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(USERS[user]);
  await page.locator('#loginbtn').click();
  // A wrong password stays on /login/ with an error; anything else is logged in.
  await expect(page).not.toHaveURL(/\/login\//);
}
