/**
 * The preview studio as an author uses it (issue 14, item 3), on a copy of the fixture course:
 * jump to a page from the outline, save an edit and see it in the player without touching the
 * browser, save a mistake and read the CLI's message in the overlay while the last good build
 * keeps playing, fix it, then play the SCORM 1.2 package inside the LMS simulator and read what
 * it wrote in the side panel.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { resolveConfig } from '../../build/config.ts';
import { startStudio, type RunningStudio } from '../../build/studio/studio-server.ts';

const expect = baseExpect.configure({ timeout: 30_000 });
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/course');
let dir: string;
let studio: RunningStudio;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  dir = await mkdtemp(path.join(os.tmpdir(), 'wm-studio-e2e-'));
  await cp(FIXTURE, dir, { recursive: true });
  studio = await startStudio({ config: resolveConfig({ course: dir, targets: ['web', 'scorm12'] }), port: 0 });
});
test.afterAll(async () => {
  await studio?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('edit, see it, break it, read why, fix it, and play it in the LMS simulator', async ({ page }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => localStorage.setItem('studio:target', 'web'));
  await page.goto(studio.url);
  await expect(page.getByRole('status').filter({ hasText: /^Built in \d+ ms/ })).toBeVisible({ timeout: 180_000 });
  const player = page.frameLocator('#player');

  await page.getByRole('link', { name: 'Your first weeks as a mentor (page)' }).click();
  await expect(player.getByRole('heading', { name: 'Your first weeks as a mentor', level: 2 })).toBeVisible();

  const pageFile = path.join(dir, 'modules/first-weeks/pages/welcome.md');
  const text = await readFile(pageFile, 'utf8');
  await writeFile(pageFile, text.replace('The first weeks set the tone', 'The first weeks, seen in the studio, set the tone'));
  await expect(player.getByText(/seen in the studio/)).toBeVisible();

  const moduleFile = path.join(dir, 'modules/first-weeks/module.yaml');
  const good = await readFile(moduleFile, 'utf8');
  await writeFile(moduleFile, good.replace('    type: dialogue', '    type: dialog'));
  const overlay = page.getByRole('alertdialog', { name: 'The course has content errors' });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText(/modules\/first-weeks\/module\.yaml:\d+:\d+/);
  await expect(player.getByText(/seen in the studio/)).toBeVisible();
  await page.screenshot({ path: 'test-results/studio-e2e/overlay.png' });

  await writeFile(moduleFile, good);
  await expect(overlay).toBeHidden();

  await page.getByLabel('Target').selectOption('scorm12');
  const sco = player.frameLocator('#scorm_object');
  await expect(sco.getByRole('button', { name: /Start the course|Continue/ })).toBeVisible();
  await expect(page.getByRole('complementary').getByText('lesson_status')).toBeVisible();
  await expect(page.getByRole('complementary').getByText(/of 4,096 characters/)).toBeVisible();
  await page.screenshot({ path: 'test-results/studio-e2e/scorm12.png' });
});
