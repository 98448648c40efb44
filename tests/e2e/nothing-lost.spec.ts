/**
 * "Nothing lost", with the LMS misbehaving on purpose (the simulator's failure rules), as a
 * learner meets it in the built SCORM 1.2 package: a launch the LMS misses, a resume state the
 * LMS hands back damaged, data the LMS refuses for good, text typed just before the page goes,
 * and the same attempt opened in two tabs. What a real Moodle does on a crash and a resume is
 * proven in tests/moodle.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import type { BuiltPackage } from '../../build/context.ts';
import type { CourseData, DialogueData, ReflectionData } from '../../course/schema/course-data.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { buildPackage } from './support/built-course.ts';
import { readLms, scoFrame, startLmsSimulator, type LmsRecord, type LmsSetup, type LmsSimulator } from './support/lms-simulator.ts';
import { activityHeading, enterCourse, next, player, playDialogue, ui, type Player } from './support/play-fixture.ts';
import { tabTo } from './support/keyboard.ts';

const FIXTURE = 'tests/fixtures/course';
const SETUP: LmsSetup = { version: '1.2', learner: { id: 'u-7', name: 'Peeters, Lotte' } };

let pkg: BuiltPackage;
let course: CourseData;
let dialogue: DialogueData;
let reflection: ReflectionData;
let lms: LmsSimulator | undefined;

test.beforeAll(async () => {
  pkg = await buildPackage(FIXTURE, 'scorm12');
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
  dialogue = course.modules[0]!.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
  reflection = course.modules[0]!.activities.find((a): a is ReflectionData => a.type === 'reflection')!;
});
test.afterEach(async () => {
  await lms?.close();
  lms = undefined;
});

async function open(page: Page, setup: LmsSetup = SETUP): Promise<{ sco: Frame; p: Player }> {
  lms ??= await startLmsSimulator(pkg.files, setup);
  await page.goto(lms.urlFor(setup));
  const sco = await scoFrame(page);
  const p = player(page, 'en', sco, false);
  await enterCourse(p);
  return { sco, p };
}

const notice = (sco: Frame) => sco.locator('wm-tracking-notice');
const calls = (record: LmsRecord, method: string) => record.log.filter((c) => c.method === method);
const interactions = (cmi: Record<string, any>) => Object.values<Record<string, string>>(cmi.interactions ?? {});

test('a launch the LMS misses: the learner works on, is told calmly, and the LMS gets everything once it answers', async ({ page }) => {
  const { sco, p } = await open(page, { ...SETUP, failures: [{ method: 'LMSInitialize', code: '101', times: 1 }] });
  // The first try failed; until the next one, the course runs on this device and says so (or
  // the retry was already quicker than this check, and everything has gone out).
  await expect(notice(sco)).toHaveAttribute('state', /saved-on-device|sent/);
  await next(p);
  await playDialogue(p, dialogue);
  await expect(notice(sco)).toHaveAttribute('state', 'sent', { timeout: 30_000 });
  await expect(notice(sco)).toContainText(ui('en', 'tracking.sent'));
  await next(p); // an activity change commits the state
  await expect
    .poll(async () => interactions((await readLms(page)).committed).length, { timeout: 30_000 })
    .toBe(bestPathLength());
  const record = await readLms(page);
  expect(calls(record, 'LMSInitialize').map((c) => c.result)).toEqual(['false', 'true']);
  expect(record.committed.core.lesson_location).toBe(`${course.modules[0]!.id}/learning-log-feedback`);
  // The page read before the LMS answered is in the state it keeps.
  await sco.goto('about:blank');
  const back = await open(page, { ...SETUP, cmi: (await readLms(page)).committed });
  await expect(activityHeading(back.p)).toHaveText('Feedback on a learning log');
  await expect(back.sco.locator('nav a', { hasText: course.modules[0]!.activities[0]!.title })).toContainText(ui('en', 'course.status.completed'));
});

function bestPathLength(): number {
  let node = dialogue.nodes.find((n) => n.id === dialogue.start)!;
  let steps = 0;
  while (node.choices?.length) {
    const best = [...node.choices].sort((a, b) => b.score - a.score)[0]!;
    node = dialogue.nodes.find((n) => n.id === best.next)!;
    steps += 1;
  }
  return steps;
}

test('a learner the LMS holds as passed stays passed when the stored state cannot be used', async ({ page }) => {
  const cmi = { core: { lesson_status: 'passed', score: { raw: '90', min: '0', max: '100' }, exit: 'suspend' }, suspend_data: 'not a resume state at all' };
  const { sco, p } = await open(page, { ...SETUP, cmi });
  await next(p);
  await playDialogue(p, dialogue);
  await next(p);
  await sco.goto('about:blank');
  const { committed } = await readLms(page);
  expect(committed.core.lesson_status).toBe('passed');
  expect(committed.core.score.raw).toBe('90');
});

test('data the LMS refuses for good is kept on this device, the learner is told, and resumes here', async ({ page }) => {
  const { sco, p } = await open(page, { ...SETUP, failures: [{ method: 'LMSSetValue', code: '405', fromMs: 0 }] });
  await next(p);
  await playDialogue(p, dialogue);
  await expect(notice(sco)).toHaveAttribute('state', 'refused');
  await expect(notice(sco)).toContainText(ui('en', 'tracking.refused'));
  await next(p);
  await sco.goto('about:blank');
  // The LMS kept nothing; this browser did: the next launch resumes where the learner was.
  const { committed } = await readLms(page);
  expect(committed.suspend_data ?? '').toBe('');
  const back = await open(page, { ...SETUP, cmi: committed });
  await expect(activityHeading(back.p)).toHaveText('Feedback on a learning log');
});

test('text typed just before the page goes is saved, without waiting for the typing pause', async ({ page }) => {
  const { sco, p } = await open(page);
  const reflectionHash = `#/${course.modules[0]!.id}/${reflection.id}`;
  await sco.evaluate((hash) => (location.hash = hash), reflectionHash);
  await expect(activityHeading(p)).toHaveText(reflection.title);
  // Time stands still in the package from here: the 400 ms typing pause can never end by itself.
  await page.clock.install();
  const field = sco.locator('wm-reflection').getByLabel(reflection.prompts[0]!.text, { exact: true });
  await tabTo(page, field);
  await page.keyboard.insertText('Ask before you show.');
  await sco.goto('about:blank');
  const { committed } = await readLms(page);
  expect(committed.suspend_data).toContain('Ask before you show.');
});

test('the same attempt in a second tab records nothing and says which tab does', async ({ page, context }) => {
  const first = await open(page);
  await next(first.p);
  const second = await context.newPage();
  await second.goto(lms!.urlFor(SETUP));
  const sco2 = await scoFrame(second);
  await expect(notice(sco2)).toHaveAttribute('state', 'other-tab-records', { timeout: 15_000 });
  await expect(notice(sco2)).toContainText(ui('en', 'tracking.otherTabRecords'));
  // The first tab is told it keeps recording, and goes on doing so.
  await expect(notice(first.sco)).toHaveAttribute('state', 'this-tab-records');
  await playDialogue(first.p, dialogue);
  expect(calls(await readLms(second), 'LMSInitialize')).toEqual([]);
  expect(calls(await readLms(second), 'LMSSetValue')).toEqual([]);
  expect(interactions((await readLms(page)).cmi).length).toBe(bestPathLength());
  // The recording tab closes: the other one offers to reload and record there.
  await page.close();
  await expect(notice(sco2)).toHaveAttribute('state', 'other-tab-closed', { timeout: 15_000 });
  await expect(notice(sco2).getByRole('button', { name: ui('en', 'tracking.reload') })).toBeVisible();
});
