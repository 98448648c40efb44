/**
 * The SCORM 1.2 package as Moodle plays it: built by the real pipeline, framed below the LMS
 * simulator's API (scorm-again), taken by keyboard only, and read back from the CMI data the LMS
 * committed: status, score, every answer as an interaction, location, suspend data, session
 * time and exit. Then a learner who leaves half-way and comes back, an LMS that refuses writes
 * for a while, and the whole course with every free-text field full.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { tabTo } from './support/keyboard.ts';
import type { CourseData, DialogueData, FeedbackExerciseData, ModuleData, QuizData, ReflectionData } from '../../course/schema/course-data.ts';
import type { BuiltPackage } from '../../build/context.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { buildPackage } from './support/built-course.ts';
import { failLms, readLms, scoFrame, startLmsSimulator, type LmsRecord, type LmsSetup, type LmsSimulator } from './support/lms-simulator.ts';
import {
  activityHeading,
  enterCourse,
  answerItems,
  bestPath,
  certificateCode,
  next,
  player,
  playDialogue,
  playExercise,
  playModule,
  playReflection,
  signCertificate,
  ui,
  type Answered,
  type Player,
} from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
/** A path with a poor, an acceptable and good choices: results wrong, neutral, correct. */
const MIXED_PATH = ['scold', 'repair', 'ask-for-idea', 'agree-and-follow-up', 'honest-and-balanced'];
const SETUP: LmsSetup = { version: '1.2', learner: { id: 'u-1', name: 'Janssens, Emma' } };

let pkg: BuiltPackage;
let course: CourseData;
let module: ModuleData;
let dialogue: DialogueData;
let quiz: QuizData;
let lms: LmsSimulator | undefined;

test.beforeAll(async () => {
  pkg = await buildPackage(FIXTURE, 'scorm12');
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
  module = course.modules[0]!;
  dialogue = module.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
  quiz = module.activities.find((a): a is QuizData => a.type === 'quiz')!;
  // The score checks below rely on the quiz being the only weighted activity (the default).
  expect(module.activities.filter((a) => a.weight > 0).map((a) => a.id)).toEqual([quiz.id]);
});
test.afterEach(async () => {
  await lms?.close();
  lms = undefined;
});

async function launch(page: Page, setup: LmsSetup = SETUP): Promise<{ sco: Frame; p: Player }> {
  lms ??= await startLmsSimulator(pkg.files, setup);
  await page.goto(lms.urlFor(setup));
  const sco = await scoFrame(page);
  // SCORM 1.2 keeps little text, so the shell lowers free-text limits (see play-fixture.ts).
  const p = player(page, 'en', sco);
  await enterCourse(p);
  return { sco, p };
}

/** Leaves the course as closing Moodle's player does: the SCO's page goes, the LMS stays. */
async function closeSco(page: Page, sco: Frame): Promise<LmsRecord> {
  await sco.goto('about:blank');
  return readLms(page);
}

const interactions = (cmi: Record<string, any>): Array<Record<string, string> & { id: string }> => Object.values(cmi.interactions ?? {});
const nodeOf = (choiceId: string) => dialogue.nodes.find((n) => n.choices?.some((c) => c.id === choiceId))!.id;
const quizScore = (answered: Answered[]) => Math.round((100 * answered.filter((a) => a.correct).length) / answered.length);
const setValues = (record: LmsRecord, element: string) => record.log.filter((c) => c.method === 'LMSSetValue' && c.args[0] === element);

/** The interactions every answer must have produced, in order: dialogue choices, the sorting, the quiz items. */
function expectedInteractions(path: string[], answered: Answered[]) {
  const quality = Object.fromEntries(dialogue.nodes.flatMap((n) => n.choices ?? []).map((c) => [c.id, c.quality]));
  const result = { good: 'correct', acceptable: 'neutral', poor: 'wrong' } as const;
  return [
    ...path.map((choice) => ({ id: `${module.id}.${dialogue.id}.${nodeOf(choice)}`, student_response: choice, result: result[quality[choice]!] })),
    { id: `${module.id}.learning-log-feedback.sort`, result: 'correct' },
    ...answered.map((a) => ({ id: `${module.id}.${quiz.id}.${a.itemId}`, result: a.correct ? 'correct' : 'wrong' })),
  ];
}

test('a mentor takes the module by keyboard and the LMS keeps status, score, every answer, location and time', async ({ page }) => {
  const { sco, p } = await launch(page);
  await next(p);
  await playDialogue(p, dialogue, MIXED_PATH);
  let record = await readLms(page);
  // First launch: `incomplete` at once and committed (Moodle would turn "not attempted" into "completed").
  expect(setValues(record, 'cmi.core.lesson_status')[0]).toMatchObject({ args: ['cmi.core.lesson_status', 'incomplete'], result: 'true' });
  expect(record.committed.core.lesson_status).toBe('incomplete');
  expect(record.cmi.core.lesson_location).toBe(`${module.id}/${dialogue.id}`);
  await next(p);

  const { answered } = await playModule(p, module, { from: 'learning-log-feedback', wrong: 1 });
  expect(answered.some((a) => !a.correct)).toBe(true);
  record = await readLms(page);
  // Mastered (5 of 6 is above the pass mark of 80): `passed`, as reporting `passed-incomplete` asks.
  expect(record.committed.core.lesson_status).toBe('passed');
  expect(record.committed.core.score).toEqual({ raw: String(quizScore(answered)), min: '0', max: '100' });
  // The LMS has the learner's name, so the certificate carries it without asking.
  await certificateCode(p);
  await expect(sco.locator('wm-certificate').getByText('Emma Janssens')).toBeVisible();

  record = await closeSco(page, sco);
  const { committed } = record;
  const written = interactions(committed);
  expect(written).toEqual(expectedInteractions(MIXED_PATH, answered).map((e) => expect.objectContaining(e)));
  for (const i of written) expect(i.id).toMatch(/^[\x21-\x7e]{1,255}$/);
  expect(written.filter((i) => i.id.includes(`.${quiz.id}.`)).every((i) => i.weighting === '1' && i.correct_responses)).toBe(true);
  expect(committed.core.lesson_status).toBe('passed');
  expect(committed.core.lesson_location).toBe(`${module.id}/certificate`);
  expect(committed.suspend_data.length).toBeGreaterThan(0);
  expect(committed.suspend_data.length).toBeLessThanOrEqual(4096);
  // Session time is written in SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) and the session is closed.
  expect(setValues(record, 'cmi.core.session_time').at(-1)?.args[1]).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  // Complete: a normal exit ("" in SCORM 1.2), so the next launch starts a review, not a resume.
  expect(setValues(record, 'cmi.core.exit').at(-1)?.args[1]).toBe('');
  expect(record.log.filter((c) => c.method !== 'LMSGetLastError').at(-1)).toMatchObject({ method: 'LMSFinish', result: 'true' });
  expect(record.log.filter((c) => c.result === 'false')).toEqual([]);
});

test('a mentor who leaves half-way through the quiz comes back to the same question with the answers kept', async ({ page }) => {
  let { sco, p } = await launch(page);
  await next(p);
  await playDialogue(p, dialogue);
  await next(p);
  await playExercise(p, module.activities.find((a) => a.type === 'feedback-exercise')!);
  await next(p);
  const first = await answerItems(p, quiz, { until: 3 });
  await expect(sco.locator('wm-quiz').getByText(ui('en', 'quiz.progress').replace('{{number}}', '4').replace('{{total}}', '6'))).toBeVisible();

  const left = await closeSco(page, sco);
  expect(setValues(left, 'cmi.core.exit').at(-1)?.args[1]).toBe('suspend');
  expect(left.committed.core.lesson_location).toBe(`${module.id}/${quiz.id}`);
  expect(left.committed.core.lesson_status).toBe('incomplete');

  // Relaunch in the same tab: the LMS starts a new attempt from what it committed.
  ({ sco, p } = await launch(page));
  const back = await readLms(page);
  expect(back.log.find((c) => c.method === 'LMSGetValue' && c.args[0] === 'cmi.core.entry')?.result).toBe('resume');
  await expect(activityHeading(p)).toHaveText(quiz.title);
  await expect(sco.locator('wm-course .notice').first()).toHaveText(ui('en', 'course.welcomeBack'));
  for (const title of [dialogue.title, 'Feedback on a learning log']) {
    await expect(sco.locator('wm-course nav a', { hasText: title })).toContainText(ui('en', 'course.status.completed'));
  }
  await expect(sco.locator('wm-quiz').getByText(ui('en', 'quiz.progress').replace('{{number}}', '4').replace('{{total}}', '6'))).toBeVisible();
  const rest = await answerItems(p, quiz, { from: 4, start: false });
  // The score counts the three answers given before leaving: all six right.
  await expect(sco.locator('wm-quiz').getByText(ui('en', 'quiz.scored').replace('{{score}}', '100'))).toBeVisible();
  await next(p);
  await playModule(p, module, { from: 'my-mentoring' });
  await certificateCode(p);

  const { committed } = await closeSco(page, sco);
  expect(committed.core.lesson_status).toBe('passed');
  expect(committed.core.score.raw).toBe('100');
  const quizIds = interactions(committed).filter((i) => i.id.includes(`.${quiz.id}.`)).map((i) => i.id);
  expect(quizIds).toEqual([...first, ...rest].map((a) => `${module.id}.${quiz.id}.${a.itemId}`));
});

test('an LMS that refuses writes and commits for a while still gets every answer exactly once', async ({ page }) => {
  const { sco, p } = await launch(page);
  // From now for about four seconds the LMS refuses every write and commit (error 101).
  const now = await page.evaluate(() => performance.now());
  await failLms(page, { method: 'LMSSetValue', code: '101', fromMs: 0, untilMs: now + 4_000 });
  await failLms(page, { method: 'LMSCommit', code: '101', fromMs: 0, untilMs: now + 4_000 });
  await next(p);
  await playDialogue(p, dialogue);
  await next(p);
  const during = await readLms(page);
  // The outage hit the dialogue: writes were refused and its choices are not in the LMS yet.
  expect(during.log.some((c) => c.method === 'LMSSetValue' && c.result === 'false')).toBe(true);
  expect(interactions(during.cmi).length).toBeLessThan(bestPath(dialogue).length);
  await page.waitForTimeout(Math.max(0, now + 4_500 - (await page.evaluate(() => performance.now()))));

  const { answered } = await playModule(p, module, { from: 'learning-log-feedback' });
  await certificateCode(p);
  const { committed } = await closeSco(page, sco);
  const written = interactions(committed);
  expect(written).toEqual(expectedInteractions(bestPath(dialogue), answered).map((e) => expect.objectContaining(e)));
  expect(new Set(written.map((i) => i.id)).size).toBe(written.length);
  expect(committed.core.lesson_status).toBe('passed');
  expect(committed.core.score.raw).toBe('100');
});

/** Text of exactly `length` UTF-16 units, with letters a resume codec might escape (æ ø å, quotes, a line break). */
const fullText = (seed: string) => (length: number) => `${seed}: Åse lærer «å» bake brød; "100%" ok?\n`.repeat(Math.ceil(length / 40)).slice(0, length);

test('the whole course with every free-text field full fits SCORM 1.2 and comes back after a relaunch', async ({ page }) => {
  // No learner name from the LMS: the certificate asks for it, a third free-text field.
  const setup: LmsSetup = { version: '1.2', learner: { id: 'u-full' } };
  let { sco, p } = await launch(page, setup);
  const exercise = module.activities.find((a): a is FeedbackExerciseData => a.type === 'feedback-exercise')!;
  const reflection = module.activities.find((a): a is ReflectionData => a.type === 'reflection')!;
  const typed = new Map<string, string>();
  const remember = (key: string, make: (n: number) => string) => (n: number) => {
    const text = make(n);
    typed.set(key, text);
    return text;
  };
  await next(p);
  await playDialogue(p, dialogue);
  await next(p);
  await playExercise(p, exercise, remember('write', fullText('write')), 'insert');
  await next(p);
  await answerItems(p, quiz);
  await next(p);
  let n = 0;
  await playReflection(p, reflection, (max) => remember(`prompt-${n++}`, fullText(`prompt-${n}`))(max), 'insert');
  await next(p);
  await signCertificate(p, remember('name', fullText('name')), 'insert');
  expect([...typed.values()].every((t) => t.length > 0)).toBe(true);

  const { committed } = await closeSco(page, sco);
  expect(committed.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(committed.core.lesson_status).toBe('passed');

  ({ sco, p } = await launch(page, setup));
  await expect(sco.locator('wm-certificate').getByText(typed.get('name')!.trim(), { exact: false }).first()).toBeVisible();
  const open = async (title: string) => {
    await tabTo(page, sco.locator('wm-course nav a', { hasText: title }));
    await page.keyboard.press('Enter');
    await expect(activityHeading(p)).toHaveText(title);
  };
  // The written feedback is shown back (the exercise is done), every character of it.
  await open(exercise.title);
  expect(await sco.locator('wm-feedback-exercise').evaluate((el) => el.shadowRoot!.textContent)).toContain(typed.get('write'));
  await open(reflection.title);
  const answers = await sco.locator('wm-reflection textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
  expect(answers).toEqual([typed.get('prompt-0'), typed.get('prompt-1')]);
});
