/**
 * Moodle's own SCORM player as a student meets it: the activity page's Enter button, the package
 * running in `iframe#scorm_object` (its document at `/pluginfile.php/.../mod_scorm/content/<revision>/`),
 * and the "Exit activity" link back to the course. The package's API objects (`window.API`,
 * `window.API_1484_11`) live on the player page, the frame's parent.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { activityHeading, enterCourse, player, type Player } from '../../e2e/support/play-fixture.ts';
import type { Locale } from '../../../course/schema/ids.ts';
import { MOODLE_URL } from './moodle-site.ts';

/** The package's page inside the player, once Moodle's loadSCO.php has sent the frame there. */
export async function scoFrame(page: Page): Promise<Frame> {
  let sco: Frame | undefined;
  await expect
    .poll(() => (sco = page.frames().find((f) => /\/mod_scorm\/content\//.test(f.url())))?.url(), { message: 'the SCO frame of Moodle\'s player' })
    .toBeTruthy();
  return sco!;
}

export interface Entered {
  sco: Frame;
  /** Plays the course inside the SCO frame (see tests/e2e/support/play-fixture.ts). */
  p: Player;
}

/**
 * Opens the activity and presses Enter (`#scormviewform #n`, the `mode=normal` button), then waits
 * for the course's first rendered activity inside the SCO frame. `locale`: the language the
 * course is expected to speak, for the interface texts play-fixture presses.
 */
export async function enterActivity(page: Page, cmid: number, locale: Locale = 'en'): Promise<Entered> {
  await page.goto(`${MOODLE_URL}/mod/scorm/view.php?id=${cmid}`);
  await page.locator('#scormviewform #n').click();
  await page.waitForURL(/\/mod\/scorm\/player\.php/);
  const sco = await scoFrame(page);
  // SCORM keeps little text, so the shell hands reflections fresh limits and no "saved" notice (see play-fixture.ts).
  const p = player(page, locale, sco, false);
  // A first launch opens on the welcome screen: Start, then Start the module, as a student does.
  await enterCourse(p);
  await expect(activityHeading(p)).toBeVisible();
  return { sco, p };
}

/** Leaves with the "Exit activity" link above the player; Moodle goes back to the course page. */
export async function exitActivity(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Exit activity' }).click();
  await page.waitForURL(/\/course\/view\.php/);
}
