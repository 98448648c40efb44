/**
 * The SCORM 2004 (4th edition) package in the LMS simulator: the fixture module taken by
 * keyboard, then the CMI data the LMS committed read back (completion and success status,
 * scaled and raw score, progress measure, location, suspend data, interactions with
 * `incorrect` and `long-fill-in` free text, one objective per module, exit), one resume, and
 * an LMS that refuses writes and commits for a while and still ends up with every answer once.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import type { CourseData, DialogueData, ModuleData, QuizData, ReflectionData } from '../../course/schema/course-data.ts';
import type { BuiltPackage } from '../../build/context.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { buildPackage } from './support/built-course.ts';
import { failLms, readLms, scoFrame, startLmsSimulator, type LmsRecord, type LmsSetup, type LmsSimulator } from './support/lms-simulator.ts';
import { activityHeading, enterCourse, answerItems, certificateCode, FEEDBACK_TEXT, next, player, playDialogue, playModule, REFLECTION_TEXT, ui, type Answered, type Player } from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
const MIXED_PATH = ['scold', 'repair', 'ask-for-idea', 'agree-and-follow-up', 'honest-and-balanced'];
const SETUP: LmsSetup = { version: '2004', learner: { id: 'u-2004', name: 'Berg, Kari' } };

let pkg: BuiltPackage;
let course: CourseData;
let module: ModuleData;
let dialogue: DialogueData;
let quiz: QuizData;
let reflection: ReflectionData;
let lms: LmsSimulator | undefined;

test.beforeAll(async () => {
  pkg = await buildPackage(FIXTURE, 'scorm2004');
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
  module = course.modules[0]!;
  dialogue = module.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
  quiz = module.activities.find((a): a is QuizData => a.type === 'quiz')!;
  reflection = module.activities.find((a): a is ReflectionData => a.type === 'reflection')!;
});
test.afterEach(async () => {
  await lms?.close();
  lms = undefined;
});

async function launch(page: Page): Promise<{ sco: Frame; p: Player }> {
  lms ??= await startLmsSimulator(pkg.files, SETUP);
  await page.goto(lms.url);
  const sco = await scoFrame(page);
  // SCORM stores are limited, so the shell lowers free-text limits (see play-fixture.ts).
  const p = player(page, 'en', sco);
  await enterCourse(p);
  return { sco, p };
}

async function closeSco(page: Page, sco: Frame): Promise<LmsRecord> {
  await sco.goto('about:blank');
  return readLms(page);
}

const interactions = (cmi: Record<string, any>): Array<Record<string, any> & { id: string }> => Object.values(cmi.interactions ?? {});
const nodeOf = (choiceId: string) => dialogue.nodes.find((n) => n.choices?.some((c) => c.id === choiceId))!.id;
const setValues = (record: LmsRecord, element: string) => record.log.filter((c) => c.method === 'SetValue' && c.args[0] === element);
/** A content id as the 2004 package writes it in responses (Moodle refuses hyphens there). */
const shortId = (id: string) => id.replaceAll('-', '_');
const quizScore = (answered: Answered[]) => Math.round((100 * answered.filter((a) => a.correct).length) / answered.length);

test('a mentor takes the module by keyboard and the LMS keeps both statuses, the score, every answer and the free text', async ({ page }) => {
  const { sco, p } = await launch(page);
  await next(p);
  await playDialogue(p, dialogue, MIXED_PATH);
  let record = await readLms(page);
  expect(record.committed.completion_status).toBe('incomplete');
  // One objective per module, created as soon as the course is known.
  expect(Object.values(record.cmi.objectives).map((o: any) => o.id)).toEqual(course.modules.map((m) => m.id));
  await next(p);
  const { answered } = await playModule(p, module, { from: 'learning-log-feedback', wrong: 1 });
  await certificateCode(p);

  record = await closeSco(page, sco);
  const { committed } = record;
  const score = Math.round((100 * answered.filter((a) => a.correct).length) / answered.length);
  expect(committed.completion_status).toBe('completed');
  expect(committed.success_status).toBe('passed');
  expect(committed.score).toMatchObject({ raw: String(score), min: '0', max: '100' });
  expect(Number(committed.score.scaled)).toBeCloseTo(score / 100, 2);
  expect(committed.progress_measure).toBe('1');
  expect(committed.location).toBe(`${module.id}/certificate`);
  expect(committed.suspend_data.length).toBeGreaterThan(0);

  const quality = Object.fromEntries(dialogue.nodes.flatMap((n) => n.choices ?? []).map((c) => [c.id, c.quality]));
  const result = { good: 'correct', acceptable: 'neutral', poor: 'incorrect' } as const;
  const written = interactions(committed);
  const byId = (id: string) => written.filter((i) => i.id === id);
  for (const choice of MIXED_PATH) {
    // Moodle's 2004 data model takes response identifiers only as ^[\w.]{1,250}$: no hyphens.
    expect(byId(`${module.id}.${dialogue.id}.${nodeOf(choice)}`)).toEqual([expect.objectContaining({ learner_response: shortId(choice), result: result[quality[choice]!] })]);
  }
  for (const i of written.filter((x) => x.type !== 'long-fill-in' && x.type !== 'fill-in')) expect(i.learner_response).toMatch(/^[\w.]{1,250}(\[[,.]\][\w.]{1,250})*$/);
  for (const a of answered) {
    expect(byId(`${module.id}.${quiz.id}.${a.itemId}`)).toEqual([expect.objectContaining({ result: a.correct ? 'correct' : 'incorrect' })]);
  }
  expect(byId(`${module.id}.learning-log-feedback.written`)).toEqual([expect.objectContaining({ type: 'long-fill-in', learner_response: FEEDBACK_TEXT })]);
  for (const prompt of reflection.prompts) {
    expect(byId(`${module.id}.${reflection.id}.${prompt.id}`)).toEqual([expect.objectContaining({ type: 'long-fill-in', learner_response: REFLECTION_TEXT })]);
  }
  expect(written).toHaveLength(MIXED_PATH.length + 1 + 1 + answered.length + reflection.prompts.length);
  expect(Object.values(committed.objectives)).toEqual([expect.objectContaining({ id: module.id, completion_status: 'completed' })]);
  expect(setValues(record, 'cmi.session_time').at(-1)?.args[1]).toMatch(/^P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/);
  // `suspend` from the start and also once complete: Moodle hands 2004 data back only after it.
  expect(setValues(record, 'cmi.exit').map((c) => c.args[1])).toEqual(['suspend']);
  expect(record.log.filter((c) => c.method !== 'GetLastError').at(-1)).toMatchObject({ method: 'Terminate', result: 'true' });
  expect(record.log.filter((c) => c.result === 'false')).toEqual([]);
});

test('a mentor who leaves half-way through the quiz resumes at the same question', async ({ page }) => {
  let { sco, p } = await launch(page);
  await next(p);
  await playDialogue(p, dialogue);
  await next(p);
  await playModule(p, module, { from: 'learning-log-feedback', stopAt: quiz.id });
  await answerItems(p, quiz, { until: 2 });
  const left = await closeSco(page, sco);
  expect(setValues(left, 'cmi.exit').at(-1)?.args[1]).toBe('suspend');
  expect(left.committed.location).toBe(`${module.id}/${quiz.id}`);
  expect(left.committed.completion_status).toBe('incomplete');
  expect(Number(left.committed.progress_measure)).toBeGreaterThan(0);
  expect(Number(left.committed.progress_measure)).toBeLessThan(1);

  ({ sco, p } = await launch(page));
  const back = await readLms(page);
  expect(back.log.find((c) => c.method === 'GetValue' && c.args[0] === 'cmi.entry')?.result).toBe('resume');
  await expect(activityHeading(p)).toHaveText(quiz.title);
  await expect(sco.locator('wm-quiz').getByText(ui('en', 'quiz.progress').replace('{{number}}', '3').replace('{{total}}', '6'))).toBeVisible();
  await answerItems(p, quiz, { from: 3, start: false });
  await expect(sco.locator('wm-quiz').getByText(ui('en', 'quiz.scored').replace('{{score}}', '100'))).toBeVisible();
  await next(p);
  await playModule(p, module, { from: reflection.id });
  await certificateCode(p);
  const { committed } = await closeSco(page, sco);
  expect(committed).toMatchObject({ completion_status: 'completed', success_status: 'passed', score: { raw: '100' } });
  expect(interactions(committed).filter((i) => i.id.startsWith(`${module.id}.${quiz.id}.`))).toHaveLength(6);
});

test('an LMS that refuses writes and commits for a while still gets every answer exactly once', async ({ page }) => {
  const { sco, p } = await launch(page);
  await next(p);
  // From now for about four seconds the LMS refuses every write (351, General Set Failure) and
  // every commit (391, General Commit Failure): errors that may pass, so the player must retry.
  const now = await page.evaluate(() => performance.now());
  await failLms(page, { method: 'SetValue', code: '351', fromMs: 0, untilMs: now + 4_000 });
  await failLms(page, { method: 'Commit', code: '391', fromMs: 0, untilMs: now + 4_000 });
  await playDialogue(p, dialogue, MIXED_PATH);
  await next(p);
  const during = await readLms(page);
  // The outage hit the dialogue: the LMS refused its answers (however fast the keys went).
  expect(during.log.some((c) => c.method === 'SetValue' && c.result === 'false' && c.args[0]!.startsWith('cmi.interactions.'))).toBe(true);
  await page.waitForTimeout(Math.max(0, now + 4_500 - (await page.evaluate(() => performance.now()))));

  const { answered } = await playModule(p, module, { from: 'learning-log-feedback', wrong: 1 });
  await certificateCode(p);
  const expected = [
    ...MIXED_PATH.map((choice) => `${module.id}.${dialogue.id}.${nodeOf(choice)}`),
    `${module.id}.learning-log-feedback.sort`,
    `${module.id}.learning-log-feedback.written`,
    ...answered.map((a) => `${module.id}.${quiz.id}.${a.itemId}`),
    ...reflection.prompts.map((prompt) => `${module.id}.${reflection.id}.${prompt.id}`),
  ];
  // Retries, not the page closing, bring the refused answers in while the learner is still there.
  await expect.poll(async () => interactions((await readLms(page)).cmi).map((i) => i.id).sort(), { timeout: 30_000 }).toEqual([...expected].sort());

  const record = await closeSco(page, sco);
  const { committed } = record;
  const written = interactions(committed);
  // Every answer exactly once, in the order given.
  expect(written.map((i) => i.id)).toEqual(expected);
  // A retry completes the interaction record it started, so records are created at 0, 1, 2, …:
  // SCORM 2004 refuses index n+1 before n exists (error 351), though this simulator lets it pass.
  const created = record.log.filter((c) => c.method === 'SetValue' && c.result === 'true' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!));
  expect(created.map((c) => c.args[0])).toEqual(expected.map((_, n) => `cmi.interactions.${n}.id`));
  const quality = Object.fromEntries(dialogue.nodes.flatMap((n) => n.choices ?? []).map((c) => [c.id, c.quality]));
  const result = { good: 'correct', acceptable: 'neutral', poor: 'incorrect' } as const;
  for (const [index, choice] of MIXED_PATH.entries()) expect(written[index]).toMatchObject({ learner_response: shortId(choice), result: result[quality[choice]!] });
  for (const a of answered) {
    expect(written.find((i) => i.id === `${module.id}.${quiz.id}.${a.itemId}`)).toMatchObject({ result: a.correct ? 'correct' : 'incorrect' });
  }
  expect(answered.some((a) => !a.correct)).toBe(true);
  const score = quizScore(answered);
  expect(committed.completion_status).toBe('completed');
  expect(committed.success_status).toBe('passed');
  expect(committed.score).toMatchObject({ raw: String(score), min: '0', max: '100' });
  expect(Number(committed.score.scaled)).toBeCloseTo(score / 100, 2);
});
