/**
 * The xAPI package against a real LRS: lrs-stub in-process on 127.0.0.1 (in-memory store,
 * known Basic credentials), the package launched with Tin Can launch parameters, the fixture
 * module taken by keyboard, and the statements read back from the LRS by registration. Then a
 * reload resumes from the State API, and an LRS that answers 503 for a while loses nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { CourseData, DialogueData, ModuleData, QuizData } from '../../course/schema/course-data.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { serveFiles, type RunningServer } from '../../build/serve.ts';
import { RESUME_STATE_ID } from '../../components/src/tracking/xapi/xapi-vocabulary.ts';
import { buildPackage } from './support/built-course.ts';
import { LRS_AUTH, startLrs, type RunningLrs } from './support/lrs.ts';
import { activityHeading, enterCourse, bestPath, certificateCode, next, player, playDialogue, playModule, ui } from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
const ACTOR = { objectType: 'Agent', name: 'Emma Janssens', mbox: 'mailto:emma@example.org' };
const verb = (s: any): string => s.verb.id.split('/').at(-1);

let course: CourseData;
let module: ModuleData;
let dialogue: DialogueData;
let quiz: QuizData;
let served: RunningServer;
let lrs: RunningLrs;

test.beforeAll(async () => {
  const pkg = await buildPackage(FIXTURE, 'xapi');
  served = await serveFiles(pkg.files);
  lrs = await startLrs();
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
  module = course.modules[0]!;
  dialogue = module.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
  quiz = module.activities.find((a): a is QuizData => a.type === 'quiz')!;
});
test.afterAll(async () => {
  await served?.close();
  await lrs?.close();
});
test.afterEach(() => {
  lrs.down = false;
});

/** Opens the package as an LMS launches it: Tin Can parameters in the query string. */
async function launch(page: Page, registration: string) {
  const query = new URLSearchParams({ endpoint: `${lrs.proxyUrl}/xapi/`, auth: LRS_AUTH, actor: JSON.stringify(ACTOR), registration, activity_id: course.baseIri });
  await page.goto(`${served.url}index.html?${query}`);
  const p = player(page);
  await enterCourse(p);
  return p;
}

/** The learner switches away (the phone locks, another app): the page is hidden, the course suspends. */
async function hide(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const iri = (...ids: string[]) => [course.baseIri, ...ids].join('/');
const nodeOf = (choiceId: string) => dialogue.nodes.find((n) => n.choices?.some((c) => c.id === choiceId))!.id;

test('a mentor takes the module by keyboard and the LRS holds every statement, and a reload resumes from the State API', async ({ page }) => {
  const registration = randomUUID();
  const p = await launch(page, registration);
  const { answered } = await playModule(p, module, { wrong: 1 });
  await certificateCode(p);
  await hide(page);
  await expect.poll(async () => (await lrs.statements(registration)).map(verb)).toContain('suspended');
  const statements = await lrs.statements(registration);

  expect(verb(statements[0])).toBe('initialized');
  expect(statements[0].object.id).toBe(course.baseIri);
  for (const s of statements) {
    expect(s.actor).toMatchObject({ mbox: ACTOR.mbox });
    expect(s.context.registration).toBe(registration);
  }
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  // Every activity experienced, every dialogue choice and quiz item answered once, at stable IRIs.
  const objects = (name: string) => statements.filter((s) => verb(s) === name).map((s) => s.object.id);
  expect(objects('experienced')).toEqual(module.activities.map((a) => iri(module.id, a.id)));
  const answers = statements.filter((s) => verb(s) === 'answered');
  expect(answers.map((s) => s.object.id)).toEqual([
    ...bestPath(dialogue).map((choice) => iri(module.id, dialogue.id, nodeOf(choice))),
    iri(module.id, 'learning-log-feedback', 'sorting'),
    ...answered.map((a) => iri(module.id, quiz.id, a.itemId)),
  ]);
  for (const a of answered) {
    const s = answers.find((x) => x.object.id === iri(module.id, quiz.id, a.itemId));
    expect(s.result.success, a.itemId).toBe(a.correct);
    expect(s.object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(s.context.contextActivities.parent).toEqual([expect.objectContaining({ id: iri(module.id, quiz.id) })]);
    expect(s.context.contextActivities.grouping.map((g: any) => g.id)).toContain(course.baseIri);
  }
  const score = Math.round((100 * answered.filter((a) => a.correct).length) / answered.length);
  const onCourse = (name: string) => statements.filter((s) => verb(s) === name && s.object.id === course.baseIri);
  expect(onCourse('completed')).toHaveLength(1);
  expect(onCourse('completed')[0].result).toMatchObject({ completion: true, score: { raw: score, min: 0, max: 100 } });
  expect(onCourse('passed').at(-1).result).toMatchObject({ success: true, score: { raw: score, scaled: score / 100 } });
  expect(verb(statements.at(-1))).toBe('suspended');

  // The resume state is a State API document on the course activity for this learner and registration.
  const agent = encodeURIComponent(JSON.stringify(ACTOR));
  const doc = await lrs.get(`/xapi/activities/state?activityId=${encodeURIComponent(course.baseIri)}&agent=${agent}&registration=${registration}&stateId=${encodeURIComponent(RESUME_STATE_ID)}`);
  expect(typeof doc.state).toBe('string');
  expect(doc.state.length).toBeGreaterThan(0);

  const before = statements.length;
  await page.reload();
  await expect(activityHeading(p)).toHaveText(module.activities.at(-1)!.title, { timeout: 15_000 });
  await expect(page.locator('wm-course .notice').first()).toHaveText(ui('en', 'course.welcomeBack'));
  await expect(page.locator('wm-course nav a', { hasText: quiz.title })).toContainText(ui('en', 'course.status.completed'));
  // The new session opens with initialized + resumed (what the old one sent on leaving may come first).
  await expect
    .poll(async () => {
      const verbs = (await lrs.statements(registration)).map(verb).slice(before);
      return verbs.slice(verbs.indexOf('initialized'), verbs.indexOf('initialized') + 2);
    })
    .toEqual(['initialized', 'resumed']);
});

test('an LRS that answers 503 for a while still gets every statement exactly once', async ({ page }) => {
  const registration = randomUUID();
  const p = await launch(page, registration);
  await next(p);
  lrs.down = true;
  await playDialogue(p, dialogue);
  await next(p);
  expect(lrs.refused).toBeGreaterThan(0);
  const during = await lrs.statements(registration);
  expect(during.filter((s) => verb(s) === 'answered')).toEqual([]);
  lrs.down = false;

  const { answered } = await playModule(p, module, { from: 'learning-log-feedback' });
  await certificateCode(p);
  await hide(page);
  await expect.poll(async () => (await lrs.statements(registration)).map(verb)).toContain('suspended');
  const statements = await lrs.statements(registration);
  const answers = statements.filter((s) => verb(s) === 'answered').map((s) => s.object.id);
  expect(answers).toEqual([
    ...bestPath(dialogue).map((choice) => iri(module.id, dialogue.id, nodeOf(choice))),
    iri(module.id, 'learning-log-feedback', 'sorting'),
    ...answered.map((a) => iri(module.id, quiz.id, a.itemId)),
  ]);
  // Nothing twice: one statement per (verb, object) where each happens once, and unique ids.
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  expect(statements.filter((s) => verb(s) === 'experienced').map((s) => s.object.id)).toEqual(module.activities.map((a) => iri(module.id, a.id)));
  expect(statements.filter((s) => verb(s) === 'completed' && s.object.id === course.baseIri)).toHaveLength(1);
  expect(statements.filter((s) => verb(s) === 'passed' && s.object.id === course.baseIri).at(-1).result.score.raw).toBe(100);
});

test('an LRS that is down at launch: the learner works on, is told calmly, and every statement arrives once it is back', async ({ page }) => {
  const registration = randomUUID();
  lrs.down = true;
  const p = await launch(page, registration);
  const notice = page.locator('wm-tracking-notice');
  await expect(notice).toHaveAttribute('state', 'saved-on-device');
  await next(p);
  await playDialogue(p, dialogue);
  expect(await lrs.statements(registration)).toEqual([]);
  lrs.down = false;
  // The start is tried again with backoff; then what was kept on this device goes out.
  await expect(notice).toHaveAttribute('state', 'sent', { timeout: 60_000 });
  await expect
    .poll(async () => (await lrs.statements(registration)).filter((s) => verb(s) === 'answered').map((s) => s.object.id), { timeout: 30_000 })
    .toEqual(bestPath(dialogue).map((choice) => iri(module.id, dialogue.id, nodeOf(choice))));
  const statements = await lrs.statements(registration);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  expect(statements.filter((s) => verb(s) === 'experienced').map((s) => s.object.id)).toEqual(module.activities.slice(0, 2).map((a) => iri(module.id, a.id)));
  // The state to resume from is in the LRS too.
  await expect
    .poll(async () => (await lrs.get(`/xapi/activities/state?${new URLSearchParams({ activityId: course.baseIri, agent: JSON.stringify(ACTOR), stateId: RESUME_STATE_ID, registration })}`))?.state)
    .toEqual(expect.any(String));
});

// Closing the tab (terminated at pagehide): page-close.spec.ts.
