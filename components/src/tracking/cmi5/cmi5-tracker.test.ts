import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../../../build/load/load-course.ts';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { AUTH } from '../../../../lrs-stub/testing/test-lrs.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { MemoryStorage } from '../offline/memory-storage.ts';
import { TrackerError } from '../tracker.ts';
import { startLrsServer, type LrsServer } from '../xapi/test-lrs-server.ts';
import type { Statement } from '../xapi/xapi-statement.ts';
import { Cmi5Tracker } from './cmi5-tracker.ts';
import { CMI5_CATEGORY, MOVE_ON_CATEGORY } from './cmi5-mapping.ts';

let lrs: LrsServer;
let course: CourseData;
beforeAll(async () => {
  lrs = await startLrsServer();
  const loaded = await loadCourse('tests/fixtures/course');
  if (!loaded.ok) throw new Error('fixture course does not load');
  course = loaded.course.data.en!;
});
afterAll(() => lrs.close());

const AU = 'https://workmentor.example.org/xapi/fixture';
const RETURN_URL = 'https://lms.example.org/course/7';
const at = '2025-06-30T09:15:00.000Z';

interface Launch {
  registration: string;
  launchUrl: string;
  actor: Statement['actor'];
}

/** Launches the AU the way an LMS would, through the LRS's cmi5 launcher. */
async function launchAu(fields: Record<string, unknown> = {}): Promise<Launch> {
  const response = await fetch(`${lrs.origin}/cmi5/launches`, {
    method: 'POST',
    headers: { authorization: AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ activityId: AU, auUrl: 'https://lms.example.org/au/index.html', learnerName: 'Ilse', learnerId: randomUUID(), moveOn: 'CompletedAndPassed', returnURL: RETURN_URL, ...fields }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Launch;
}

function tracker(launch: Launch, options: { storage?: MemoryStorage; redirects?: string[] } = {}) {
  const t = new Cmi5Tracker({ url: launch.launchUrl, storage: options.storage ?? new MemoryStorage(), redirect: (url) => options.redirects?.push(url) });
  t.useCourse(course);
  return t;
}

const judgement = async (registration: string) => (await lrs.request('GET', `/cmi5/registrations/${registration}`)).json();
const verbs = (statements: Statement[]) => statements.map((s) => s.verb.display['en-US']);
const categories = (s: Statement) => (s.context?.contextActivities?.category ?? []).map((c) => c.id);

const status = (score: number, more: Partial<Extract<LearnerEvent, { type: 'course-status' }>> = {}): LearnerEvent => ({
  type: 'course-status',
  at,
  complete: true,
  passed: score >= 70,
  score,
  progressMeasure: 1,
  lmsStatus: score >= 70 ? 'passed' : 'failed',
  ...more,
});
const answered: LearnerEvent = {
  type: 'quiz-item-answered',
  at,
  moduleId: 'first-weeks',
  activityId: 'mentor-basics',
  itemId: 'first-day',
  kind: 'single-choice',
  response: { kind: 'single-choice', option: 'a' },
  correct: true,
  attempt: 1,
};

describe('Cmi5Tracker', () => {
  it('plays a launch through: the launcher sees moveOn satisfied, and the learner goes back to the LMS', async () => {
    const launch = await launchAu({ masteryScore: 0.8 });
    await lrs.request('PUT', `/xapi/agents/profile?${new URLSearchParams({ agent: JSON.stringify(launch.actor), profileId: 'cmi5LearnerPreferences' })}`, {
      body: { languagePreference: 'nl-BE,en-US', audioPreference: 'on' },
      // An LMS creates the profile the way xAPI asks: a PUT with a precondition.
      headers: { 'If-None-Match': '*' },
    });
    const redirects: string[] = [];
    const au = tracker(launch, { redirects });
    const info = await au.start();
    expect(info).toMatchObject({ learner: { name: 'Ilse' }, language: 'nl-BE', mode: 'normal', entry: 'ab-initio' });
    expect((await judgement(launch.registration)).satisfied).toBe(false);
    await au.record({ type: 'launched', at });
    await au.record({ type: 'activity-experienced', at, moduleId: 'first-weeks', activityId: 'welcome', activityType: 'page' });
    await au.record(answered);
    await au.record(status(92.5));
    await au.saveState('1A7y.');
    await au.finish();
    expect(verbs(au.sent)).toEqual(['initialized', 'experienced', 'answered', 'completed', 'passed', 'terminated']);
    expect(redirects).toEqual([RETURN_URL]);
    expect(await judgement(launch.registration)).toMatchObject({ completed: true, passed: true, failed: false, satisfied: true });

    const [initialized, experienced, , completed, passed, terminated] = au.sent as [Statement, Statement, Statement, Statement, Statement, Statement];
    for (const defined of [initialized, completed, passed, terminated]) {
      expect(defined.object).toEqual({ objectType: 'Activity', id: AU });
      expect(categories(defined)).toContain(CMI5_CATEGORY);
    }
    expect(categories(completed)).toEqual([CMI5_CATEGORY, MOVE_ON_CATEGORY]);
    expect(categories(initialized)).toEqual([CMI5_CATEGORY]);
    expect(categories(experienced)).toEqual([]);
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.925, raw: 92.5, min: 0, max: 100 } });
    expect(passed.context?.extensions).toMatchObject({ 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 });
    expect(terminated.result?.duration).toMatch(/^PT[\d.]+S$/);
    // The LMS's context template (session id, publisher grouping) is in every statement.
    for (const statement of au.sent) {
      expect(statement.context?.registration).toBe(launch.registration);
      expect(Object.keys(statement.context?.extensions ?? {})).toContain('https://w3id.org/xapi/cmi5/context/extensions/sessionid');
      expect(statement.context?.contextActivities?.grouping?.[0]?.id).toBe(AU);
    }
  });

  it('sends no completed or passed in Browse mode, and says browse to the shell', async () => {
    const launch = await launchAu({ launchMode: 'Browse' });
    const au = tracker(launch);
    expect((await au.start()).mode).toBe('browse');
    await au.record(status(100));
    await au.finish();
    expect(verbs(au.sent)).toEqual(['initialized', 'terminated']);
    expect(await judgement(launch.registration)).toMatchObject({ completed: false, passed: false, satisfied: false });
  });

  it('judges passed by the LMS mastery score, even when the course pass mark says otherwise', async () => {
    const launch = await launchAu({ masteryScore: 0.8 });
    const au = tracker(launch);
    await au.start();
    await au.record(status(75));
    await au.record(status(78));
    await au.record(status(85));
    await au.record(status(95));
    expect(verbs(au.sent)).toEqual(['initialized', 'completed', 'failed', 'passed']);
    expect(au.sent[2]!.result).toMatchObject({ success: false, score: { scaled: 0.75 } });
  });

  it('sends completed and passed once per registration, across launches', async () => {
    const first = await launchAu();
    const au = tracker(first);
    await au.start();
    await au.record(status(90));
    await au.finish();
    const again = await launchAu({ registration: first.registration, actor: first.actor });
    const second = tracker(again);
    await second.start();
    await second.record(status(95));
    await second.record(status(40));
    expect(verbs(second.sent)).toEqual(['initialized']);
  });

  it('survives a reload: the token comes from session storage, with no second initialized', async () => {
    const launch = await launchAu();
    const storage = new MemoryStorage();
    const first = tracker(launch, { storage });
    await first.start();
    await first.saveState('1A7y.');
    const reloaded = tracker(launch, { storage });
    expect(await reloaded.start()).toMatchObject({ entry: 'resume', state: '1A7y.' });
    await reloaded.record(answered);
    expect(verbs(reloaded.sent)).toEqual(['answered']);
  });

  it('explains a used fetch URL without a kept token: launch again from the LMS', async () => {
    const launch = await launchAu();
    await tracker(launch).start();
    const error = await tracker(launch).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackerError);
    expect(error).toMatchObject({ operation: 'start', kind: 'rejected', message: expect.stringMatching(/Already in use.*launch the course again/) });
  });

  it('sends nothing after terminated', async () => {
    const launch = await launchAu();
    const storage = new MemoryStorage();
    const au = tracker(launch, { storage });
    await au.start();
    await au.record({ type: 'terminated', at });
    await au.record(answered);
    await au.record(status(90));
    const reloaded = tracker(launch, { storage });
    await reloaded.start();
    await reloaded.record(answered);
    expect(verbs(au.sent)).toEqual(['initialized', 'terminated']);
    expect(reloaded.sent).toEqual([]);
  });

  it('refuses launch data it cannot use', async () => {
    const launch = await launchAu();
    const scope = new URLSearchParams({ activityId: AU, agent: JSON.stringify(launch.actor), registration: launch.registration, stateId: 'LMS.LaunchData' });
    await lrs.request('PUT', `/xapi/activities/state?${scope}`, { body: { launchMode: 'Sideways', masteryScore: 3 } });
    await expect(tracker(launch).start()).rejects.toMatchObject({ operation: 'start', message: expect.stringMatching(/contextTemplate.*launchMode.*masteryScore/) });
  });
  it('at page close sends the leftovers with terminated last before returning, leaves the redirect to the closing page, and a reload sends nothing more', async () => {
    const launch = await launchAu();
    const storage = new MemoryStorage();
    const redirects: string[] = [];
    const keepalive: boolean[] = [];
    const au = new Cmi5Tracker({ url: launch.launchUrl, storage, redirect: (url) => redirects.push(url), fetch: (input, init) => (keepalive.push(init?.keepalive === true), fetch(input, init)) });
    au.useCourse(course);
    await au.start();
    keepalive.length = 0;
    au.finishOnClose({ events: [answered, { type: 'suspended', at }] });
    expect(keepalive).toEqual([true]);
    const inLrs = async () => verbs((await lrs.request('GET', `/xapi/statements?registration=${launch.registration}&ascending=true`)).json<{ statements: Statement[] }>().statements);
    await expect.poll(inLrs).toEqual(['initialized', 'answered', 'suspended', 'terminated']);
    expect(redirects).toEqual([]);
    const reloaded = tracker(launch, { storage });
    await reloaded.start();
    await reloaded.record(answered);
    await reloaded.finish();
    expect(await inLrs()).toEqual(['initialized', 'answered', 'suspended', 'terminated']);
  });
});
