/**
 * Working the built dashboard in Chromium as a coordinator does: log in by keyboard, wait until
 * every panel has drawn, open a figure's table view, read a table's cells, audit the page with
 * axe (the project's rules: tools/screenshots/page-checks.ts, WCAG 2.1 A/AA and best practices),
 * and photograph it. Playwright's CSS and role locators look into the open shadow roots the
 * Lit elements draw in, so no test needs to know how deep an element sits.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import { DASHBOARD_SETTLED } from '../../../lrs-stub/dashboard/tools/page-probes.ts';
import { auditPage } from '../../../tools/screenshots/page-checks.ts';

/** Patient on a loaded machine: every wait is for a condition, none for a fixed time. */
const expect = baseExpect.configure({ timeout: 20_000 });

let axeSource: Promise<string> | undefined;
const axe = () => (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/**
 * Waits until the page has settled. Polled with page.evaluate (a CDP evaluation): the page's
 * Content-Security-Policy refuses the eval that waitForFunction would need.
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await expect.poll(() => page.evaluate(DASHBOARD_SETTLED), { timeout, message: `${page.url()} still loading` }).toBe(true);
}

/** Opens the login page and logs in with the keyboard only: type, Tab, type, Enter. */
export async function logInByKeyboard(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  const user = page.locator('wm-login #username');
  await expect(user).toBeVisible();
  await user.focus();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await expect(page.locator('wm-login #password')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.locator('wm-login')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

/** Opens a chart figure's table view with the keyboard ("Show the numbers as a table", Enter) and returns the table. */
export async function openTable(scope: Locator, figureId: string): Promise<Locator> {
  const toggle = scope.locator(`button.table-toggle[aria-controls="${figureId}-data"]`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
  const table = scope.locator(`table#${figureId}-table`);
  await expect(table).toBeVisible();
  return table;
}

/** The body rows of a table as the reader sees them: each cell's text, trimmed, whitespace collapsed. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

/** axe over the whole page, shadow roots included: no violation of WCAG 2.1 A/AA (nor of axe's best practices). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Evaluated rather than added as a script tag: the pages' policies refuse inline and foreign scripts.
  if (!(await page.evaluate(`'axe' in window`))) await page.evaluate(await axe());
  const findings = await auditPage(page);
  expect(findings, `axe on ${where}`).toEqual([]);
}

/** A count as the dashboard writes it in English (format.count): 1,234. */
export const count = (value: number): string => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value);

/** A share as the dashboard writes it in English (format.ratio): 41.7%, a dash without a whole. */
export const ratio = (part: number, whole: number): string => (whole > 0 ? new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole) : '–');
