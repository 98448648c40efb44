/**
 * The whole WORKMENTOR course as a trainer ships it to Moodle, per SCORM version: a student takes
 * all nine modules by keyboard in Moodle's player, passes the final assessment and gets the
 * certificate. Then what Moodle keeps from that one attempt, one test per fact: the status and
 * raw score, the gradebook grade, activity completion, and every answer with its response. The
 * course is played once per version (about two minutes); the checks after it read Moodle only,
 * and find the activity through the run state, so each reports on its own even when another fails.
 */
import { expect, test } from '@playwright/test';
import type { DialogueData, FeedbackExerciseData, QuizData } from '../../course/schema/course-data.ts';
import { activityHeading, bestPath, certificateCode, playModule } from '../e2e/support/play-fixture.ts';
import { addScorm, scoIdentifier, type ScormActivity } from './support/add-scorm.ts';
import { CMI, PASSED, SCORM_VERSIONS, statuses, storedInteractions, VERSION_LABEL } from './support/cmi-elements.ts';
import { courseText } from './support/course-text.ts';
import { logIn } from './support/login.ts';
import { logRecord } from './support/moodle-report.ts';
import { lastTracks, readTracks, readTracksWhen } from './support/read-tracks.ts';
import { recall, remember } from './support/run-state.ts';
import { packageZip } from './support/run-packages.ts';
import { enterActivity, exitActivity } from './support/scorm-player.ts';

const STUDENT = 'student1';

/** Answers a learner gives on the best path through the course: dialogue choices, sortings, quiz items. */
async function answersGiven(): Promise<number> {
  const activities = (await courseText()).en!.modules.flatMap((m) => m.activities);
  const choices = activities.filter((a): a is DialogueData => a.type === 'dialogue').reduce((n, d) => n + bestPath(d).length, 0);
  const sortings = activities.filter((a): a is FeedbackExerciseData => a.type === 'feedback-exercise' && !!a.sort).length;
  const items = activities.filter((a): a is QuizData => a.type === 'quiz').reduce((n, q) => n + (q.draw ?? q.items.length), 0);
  return choices + sortings + items;
}

for (const version of SCORM_VERSIONS) {
  test.describe(`${VERSION_LABEL[version]} whole course`, () => {
    const key = `whole-course-${version}`;
    /** The attempt as Moodle holds it once the player's last commit has landed. */
    const finished = async () => {
      const activity = recall<ScormActivity>(`${key}-played`);
      const sco = scoIdentifier(activity);
      return { activity, sco, record: await readTracksWhen(activity.cmid, STUDENT, (r) => Object.values(statuses(version, lastTracks(r, sco))).every((s) => s !== 'incomplete')) };
    };

    test('a student takes all nine modules in Moodle, passes the final assessment and gets the certificate', async ({ page }) => {
      test.setTimeout(600_000);
      const course = (await courseText()).en!;
      const activity = await remember(key, () => addScorm(packageZip(version), { name: `WORKMENTOR ${VERSION_LABEL[version]}` }));
      await logIn(page, STUDENT);
      const { p } = await enterActivity(page, activity.cmid);
      await expect(activityHeading(p)).toHaveText(course.modules[0]!.activities[0]!.title);
      for (const module of course.modules) await playModule(p, module);
      // Moodle gives the learner's name, so the certificate is issued without asking for it.
      expect(await certificateCode(p)).toMatch(/^WM-/);
      await exitActivity(page);
      await remember(`${key}-played`, async () => activity);
      const { record, sco } = await finished();
      logRecord('whole course finished', version, record, sco);
    });

    test('Moodle records the course passed with a raw score of 100', async () => {
      const { record, sco } = await finished();
      const cmi = lastTracks(record, sco);
      logRecord('status and score', version, record, sco);
      expect(statuses(version, cmi)).toEqual(PASSED[version]);
      expect(cmi[CMI[version].scoreRaw]).toBe('100');
    });

    test('the gradebook holds 100 out of 100', async () => {
      const { record, sco } = await finished();
      logRecord('gradebook', version, record, sco);
      expect(record.gradebook).toMatchObject({ grade: 100, grademax: 100 });
    });

    test('the activity is ticked complete (the kit requires status passed)', async () => {
      const { record, sco } = await finished();
      logRecord('completion', version, record, sco);
      // 1 complete or 2 complete-pass (lib/completionlib.php); 0 is no tick, 3 complete-fail.
      expect([1, 2]).toContain(record.completion.state);
    });

    test('every interaction Moodle stored carries the learner\'s response', async () => {
      const { activity, sco } = await finished();
      const cmi = lastTracks(await readTracks(activity.cmid, STUDENT), sco);
      const interactions = storedInteractions(version, cmi);
      const withResponse = interactions.filter((i) => i.id && i.response);
      const element = `cmi.interactions.N.${CMI[version].response}`;
      console.log(`[moodle] ${VERSION_LABEL[version]} interactions stored: ${interactions.length}, with ${element}: ${withResponse.length}`);
      const missing = interactions.filter((i) => !i.id || !i.response).map((i) => `${i.index} ${i.id ?? '(no id)'}: ${JSON.stringify(i.response ?? null)}`);
      expect(missing, `interactions without id or ${element}`).toEqual([]);
      // Every answer the learner gave was stored: at least one interaction per choice, sorting and quiz item.
      expect(interactions.length).toBeGreaterThanOrEqual(await answersGiven());
    });
  });
}
