/**
 * One module package (`three-way-agreement`) in Moodle, per SCORM version: a student leaves
 * half-way through the module's quiz with "Exit activity" and comes back to the same question,
 * welcomed back; the teacher then puts a rebuilt package into the same activity (`--replace`)
 * and the student still continues where they were; finishing the module, Moodle records it
 * passed with a grade of 100 and ticks the activity complete. The three tests follow one
 * learner through one activity, so they run in order and hand the activity on through the
 * run state.
 */
import { expect, test } from '@playwright/test';
import type { QuizData, ReflectionData } from '../../course/schema/course-data.ts';
import { activityHeading, answerItems, next, playModule, playReflection, ui } from '../e2e/support/play-fixture.ts';
import { addScorm, scoIdentifier, type ScormActivity } from './support/add-scorm.ts';
import { CMI, PASSED, progressStatus, SCORM_VERSIONS, statuses, VERSION_LABEL } from './support/cmi-elements.ts';
import { activityStatuses, doneBefore, doneOrNot } from './support/course-contents.ts';
import { moduleText } from './support/course-text.ts';
import { logIn } from './support/login.ts';
import { logRecord } from './support/moodle-report.ts';
import { readTracksWhen, lastTracks } from './support/read-tracks.ts';
import { rebuildModulePackage } from './support/rebuilt-package.ts';
import { recall, remember } from './support/run-state.ts';
import { packageZip } from './support/run-packages.ts';
import { enterActivity, exitActivity } from './support/scorm-player.ts';

const MODULE = 'three-way-agreement';
/** Questions answered before leaving: half of the quiz. */
const HALF = 5;
const STUDENT = 'student1';

const quizOf = async () => (await moduleText(MODULE)).activities.find((a): a is QuizData => a.type === 'quiz')!;
const questionShown = (quiz: QuizData, number: number) =>
  ui('en', 'quiz.progress').replace('{{number}}', String(number)).replace('{{total}}', String(quiz.draw ?? quiz.items.length));
const changedTitle = (quiz: QuizData) => `${quiz.title} (revised)`;

for (const version of SCORM_VERSIONS) {
  test.describe(`${VERSION_LABEL[version]} module package`, () => {
    const key = `resume-${version}`;

    test('a student who exits half-way through the quiz comes back to the same question, welcomed back', async ({ page }) => {
      const module = await moduleText(MODULE);
      const quiz = await quizOf();
      const activity = await remember(key, () => addScorm(packageZip(version, MODULE), { name: `Resume ${VERSION_LABEL[version]}` }));
      const sco = scoIdentifier(activity);
      await logIn(page, STUDENT);
      let { p } = await enterActivity(page, activity.cmid);
      await playModule(p, module, { stopAt: quiz.id });
      await answerItems(p, quiz, { until: HALF });
      await expect(p.root.locator('wm-quiz').getByText(questionShown(quiz, HALF + 1))).toBeVisible();
      await exitActivity(page);

      const left = await readTracksWhen(activity.cmid, STUDENT, (r) => lastTracks(r, sco)[CMI[version].location] === `${MODULE}/${quiz.id}`);
      logRecord('module left half-way', version, left, sco);
      // Still under way: never `completed` (Moodle turns a SCO left "not attempted" into completed).
      expect(progressStatus(version, lastTracks(left, sco))).toBe('incomplete');

      ({ p } = await enterActivity(page, activity.cmid));
      await expect(activityHeading(p)).toHaveText(quiz.title);
      await expect(p.root.locator('wm-course').getByText(ui('en', 'course.welcomeBack'))).toBeVisible();
      await expect(p.root.locator('wm-quiz').getByText(questionShown(quiz, HALF + 1))).toBeVisible();
      await expect.poll(async () => doneOrNot(await activityStatuses(p, module))).toEqual(doneBefore(module, quiz.id));
      await exitActivity(page);
    });

    test('a rebuilt package put into the same activity keeps the student where they were', async ({ page }) => {
      const activity = recall<ScormActivity>(key);
      const module = await moduleText(MODULE);
      const quiz = await quizOf();
      const zip = await rebuildModulePackage(version, { module: MODULE, activity: quiz.id, title: changedTitle(quiz) });
      const replaced = await addScorm(zip, { replace: activity.cmid });
      console.log(`[moodle] ${VERSION_LABEL[version]} replaced package in cmid ${replaced.cmid}: revision ${activity.revision} -> ${replaced.revision}`);
      expect(replaced.cmid).toBe(activity.cmid);
      expect(replaced.revision).toBeGreaterThan(activity.revision);
      // Same SCO identifier: Moodle matches SCOs by identifier, and tracks hang on the SCO.
      expect(scoIdentifier(replaced)).toBe(scoIdentifier(activity));

      await logIn(page, STUDENT);
      const { p } = await enterActivity(page, activity.cmid);
      // The new title shows that the rebuilt package is the one playing.
      await expect(activityHeading(p)).toHaveText(changedTitle(quiz));
      await expect(p.root.locator('wm-course').getByText(ui('en', 'course.welcomeBack'))).toBeVisible();
      await expect(p.root.locator('wm-quiz').getByText(questionShown(quiz, HALF + 1))).toBeVisible();
      await expect.poll(async () => doneOrNot(await activityStatuses(p, module))).toEqual(doneBefore(module, quiz.id));
      await exitActivity(page);
    });

    test('finishing the module package, Moodle records it passed, grades it 100 and ticks the activity complete', async ({ page }) => {
      const activity = recall<ScormActivity>(key);
      const sco = scoIdentifier(activity);
      const module = await moduleText(MODULE);
      const quiz = await quizOf();
      const reflection = module.activities.at(-1) as ReflectionData;
      expect(reflection.type, 'the module ends with its reflection').toBe('reflection');

      await logIn(page, STUDENT);
      const { p } = await enterActivity(page, activity.cmid);
      await expect(activityHeading(p)).toHaveText(changedTitle(quiz));
      await answerItems(p, quiz, { from: HALF + 1, start: false });
      await next(p);
      // The module's last activity has no Next: play it here rather than through playModule.
      await playReflection(p, reflection);
      await exitActivity(page);

      const record = await readTracksWhen(activity.cmid, STUDENT, (r) => r.completion.state !== 0);
      logRecord('module finished', version, record, sco);
      expect(statuses(version, lastTracks(record, sco))).toEqual(PASSED[version]);
      // Moodle grades "highest grade" from score.raw alone: a module passed without a score shows 0/100.
      expect(record.gradebook).toMatchObject({ grade: 100, grademax: 100 });
      // The kit adds activities with "require status passed": 1 complete or 2 complete-pass.
      expect([1, 2]).toContain(record.completion.state);
    });
  });
}
