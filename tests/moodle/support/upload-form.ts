/**
 * Adding a SCORM package the way a teacher does, through Moodle's own pages: course page, Edit
 * mode on, "Add an activity or resource" in Topic 1, "SCORM package" in the chooser, then the
 * form: name, the package through the file picker's "Upload a file", "Save and display". Only
 * the spec about the form uses this; the others add packages with add-scorm.php (the same API).
 */
import { expect, type Page } from '@playwright/test';
import path from 'node:path';
import { MOODLE_URL } from './moodle-site.ts';

/** Uploads `zip` as a new activity named `name`; returns the new activity's cmid. */
export async function uploadThroughForm(page: Page, zip: string, name: string): Promise<number> {
  await page.goto(`${MOODLE_URL}/course/view.php?name=wmpilot`);
  const editMode = page.getByRole('checkbox', { name: 'Edit mode' });
  // Switching reloads the page; the preference then stays on for this user.
  if (!(await editMode.isChecked())) await editMode.check();
  await expect(page.locator('body.editing')).toBeAttached();
  await page.locator('#section-1').getByRole('button', { name: /Add an activity or resource/ }).click();
  // The chooser renders every option twice (tabs "All" and "Activities"): take the one on show.
  const option = page.getByRole('dialog', { name: 'Add an activity or resource' }).getByRole('menuitem', { name: 'SCORM package' }).filter({ visible: true });
  await option.getByRole('link', { name: 'SCORM package' }).click();
  await page.waitForURL(/\/course\/modedit\.php\?add=scorm/);

  await page.getByLabel('Name', { exact: true }).fill(name);
  const files = page.locator('div.filemanager.fm-loaded');
  await files.getByRole('button', { name: 'Add...' }).click();
  // Moodle's YUI file picker dialog has no accessible name; its body is `.file-picker`.
  const picker = page.locator('.file-picker').filter({ visible: true });
  await picker.getByRole('link', { name: 'Upload a file' }).click();
  await picker.locator('input[type=file][name=repo_upload_file]').setInputFiles(zip);
  await picker.getByRole('button', { name: 'Upload this file' }).click();
  await expect(files.locator('.fp-filename', { hasText: path.basename(zip) })).toBeVisible();

  await page.getByRole('button', { name: 'Save and display' }).click();
  // Refused packages come back to the form with an error, or end on Moodle's exception page.
  const refusal = page.locator('.errorbox, .alert-danger, [id^="id_error_"]:not(:empty)').first();
  await expect(page.locator('body#page-mod-scorm-view').or(refusal)).toBeVisible({ timeout: 60_000 });
  const error = (await refusal.isVisible()) ? await refusal.innerText() : '';
  expect(error, 'Moodle refused the package').toBe('');
  const cmid = Number(new URL(page.url()).searchParams.get('id'));
  expect(cmid, `the new activity's id in ${page.url()}`).toBeGreaterThan(0);
  return cmid;
}
