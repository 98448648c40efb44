/**
 * A teacher adds a module package through Moodle's real "Add an activity or resource → SCORM
 * package" form, once per SCORM version: Moodle takes it (its importer reads the manifest, and
 * crashed on SCORM 2004 manifests with `imsss:mapInfo`), and a student can then play it and be
 * tracked.
 */
import { expect, test } from '@playwright/test';
import { activityHeading } from '../e2e/support/play-fixture.ts';
import { MOODLE_VERSION, progressStatus, SCORM_VERSIONS, VERSION_LABEL } from './support/cmi-elements.ts';
import { moduleText } from './support/course-text.ts';
import { logIn } from './support/login.ts';
import { describeRecord } from './support/moodle-report.ts';
import { lastTracks, readTracksWhen, trackedSco, type MoodleRecord } from './support/read-tracks.ts';
import { packageZip } from './support/run-packages.ts';
import { enterActivity } from './support/scorm-player.ts';
import { uploadThroughForm } from './support/upload-form.ts';

const MODULE = 'three-way-agreement';

for (const version of SCORM_VERSIONS) {
  test(`${VERSION_LABEL[version]}: teacher1 adds a module package with the "Add an activity" form and a student plays it`, async ({ page, browser }) => {
    const name = `Uploaded ${VERSION_LABEL[version]}`;
    await logIn(page, 'teacher1');
    const cmid = await uploadThroughForm(page, packageZip(version, MODULE), name);
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();

    const student = await browser.newPage({ locale: 'en-US' });
    await logIn(student, 'student1');
    const { p } = await enterActivity(student, cmid);
    await expect(activityHeading(p)).toHaveText((await moduleText(MODULE)).activities[0]!.title);
    // The SCO's first commit: the attempt is tracked, under way.
    const status = (r: MoodleRecord) => progressStatus(version, lastTracks(r, trackedSco(r)));
    const record = await readTracksWhen(cmid, 'student1', (r) => status(r) !== undefined);
    console.log(`[moodle] ${VERSION_LABEL[version]} uploaded through the form (cmid ${cmid}, Moodle version ${record.version}): ${describeRecord(version, record, trackedSco(record))}`);
    expect(record.version).toBe(MOODLE_VERSION[version]);
    expect(status(record)).toBe('incomplete');
    await student.close();
  });
}
