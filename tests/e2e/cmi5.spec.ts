/**
 * The cmi5 package launched the way an LMS does it, through lrs-stub's cmi5 launcher (register
 * the launch, open the launch URL, the AU fetches its token): the fixture module taken by
 * keyboard, then the statements read back from the LRS: the cmi5-defined ones with the context
 * template and category, the answers as allowed statements, and moveOn judged by the launcher.
 * A Browse launch sends neither completed nor passed.
 */
import { expect, test, type Page } from '@playwright/test';
import type { CourseData, ModuleData } from '../../course/schema/course-data.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { serveFiles, type RunningServer } from '../../build/serve.ts';
import { buildPackage } from './support/built-course.ts';
import { LRS_AUTH, startLrs, type RunningLrs } from './support/lrs.ts';
import { activityHeading, certificateCode, next, player, playDialogue, playModule } from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const verb = (s: any): string => s.verb.id.split('/').at(-1);
const categories = (s: any): string[] => (s.context?.contextActivities?.category ?? []).map((c: any) => c.id);

let course: CourseData;
let module: ModuleData;
let served: RunningServer;
let lrs: RunningLrs;
let auId: string;

test.beforeAll(async () => {
  const pkg = await buildPackage(FIXTURE, 'cmi5');
  served = await serveFiles(pkg.files);
  lrs = await startLrs();
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
  module = course.modules[0]!;
  const structure = pkg.files.get('cmi5.xml')!.toString('utf8');
  auId = /<au id="([^"]+)"/.exec(structure)![1]!;
});
test.afterAll(async () => {
  await served?.close();
  await lrs?.close();
});

/** Registers a launch with the launcher, as the LMS does, and opens its launch URL. */
async function launch(page: Page, launchMode: 'Normal' | 'Browse') {
  const response = await fetch(`${lrs.url}/cmi5/launches`, {
    method: 'POST',
    headers: { authorization: LRS_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ activityId: auId, auUrl: `${served.url}index.html`, learnerName: 'Emma Janssens', learnerId: 'emma', moveOn: 'Passed', masteryScore: 0.8, launchMode }),
  });
  expect(response.status).toBe(201);
  const { launchUrl, registration } = (await response.json()) as { launchUrl: string; registration: string };
  await page.goto(launchUrl);
  const p = player(page);
  await expect(activityHeading(p)).toBeVisible({ timeout: 15_000 });
  return { p, registration };
}

async function hide(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

test('a mentor takes the module through the cmi5 launcher and moveOn is satisfied', async ({ page }) => {
  const { p, registration } = await launch(page, 'Normal');
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
  expect(answers.length).toBe(answered.length + 5);
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
  const { p, registration } = await launch(page, 'Browse');
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

// On a real close (pagehide) the reliable tracker's `finish` waits for the delivery loop, which
// waits on a response that never comes once the page is gone, so `terminated` is never sent.
// Waits on a keepalive send at page close: ReliableTracker.finish() waits for a state save that
// never gets its reply once the page is gone, so terminated never leaves (see the closing note).
test.fixme('closing the page sends terminated, and nothing after it', async () => {});
