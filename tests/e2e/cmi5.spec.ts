/**
 * The cmi5 package launched the way an LMS does it, through lrs-stub's cmi5 launcher (register
 * the launch, open the launch URL, the AU fetches its token): the fixture module taken by
 * keyboard, then the statements read back from the LRS: the cmi5-defined ones with the context
 * template and category, the answers as allowed statements, and moveOn judged by the launcher.
 * A Browse launch sends neither completed nor passed. A launch shaped like the one ADL's
 * reference player CATAPULT makes (its own AU id, `"masteryScore": null`, the actor with keys in
 * its order) records to the LRS with the actor byte for byte. A learner who closes the page
 * half-way comes back through a new launch for the same registration to the same question, and
 * an LRS that answers 503 for a while still gets every statement once.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { CourseData, DialogueData, ModuleData, QuizData } from '../../course/schema/course-data.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { serveFiles, type RunningServer } from '../../build/serve.ts';
import { RESUME_STATE_ID } from '../../components/src/tracking/xapi/xapi-vocabulary.ts';
import { CTS_ACTOR } from '../../components/src/tracking/cmi5/test-catapult-player.ts';
import { decodeResume } from '../../components/src/runtime/resume/decode-resume.ts';
import { buildPackage } from './support/built-course.ts';
import { LRS_AUTH, startLrs, type RunningLrs } from './support/lrs.ts';
import { activityHeading, enterCourse, answerItems, bestPath, certificateCode, next, player, playDialogue, playModule, ui } from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const verb = (s: any): string => s.verb.id.split('/').at(-1);
const categories = (s: any): string[] => (s.context?.contextActivities?.category ?? []).map((c: any) => c.id);
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const sessionOf = (s: any): string => s.context?.extensions?.[SESSION_ID];

let course: CourseData;
let module: ModuleData;
let dialogue: DialogueData;
let quiz: QuizData;
let served: RunningServer;
let lrs: RunningLrs;
let auId: string;
/** A second browser a test opened (the learner on another computer); closed after the test. */
let elsewhere: BrowserContext | undefined;

test.beforeAll(async () => {
  const pkg = await buildPackage(FIXTURE, 'cmi5');
  served = await serveFiles(pkg.files);
  lrs = await startLrs();
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
  module = course.modules[0]!;
  dialogue = module.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
  quiz = module.activities.find((a): a is QuizData => a.type === 'quiz')!;
  const structure = pkg.files.get('cmi5.xml')!.toString('utf8');
  auId = /<au id="([^"]+)"/.exec(structure)![1]!;
});
test.afterAll(async () => {
  await served?.close();
  await lrs?.close();
});
test.afterEach(async () => {
  lrs.down = false;
  await elsewhere?.close();
  elsewhere = undefined;
});

interface Launch {
  launchMode?: 'Normal' | 'Browse';
  /** A later launch of the same registration (the learner comes back); a new one by default. */
  registration?: string;
  /** Through the test's proxy (which can take the LRS down) instead of straight to the LRS. */
  viaProxy?: boolean;
}

/**
 * Registers a launch with the launcher, as the LMS does, and opens its launch URL. The launcher
 * names itself by the Host it was called at, so a launch made through the proxy gives the AU
 * the proxy's endpoint and fetch URL.
 */
async function launch(page: Page, { launchMode = 'Normal', registration: given, viaProxy = false }: Launch = {}) {
  const response = await fetch(`${viaProxy ? lrs.proxyUrl : lrs.url}/cmi5/launches`, {
    method: 'POST',
    headers: { authorization: LRS_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({
      activityId: auId,
      auUrl: `${served.url}index.html`,
      learnerName: 'Emma Janssens',
      learnerId: 'emma',
      moveOn: 'Passed',
      masteryScore: 0.8,
      launchMode,
      ...(given ? { registration: given } : {}),
    }),
  });
  expect(response.status).toBe(201);
  const { launchUrl, registration } = (await response.json()) as { launchUrl: string; registration: string };
  await page.goto(launchUrl);
  const p = player(page);
  await enterCourse(p);
  return { p, registration };
}

/** The learner switches away (the phone locks, another app): the page is hidden, the course suspends. */
async function hide(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

test('a mentor takes the module through the cmi5 launcher and moveOn is satisfied', async ({ page }) => {
  const { p, registration } = await launch(page);
  const { answered } = await playModule(p, module, { wrong: 1 });
  await certificateCode(p);
  await hide(page);
  await expect.poll(async () => (await lrs.statements(registration)).map(verb)).toContain('completed');
  const statements = await lrs.statements(registration);
  const defined = statements.filter((s) => categories(s).includes(CMI5_CATEGORY));
  // Passed once the quiz is mastered, completed when the last required activity is done.
  expect(defined.map(verb)).toEqual(['initialized', 'passed', 'completed']);
  for (const s of defined) {
    expect(s.object.id).toBe(auId);
    expect(s.context.registration).toBe(registration);
    // The context template from LMS.LaunchData: the session id extension at least.
    expect(Object.keys(s.context.extensions ?? {})).toContain('https://w3id.org/xapi/cmi5/context/extensions/sessionid');
  }
  expect(categories(defined.find((s) => verb(s) === 'passed'))).toContain(MOVEON_CATEGORY);
  const score = Math.round((100 * answered.filter((a) => a.correct).length) / answered.length);
  expect(defined.find((s) => verb(s) === 'passed').result).toMatchObject({ success: true, score: { scaled: score / 100 } });
  // Answers are allowed statements: not cmi5-defined, never in the moveOn category.
  const answers = statements.filter((s) => verb(s) === 'answered');
  // Every dialogue choice on the best path, the sorting, and every quiz item.
  expect(answers.length).toBe(bestPath(dialogue).length + 1 + answered.length);
  for (const s of answers) {
    expect(categories(s)).not.toContain(CMI5_CATEGORY);
    expect(categories(s)).not.toContain(MOVEON_CATEGORY);
    expect(s.context.registration).toBe(registration);
  }
  // Activities completed inside the AU are allowed statements too (the Browse test relies on it).
  expect(statements.filter((s) => verb(s) === 'completed' && s.object.id !== auId).map((s) => s.object.id)).toContain(`${course.baseIri}/${module.id}/burnt-tray`);
  const judged = await lrs.get(`/cmi5/registrations/${registration}`);
  expect(judged).toMatchObject({ moveOn: 'Passed', passed: true, satisfied: true });
});

test('a Browse launch sends neither completed nor passed', async ({ page }) => {
  const { p, registration } = await launch(page, { launchMode: 'Browse' });
  // In Normal mode the dialogue alone sends a completed statement for it (checked above).
  await next(p);
  await playDialogue(p, module.activities.find((a) => a.type === 'dialogue')!);
  await hide(page);
  // A Browse session records no results; give anything it might wrongly send time to arrive.
  await page.waitForTimeout(1_000);
  const verbs = (await lrs.statements(registration)).map(verb);
  expect(verbs).toContain('initialized');
  expect(verbs).not.toContain('completed');
  expect(verbs).not.toContain('passed');
  const judged = await lrs.get(`/cmi5/registrations/${registration}`);
  expect(judged).toMatchObject({ satisfied: false });
});

/** Every `"actor":{…}` in a request body, as the text the page sent. */
function actorTexts(body: string): string[] {
  const texts: string[] = [];
  for (let at = body.indexOf('"actor":'); at >= 0; at = body.indexOf('"actor":', at + 1)) {
    const start = at + '"actor":'.length;
    let depth = 0;
    for (let i = start; i < body.length; i++) {
      if (body[i] === '{') depth++;
      if (body[i] === '}' && --depth === 0) {
        texts.push(body.slice(start, i + 1));
        break;
      }
    }
  }
  return texts;
}

test("a launch shaped like CATAPULT's records to the LRS, with the actor byte for byte", async ({ page }) => {
  // CATAPULT launches with an AU id of its own and puts our cmi5.xml AU id in the context
  // template as the publisher id (player/service/plugins/routes/v1/courses.js).
  const lmsAuId = `https://w3id.org/xapi/cmi5/catapult/player/course/${randomUUID()}/au/0`;
  const actor = JSON.parse(CTS_ACTOR);
  const response = await fetch(`${lrs.url}/cmi5/launches`, {
    method: 'POST',
    headers: { authorization: LRS_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ activityId: lmsAuId, publisherId: auId, auUrl: `${served.url}index.html`, actor, moveOn: 'Completed' }),
  });
  expect(response.status).toBe(201);
  const { launchUrl, registration } = (await response.json()) as { launchUrl: string; registration: string };
  // Its LMS.LaunchData for an AU without a mastery score: masteryScore null, entitlementKey {}.
  const scope = new URLSearchParams({ activityId: lmsAuId, agent: CTS_ACTOR, registration, stateId: 'LMS.LaunchData' });
  const written = await lrs.get(`/xapi/activities/state?${scope}`);
  const launchData = {
    launchMode: 'Normal',
    masteryScore: null,
    moveOn: 'Completed',
    contextTemplate: { contextActivities: { grouping: [{ id: auId }] }, extensions: written.contextTemplate.extensions },
    entitlementKey: {},
  };
  const put = await fetch(`${lrs.url}/xapi/activities/state?${scope}`, {
    method: 'PUT',
    headers: { authorization: LRS_AUTH, 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' },
    body: JSON.stringify(launchData),
  });
  expect(put.status).toBe(204);
  // The actor text as CATAPULT's test suite launches with it (keys in MySQL's order).
  const url = new URL(launchUrl);
  url.searchParams.set('actor', CTS_ACTOR);
  const sent: { url: URL; body: string | null }[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${lrs.url}/xapi/`)) sent.push({ url: new URL(request.url()), body: request.postData() });
  });

  await page.goto(url.href);
  const p = player(page);
  await enterCourse(p);
  await next(p);
  await playDialogue(p, dialogue);
  await hide(page);
  await expect.poll(async () => (await lrs.statements(registration)).map(verb)).toContain('answered');

  const statements = await lrs.statements(registration);
  expect(verb(statements[0])).toBe('initialized');
  expect(statements[0].object.id).toBe(lmsAuId);
  expect(statements[0].context.contextActivities.grouping[0].id).toBe(auId);
  for (const s of statements) expect(s.actor).toEqual(actor);
  // On the wire: every agent parameter and every statement's actor is the launch's text.
  const agents = sent.filter((r) => r.url.searchParams.has('agent'));
  expect(new Set(agents.map((r) => r.url.pathname.replace(/^\/xapi\//, '')))).toEqual(new Set(['activities/state', 'agents/profile', 'statements']));
  for (const r of agents) expect(r.url.searchParams.get('agent')).toBe(CTS_ACTOR);
  const actors = sent.flatMap((r) => (r.url.pathname === '/xapi/statements' && r.body ? actorTexts(r.body) : []));
  expect(actors.length).toBeGreaterThanOrEqual(statements.length);
  for (const text of actors) expect(text).toBe(CTS_ACTOR);
});

const iri = (...ids: string[]) => [course.baseIri, ...ids].join('/');
const nodeOf = (choiceId: string) => dialogue.nodes.find((n) => n.choices?.some((c) => c.id === choiceId))!.id;
const quizProgress = (number: number) => ui('en', 'quiz.progress').replace('{{number}}', String(number)).replace('{{total}}', String(quiz.draw ?? quiz.items.length));

/** The statements of each cmi5 session (by the session id the launcher put in the context template), in the order stored. */
function bySession(statements: any[]): Map<string, any[]> {
  const sessions = new Map<string, any[]>();
  for (const s of statements) sessions.set(sessionOf(s), [...(sessions.get(sessionOf(s)) ?? []), s]);
  return sessions;
}

/** The resume state the LRS holds for this registration, decoded as the player would. */
async function storedProgress(registration: string) {
  const actor = (await lrs.statements(registration))[0].actor;
  const query = new URLSearchParams({ activityId: auId, agent: JSON.stringify(actor), registration, stateId: RESUME_STATE_ID });
  const doc = await lrs.get(`/xapi/activities/state?${query}`);
  return typeof doc?.state === 'string' ? decodeResume(course, doc.state).progress : undefined;
}

test('a mentor who closes the page half-way through the quiz comes back through a new launch to the same question', async ({ page, browser }) => {
  let { p, registration } = await launch(page);
  await next(p);
  await playDialogue(p, dialogue);
  await next(p);
  await playModule(p, module, { from: 'learning-log-feedback', stopAt: quiz.id });
  const first = await answerItems(p, quiz, { until: 3 });
  await expect(page.locator('wm-quiz').getByText(quizProgress(4))).toBeVisible();
  await hide(page);
  // The LRS's State API holds where the learner is and the three answers (what a new launch reads).
  await expect.poll(async () => (await storedProgress(registration))?.location, { timeout: 15_000 }).toBe(`${module.id}/${quiz.id}`);
  const kept = (await storedProgress(registration))!.activities[`${module.id}/${quiz.id}`];
  expect(kept).toMatchObject({ status: 'in-progress', detail: { type: 'quiz', current: { submitted: false } } });
  expect(Object.keys((kept?.detail as any).current.answers).sort()).toEqual(first.map((a) => a.itemId).sort());
  await page.close();

  // She comes back later on another computer, so what resumes is what the LRS kept (not the copy
  // in the first browser's outbox): the LMS launches the AU again for the same registration, a
  // new session with a new fetch URL.
  elsewhere = await browser.newContext();
  const again = await elsewhere.newPage();
  ({ p } = await launch(again, { registration }));
  await expect(activityHeading(p)).toHaveText(quiz.title);
  await expect(again.locator('wm-course .notice').first()).toHaveText(ui('en', 'course.welcomeBack'));
  for (const title of [dialogue.title, 'Feedback on a learning log']) {
    await expect(again.locator('wm-course nav a', { hasText: title })).toContainText(ui('en', 'course.status.completed'));
  }
  await expect(again.locator('wm-quiz').getByText(quizProgress(4))).toBeVisible();
  const rest = await answerItems(p, quiz, { from: 4, start: false });
  // The score counts the three answers given before leaving: all six right.
  await expect(again.locator('wm-quiz').getByText(ui('en', 'quiz.scored').replace('{{score}}', '100'))).toBeVisible();
  await next(p);
  const afterQuiz = module.activities[module.activities.indexOf(quiz) + 1]!;
  await playModule(p, module, { from: afterQuiz.id });
  await certificateCode(p);
  await hide(again);
  await expect.poll(async () => (await lrs.statements(registration)).filter((s) => s.object.id === auId).map(verb), { timeout: 15_000 }).toContain('completed');

  const statements = await lrs.statements(registration);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  // Every quiz item answered exactly once over both sessions, in the order answered.
  expect(statements.filter((s) => verb(s) === 'answered' && s.object.id.startsWith(`${iri(module.id, quiz.id)}/`)).map((s) => s.object.id)).toEqual(
    [...first, ...rest].map((a) => iri(module.id, quiz.id, a.itemId)),
  );
  const defined = statements.filter((s) => categories(s).includes(CMI5_CATEGORY)).map(verb);
  expect(defined.filter((v) => v === 'passed')).toHaveLength(1);
  expect(defined.filter((v) => v === 'completed')).toHaveLength(1);
  expect(statements.find((s) => verb(s) === 'passed' && s.object.id === auId).result).toMatchObject({ success: true, score: { scaled: 1 } });
  // Two launches, two sessions: each opened by exactly one initialized, and nothing after its terminated.
  const sessions = bySession(statements);
  expect(sessions.size).toBe(2);
  for (const [id, list] of sessions) {
    expect(id).toBeTruthy();
    expect(list.map(verb).filter((v) => v === 'initialized'), id).toHaveLength(1);
    expect(verb(list[0]), id).toBe('initialized');
    // Whether closing the page sends terminated at all is page-close.spec.ts's question.
    const end = list.findIndex((s) => verb(s) === 'terminated');
    if (end >= 0) expect(list.slice(end + 1).map(verb), `after terminated in ${id}`).toEqual([]);
  }
  const judged = await lrs.get(`/cmi5/registrations/${registration}`);
  expect(judged).toMatchObject({ moveOn: 'Passed', passed: true, satisfied: true });
});

test('an LRS that answers 503 for a while still gets every statement exactly once', async ({ page }) => {
  const { p, registration } = await launch(page, { viaProxy: true });
  await next(p);
  const refusedBefore = lrs.refused;
  lrs.down = true;
  await playDialogue(p, dialogue);
  await next(p);
  expect(lrs.refused).toBeGreaterThan(refusedBefore);
  const during = await lrs.statements(registration);
  expect(during.filter((s) => verb(s) === 'answered')).toEqual([]);
  lrs.down = false;

  const { answered } = await playModule(p, module, { from: 'learning-log-feedback' });
  await certificateCode(p);
  const expected = [
    ...bestPath(dialogue).map((choice) => iri(module.id, dialogue.id, nodeOf(choice))),
    iri(module.id, 'learning-log-feedback', 'sorting'),
    ...answered.map((a) => iri(module.id, quiz.id, a.itemId)),
  ];
  // Retries, not the page leaving, bring in what the outage held back, while the learner is still there.
  await expect.poll(async () => (await lrs.statements(registration)).filter((s) => verb(s) === 'answered').map((s) => s.object.id), { timeout: 30_000 }).toEqual(expected);
  await expect.poll(async () => (await lrs.statements(registration)).filter((s) => s.object.id === auId).map(verb), { timeout: 30_000 }).toContain('completed');

  const statements = await lrs.statements(registration);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  expect(statements.filter((s) => verb(s) === 'experienced').map((s) => s.object.id)).toEqual(module.activities.map((a) => iri(module.id, a.id)));
  // The cmi5-defined statements once each, in the order cmi5 requires, all in the one session.
  const defined = statements.filter((s) => categories(s).includes(CMI5_CATEGORY));
  expect(defined.map(verb)).toEqual(['initialized', 'passed', 'completed']);
  expect(defined.find((s) => verb(s) === 'passed').result).toMatchObject({ success: true, score: { scaled: 1 } });
  expect(new Set(statements.map(sessionOf)).size).toBe(1);
  const judged = await lrs.get(`/cmi5/registrations/${registration}`);
  expect(judged).toMatchObject({ moveOn: 'Passed', passed: true, satisfied: true });
});
