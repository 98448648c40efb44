/**
 * A mentor closes the tab in the middle of the module (xAPI and cmi5 packages, against the
 * local LRS). After `pagehide` no answer from the LRS reaches the page, so the player must hand
 * over its last save, the statements still queued and `terminated` in requests that outlive the
 * page: the LRS ends the session with `terminated` as its last statement, holds the state to
 * resume from, and (cmi5) nothing follows `terminated` in that session.
 */
import { expect, test, type Page } from '@playwright/test';
import type { CourseData, DialogueData, ModuleData } from '../../course/schema/course-data.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { serveFiles, type RunningServer } from '../../build/serve.ts';
import { decodeResume } from '../../components/src/runtime/resume/decode-resume.ts';
import { RESUME_STATE_ID } from '../../components/src/tracking/xapi/xapi-vocabulary.ts';
import { buildPackage } from './support/built-course.ts';
import { LRS_AUTH, startLrs, type RunningLrs } from './support/lrs.ts';
import { activityHeading, enterCourse, next, player, playDialogue, type Player } from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
const ACTOR = { objectType: 'Agent', name: 'Emma Janssens', mbox: 'mailto:emma@example.org' };
const verb = (s: any): string => s.verb.id.split('/').at(-1);

let course: CourseData;
let module: ModuleData;
let dialogue: DialogueData;
let lrs: RunningLrs;
const served: Partial<Record<'xapi' | 'cmi5', RunningServer>> = {};

test.beforeAll(async () => {
  lrs = await startLrs();
  for (const target of ['xapi', 'cmi5'] as const) served[target] = await serveFiles((await buildPackage(FIXTURE, target)).files);
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
  module = course.modules[0]!;
  dialogue = module.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
});
test.afterAll(async () => {
  await Promise.all(Object.values(served).map((s) => s.close()));
  await lrs?.close();
});

/** Plays up to and through the dialogue, then closes the tab the way a learner does (unload handlers run). */
async function playHalfAndClose(page: Page, p: Player): Promise<void> {
  await enterCourse(p);
  while ((await activityHeading(p).textContent())?.trim() !== dialogue.title) await next(p);
  await playDialogue(p, dialogue);
  await page.close({ runBeforeUnload: true });
}

async function resumeState(activityId: string, actor: object, registration: string): Promise<string | undefined> {
  const query = new URLSearchParams({ activityId, agent: JSON.stringify(actor), registration, stateId: RESUME_STATE_ID });
  return ((await lrs.get(`/xapi/activities/state?${query}`)) as { state?: string } | undefined)?.state;
}

test('xAPI: closing the tab sends terminated after the last statements, and the state to resume from', async ({ context }) => {
  const registration = crypto.randomUUID();
  const page = await context.newPage();
  const query = new URLSearchParams({ endpoint: `${lrs.url}/xapi/`, auth: LRS_AUTH, actor: JSON.stringify(ACTOR), registration, activity_id: course.baseIri });
  await page.goto(`${served.xapi!.url}index.html?${query}`);
  await playHalfAndClose(page, player(page));

  await expect.poll(async () => (await lrs.statements(registration)).map(verb).at(-1), { timeout: 10_000 }).toBe('terminated');
  const statements = await lrs.statements(registration);
  const verbs = statements.map(verb);
  expect(verbs.filter((v) => v === 'terminated')).toHaveLength(1);
  // The dialogue's choices all arrived, before terminated; ids are unique.
  expect(verbs.filter((v) => v === 'answered').length).toBeGreaterThan(0);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  const timestamps = statements.map((s) => Date.parse(s.timestamp));
  expect(Math.max(...timestamps)).toBe(timestamps.at(-1));
  const state = await resumeState(course.baseIri, ACTOR, registration);
  expect(state).toBeDefined();
  const decoded = decodeResume(course, state!);
  expect(decoded.problems).toEqual([]);
  expect(decoded.progress.location).toBe(`${module.id}/${dialogue.id}`);
});

test('cmi5: closing the tab sends terminated last in the session, and nothing after it', async ({ context }) => {
  const auId = `${course.baseIri}`;
  const response = await fetch(`${lrs.url}/cmi5/launches`, {
    method: 'POST',
    headers: { authorization: LRS_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ activityId: auId, auUrl: `${served.cmi5!.url}index.html`, learnerName: 'Emma Janssens', learnerId: 'emma-close', moveOn: 'Passed', masteryScore: 0.8 }),
  });
  expect(response.status).toBe(201);
  const { launchUrl, registration, actor } = (await response.json()) as { launchUrl: string; registration: string; actor: object };
  const page = await context.newPage();
  await page.goto(launchUrl);
  await playHalfAndClose(page, player(page));

  await expect.poll(async () => (await lrs.statements(registration)).map(verb).at(-1), { timeout: 10_000 }).toBe('terminated');
  // Give anything the page might wrongly send after terminated time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const verbs = (await lrs.statements(registration)).map(verb);
  expect(verbs[0]).toBe('initialized');
  expect(verbs.at(-1)).toBe('terminated');
  expect(verbs.filter((v) => v === 'terminated')).toHaveLength(1);
  expect(verbs.filter((v) => v === 'answered').length).toBeGreaterThan(0);
  expect(await resumeState(auId, actor, registration)).toBeDefined();
});
