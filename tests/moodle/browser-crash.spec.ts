/**
 * The learner's browser dies mid-module (SIGKILL to the whole browser: no pagehide, no beacon,
 * nothing more reaches Moodle) after finishing some activities of the whole-course package; a
 * fresh browser then enters the course again. At most the activity in progress is lost: the
 * course resumes at that activity, every activity finished before it still counts as done, and
 * the welcome-back message is true.
 */
import { expect, test } from '@playwright/test';
import type { QuizData } from '../../course/schema/course-data.ts';
import { activityHeading, answerItems, playModule, ui } from '../e2e/support/play-fixture.ts';
import { addScorm, scoIdentifier } from './support/add-scorm.ts';
import { SCORM_VERSIONS, VERSION_LABEL } from './support/cmi-elements.ts';
import { activityStatuses, doneBefore, doneOrNot } from './support/course-contents.ts';
import { courseText } from './support/course-text.ts';
import { launchKillableBrowser } from './support/killable-browser.ts';
import { logIn } from './support/login.ts';
import { logRecord } from './support/moodle-report.ts';
import { readTracks } from './support/read-tracks.ts';
import { packageZip } from './support/run-packages.ts';
import { enterActivity } from './support/scorm-player.ts';

const STUDENT = 'student1';
/** Quiz questions answered in the activity the crash interrupts. */
const ANSWERED_BEFORE_CRASH = 2;

for (const version of SCORM_VERSIONS) {
  test(`${VERSION_LABEL[version]}: after a browser crash mid-module the course resumes at the activity in progress, with the ones before it done`, async ({ page }) => {
    const module = (await courseText()).en!.modules[0]!;
    const quiz = module.activities.find((a): a is QuizData => a.type === 'quiz')!;
    const activity = await addScorm(packageZip(version), { name: `Crash ${VERSION_LABEL[version]}` });
    const sco = scoIdentifier(activity);

    const doomed = await launchKillableBrowser();
    try {
      const crashing = await (await doomed.browser.newContext({ locale: 'en-US' })).newPage();
      await logIn(crashing, STUDENT);
      const { p } = await enterActivity(crashing, activity.cmid);
      // Pages, dialogue and feedback exercise finished; the quiz under way when the browser dies.
      await playModule(p, module, { stopAt: quiz.id });
      await answerItems(p, quiz, { until: ANSWERED_BEFORE_CRASH });
      await doomed.kill();
    } finally {
      await doomed.close();
    }
    logRecord('after the crash', version, await readTracks(activity.cmid, STUDENT), sco);

    await logIn(page, STUDENT);
    const { p } = await enterActivity(page, activity.cmid);
    await expect(activityHeading(p)).toHaveText(quiz.title);
    await expect(p.root.locator('wm-course').getByText(ui('en', 'course.welcomeBack'))).toBeVisible();
    await expect.poll(async () => doneOrNot(await activityStatuses(p, module))).toEqual(doneBefore(module, quiz.id));
  });
}
