import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../../../build/load/load-course.ts';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { describeTrackerContract } from '../tracker.contract.ts';
import { TrackerError, type TrackerProblem } from '../tracker.ts';
import { COURSE_IRI, newActor, startLrsServer, tincanUrl, type LrsServer } from './test-lrs-server.ts';
import { xapiStatements } from './xapi-mapping.ts';
import type { Agent } from './xapi-statement.ts';
import { XapiTracker } from './xapi-tracker.ts';
import { RESUME_STATE_ID } from './xapi-vocabulary.ts';

let lrs: LrsServer;
let course: CourseData;
beforeAll(async () => {
  lrs = await startLrsServer();
  const loaded = await loadCourse('tests/fixtures/course');
  if (!loaded.ok) throw new Error('fixture course does not load');
  course = loaded.course.data.en!;
});
afterAll(() => lrs.close());

const at = '2025-06-30T09:15:00.000Z';
const stored = (id: string) => lrs.store.statements.get(id);

describeTrackerContract('XapiTracker', () => {
  // The LRS is the persistence: a new session is a new tracker on the same launch URL.
  const actor = newActor();
  const registration = randomUUID();
  const attempted: LearnerEvent[] = [];
  const idOf = (event: LearnerEvent) => xapiStatements(event, { actor, registration, courseIri: COURSE_IRI })[0]!.id;
  return {
    session: () => {
      const tracker = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor, registration }) });
      const record = tracker.record.bind(tracker);
      tracker.record = (event) => {
        attempted.push(event);
        return record(event);
      };
      return tracker;
    },
    // What the LRS holds, oldest first, found by the ids the mapping derives from each event.
    recorded: () =>
      attempted
        .filter((event) => stored(idOf(event)))
        .sort((a, b) => stored(idOf(a))!.seq - stored(idOf(b))!.seq),
  };
});

async function launched(options: { actor?: Agent; registration?: string; fetch?: typeof fetch; onProblem?: (p: TrackerProblem) => void } = {}) {
  const actor = options.actor ?? newActor();
  const registration = options.registration ?? randomUUID();
  const tracker = new XapiTracker({
    url: tincanUrl(lrs.endpoint, { actor, registration }),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onProblem ? { onProblem: options.onProblem } : {}),
  });
  const launch = await tracker.start();
  tracker.useCourse(course);
  return { tracker, launch, actor, registration };
}

describe('XapiTracker', () => {
  it('launches from the Tin Can parameters: learner from the actor, normal mode, no state', async () => {
    const actor = newActor('Ilse Peeters');
    const { launch } = await launched({ actor });
    expect(launch).toEqual({ learner: { id: actor.mbox, name: 'Ilse Peeters' }, mode: 'normal', entry: 'ab-initio' });
  });

  it('stores statements the LRS gives back exactly as sent', async () => {
    const { tracker } = await launched();
    const events: LearnerEvent[] = [
      { type: 'launched', at },
      { type: 'activity-experienced', at, moduleId: 'first-weeks', activityId: 'welcome', activityType: 'page' },
      { type: 'choice-made', at, moduleId: 'first-weeks', activityId: 'burnt-tray', nodeId: 'tray', choiceId: 'ask-what-happened', quality: 'good', score: 3 },
      { type: 'course-status', at, complete: true, passed: true, score: 87.5, progressMeasure: 1, lmsStatus: 'passed' },
      { type: 'terminated', at: '2025-06-30T09:45:00.000Z' },
    ];
    for (const event of events) await tracker.record(event);
    expect(tracker.sent.map((s) => s.verb.display['en-US'])).toEqual(['initialized', 'experienced', 'answered', 'completed', 'passed', 'terminated']);
    for (const statement of tracker.sent) {
      const response = await lrs.request('GET', `/xapi/statements?statementId=${statement.id}&format=exact`);
      expect(response.status).toBe(200);
      const back = response.json();
      for (const key of ['actor', 'verb', 'object', 'result', 'context', 'timestamp'] as const) expect(back[key]).toEqual(statement[key]);
    }
  });

  it('keeps the state in a State API document on the course, per learner and registration', async () => {
    const { tracker, actor, registration } = await launched();
    await tracker.saveState('1A7yESs10Hgb0Hgb2.');
    const query = new URLSearchParams({ activityId: COURSE_IRI, agent: JSON.stringify(actor), registration, stateId: 'https://workmentor.example.org/xapi/state/resume' });
    expect((await lrs.request('GET', `/xapi/activities/state?${query}`)).json()).toEqual({ state: '1A7yESs10Hgb0Hgb2.' });
    const other = await launched({ actor });
    expect(other.launch.entry).toBe('ab-initio');
    expect((await launched({ actor, registration })).launch).toMatchObject({ entry: 'resume', state: '1A7yESs10Hgb0Hgb2.' });
  });

  it('counts a resend of the same event as stored, and the LRS keeps it once', async () => {
    const { tracker, registration } = await launched();
    const event: LearnerEvent = { type: 'module-completed', at, moduleId: 'first-weeks' };
    await tracker.record(event);
    const count = lrs.store.statements.count();
    await tracker.record(event);
    expect(lrs.store.statements.count()).toBe(count);
    // After a reload the duration differs, so the LRS answers 409 for the id it holds: still acknowledged.
    const later = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor: tracker.sent[0]!.actor, registration }), now: () => '2025-06-30T08:00:00.000Z' });
    await later.start();
    await expect(later.record(event)).resolves.toBeUndefined();
    expect(lrs.store.statements.count()).toBe(count);
  });

  it('rejects a record the LRS does not acknowledge, and reports it', async () => {
    const problems: TrackerProblem[] = [];
    let fail = false;
    const flaky: typeof fetch = (input, init) => (fail ? Promise.resolve(new Response('down', { status: 503 })) : fetch(input, init));
    const { tracker } = await launched({ fetch: flaky, onProblem: (p) => problems.push(p) });
    fail = true;
    const error = await tracker.record({ type: 'module-completed', at, moduleId: 'first-weeks' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackerError);
    expect(error).toMatchObject({ operation: 'record', kind: 'unavailable' });
    expect(problems[0]?.message).toMatch(/module-completed.*503/);
    await expect(tracker.saveState('s')).rejects.toMatchObject({ operation: 'saveState', kind: 'unavailable' });
  });

  it('says "unavailable" when the LRS cannot be reached at all', async () => {
    const offline = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor: newActor() }), fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(offline.start()).rejects.toMatchObject({ operation: 'start', kind: 'unavailable', message: expect.stringMatching(/could not be reached/) });
  });

  it('refuses a launch URL it cannot trust, naming every problem', async () => {
    const url = new URL(tincanUrl(lrs.endpoint, { actor: newActor() }));
    url.searchParams.set('endpoint', 'javascript:alert(1)');
    url.searchParams.set('actor', '{"mbox":"ilse@example.org"}');
    url.searchParams.set('registration', 'not-a-uuid');
    const error = await new XapiTracker({ url: url.href }).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackerError);
    expect((error as Error).message).toMatch(/"endpoint" must be an http\(s\) URL.*"actor.mbox" must be a mailto: IRI.*"registration" must be a UUID/);
  });

  it('sends terminated once at finish, then ignores everything', async () => {
    const { tracker } = await launched();
    await tracker.record({ type: 'launched', at });
    await tracker.finish();
    await tracker.finish();
    await tracker.record({ type: 'module-completed', at, moduleId: 'first-weeks' });
    expect(tracker.sent.map((s) => s.verb.display['en-US'])).toEqual(['initialized', 'terminated']);
    expect(tracker.sent[1]!.result?.duration).toMatch(/^PT[\d.]+S$/);
  });

  it('can finish again after the LRS missed the terminated statement', async () => {
    let fail = true;
    const flaky: typeof fetch = (input, init) => (fail && init?.method === 'PUT' ? Promise.resolve(new Response('', { status: 502 })) : fetch(input, init));
    const { tracker } = await launched({ fetch: flaky });
    await expect(tracker.finish()).rejects.toBeInstanceOf(TrackerError);
    fail = false;
    await tracker.finish();
    expect(tracker.sent.map((s) => s.verb.display['en-US'])).toEqual(['terminated']);
  });
  it('at page close sends the state and the leftovers with terminated last, all before returning, as requests that outlive the page', async () => {
    const issued: { method: string; url: string; keepalive: boolean }[] = [];
    const watching: typeof fetch = (input, init) => {
      issued.push({ method: init?.method ?? 'GET', url: String(input), keepalive: init?.keepalive === true });
      return fetch(input, init);
    };
    const { tracker, registration, actor } = await launched({ fetch: watching });
    issued.length = 0;
    const left: LearnerEvent[] = [
      { type: 'activity-experienced', at, moduleId: 'first-weeks', activityId: 'welcome', activityType: 'page' },
      { type: 'suspended', at },
    ];
    tracker.finishOnClose({ events: left, state: '1A7y.' });
    // Synchronously: after `pagehide` returns, no promise of the page settles again.
    expect(issued.map((r) => [r.method, r.url.split('?')[0]!.split('/').pop(), r.keepalive])).toEqual([
      ['PUT', 'state', true],
      ['POST', 'statements', true],
    ]);
    const inLrs = async (): Promise<string[]> => {
      const page = (await lrs.request('GET', `/xapi/statements?registration=${registration}&ascending=true`)).json<{ statements: { verb: { id: string } }[] }>();
      return page.statements.map((s) => s.verb.id.split('/').pop()!);
    };
    await expect.poll(inLrs).toEqual(['experienced', 'suspended', 'terminated']);
    const query = new URLSearchParams({ activityId: COURSE_IRI, agent: JSON.stringify(actor), registration, stateId: RESUME_STATE_ID });
    await expect.poll(async () => (await lrs.request('GET', `/xapi/activities/state?${query}`)).body).toBe('{"state":"1A7y."}');
    // Nothing after terminated.
    await tracker.record({ type: 'suspended', at });
    await tracker.finish();
    expect(issued).toHaveLength(2);
  });
});

describe('XapiTracker start failures, as the reliable wrapper must read them', () => {
  /** A fetch that answers `status` (with `body`) for the State document and passes the rest to the LRS. */
  const stateAnswers = (status: number, body: string): typeof fetch => (input, init) =>
    String(input).includes('activities/state') && (!init?.method || init.method === 'GET')
      ? Promise.resolve(new Response(body, { status, headers: { 'Content-Type': 'application/json' } }))
      : fetch(input, init);

  it('starts afresh, and says so, when the saved State document is not JSON (it is not ours)', async () => {
    const problems: TrackerProblem[] = [];
    const tracker = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor: newActor() }), fetch: stateAnswers(200, '{not json'), onProblem: (p) => problems.push(p) });
    const launch = await tracker.start();
    expect(launch).toMatchObject({ entry: 'ab-initio', mode: 'normal' });
    expect(launch.state).toBeUndefined();
    expect(problems[0]?.message).toContain('is not JSON');
  });

  it('rejects a start the LRS failed for now as unavailable (worth trying again)', async () => {
    const tracker = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor: newActor() }), fetch: stateAnswers(503, 'busy') });
    await expect(tracker.start()).rejects.toMatchObject({ operation: 'start', kind: 'unavailable' });
  });

  it('rejects a start the LRS refuses (401) for good', async () => {
    const tracker = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor: newActor() }), fetch: stateAnswers(401, 'who are you') });
    await expect(tracker.start()).rejects.toMatchObject({ kind: 'rejected' });
  });

  it('tells a page opened outside any LMS (no launch parameters) from a broken launch', async () => {
    await expect(new XapiTracker({ url: 'https://school.example.org/workmentor/index.html' }).start()).rejects.toMatchObject({ kind: 'absent' });
    await expect(new XapiTracker({ url: 'https://school.example.org/workmentor/index.html?endpoint=nope&actor={}' }).start()).rejects.toMatchObject({ kind: 'rejected' });
  });
});
