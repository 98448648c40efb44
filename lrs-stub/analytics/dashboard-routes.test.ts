/**
 * The dashboard's API over HTTP, as the dashboard calls it: logins and roles, every panel's
 * answer parsed with its contract schema, filters that are refused with a message naming the
 * parameter, CSV downloads with formula-safe cells, and statements posted to /xapi/ showing up
 * in the next answer.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccounts } from '../accounts/accounts.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { SESSION_PATH } from '../accounts/session-routes.ts';
import { buildApp } from '../app.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import { AUTH, TEST_KEY, TEST_SECRET } from '../testing/test-lrs.ts';
import * as api from './dashboard-api.ts';
import { mountAnalytics, type MountedAnalytics } from './dashboard-routes.ts';
import { learner } from './testing/statement-builder.ts';
import { threeMentors } from './testing/three-mentors.ts';

const PASSWORD = 'correct horse battery';
let app: FastifyInstance;
let store: ReturnType<typeof openMemoryStore>;
let analytics: MountedAnalytics;
let viewer: string;
let coordinator: string;
let autumnCoordinator: string;

const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url: `${api.DASHBOARD_API}/${url}`, headers: cookie ? { cookie } : {} });
const post = (statements: object[]) =>
  app.inject({ method: 'POST', url: '/xapi/statements', headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' }, payload: JSON.stringify(statements) });

async function login(username: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: PASSWORD }) });
  expect(response.statusCode).toBe(200);
  return (response.headers['set-cookie'] as string).split(';')[0]!;
}

beforeAll(async () => {
  const accounts = openAccounts({ path: ':memory:' });
  store = openMemoryStore();
  app = buildApp({ store, credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], accounts });
  analytics = mountAnalytics(app, { store, analyticsPath: ':memory:' });
  await app.ready();
  const hash = await hashPassword(PASSWORD);
  accounts.users.add({ username: 'vera', role: 'viewer', passwordHash: hash });
  accounts.users.add({ username: 'cora', role: 'coordinator', passwordHash: hash });
  accounts.users.add({ username: 'otto', role: 'coordinator', passwordHash: hash, cohorts: ['Autumn'] });
  viewer = await login('vera');
  coordinator = await login('cora');
  autumnCoordinator = await login('otto');
  expect((await post(threeMentors().statements)).statusCode).toBe(200);
});
afterAll(() => app.close());

describe('the dashboard API', () => {
  it('lets nobody in without a login, and viewers not into the learner list', async () => {
    expect((await get('funnel')).statusCode).toBe(401);
    expect((await get('learners')).statusCode).toBe(401);
    expect((await get('learners', viewer)).statusCode).toBe(403);
    expect((await get('learners/x', viewer)).statusCode).toBe(403);
    expect((await get('funnel', viewer)).statusCode).toBe(200);
  });

  it('answers every panel in the shape of the contract', async () => {
    const panels: [string, { parse(value: unknown): unknown }][] = [
      ['filters', api.FilterOptionsSchema],
      ['funnel?language=en', api.FunnelSchema],
      ['scores?cohort=Spring', api.ScoresSchema],
      ['time?from=2026-03-01&to=2026-03-09', api.TimeSchema],
      ['dialogues?module=feedback', api.DialoguesSchema],
      ['rubrics', api.RubricsSchema],
    ];
    for (const [url, schema] of panels) {
      const response = await get(url, viewer);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      schema.parse(response.json());
    }
    const funnel = api.FunnelSchema.parse((await get('funnel', viewer)).json());
    expect(funnel.course).toEqual({ started: 3, completed: 1, passed: 1, certified: 1 });
    const items = (await get('items?quiz=intro%2Fquiz', viewer)).json();
    expect(items.test.attempts).toBe(4);
    const list = api.LearnersSchema.parse((await get('learners?q=ana', coordinator)).json());
    expect(list.learners.map((l) => l.name)).toEqual(['Ana Alves']);
    const detail = api.LearnerDetailSchema.parse((await get(`learners/${list.learners[0]!.id}`, coordinator)).json());
    expect(detail.quizzes[0]).toMatchObject({ attempts: 2, bestScore: 100, passed: true });
    expect((await get('learners/unknown-id', coordinator)).statusCode).toBe(404);
  });

  it("shows a coordinator the learners of their own cohorts only, and nobody else's page", async () => {
    const names = api.LearnersSchema.parse((await get('learners', autumnCoordinator)).json()).learners.map((l) => l.name);
    expect(names).toContain('Cas Costa');
    expect(names).not.toContain('Ana Alves');
    expect(names).not.toContain('Bo de Boer');
    const ana = api.LearnersSchema.parse((await get('learners?q=ana', coordinator)).json()).learners[0]!;
    const refused = await get(`learners/${ana.id}`, autumnCoordinator);
    expect(refused.statusCode).toBe(404);
    // The same answer as for an id that does not exist: nothing tells that Ana is in another cohort.
    expect(refused.json().message).toBe((await get('learners/unknown-id', autumnCoordinator)).json().message.replace('unknown-id', ana.id));
    const csv = (await get('learners?format=csv', autumnCoordinator)).body;
    expect(csv).not.toContain('ana@example.org');
    // Aggregates name nobody, and stay whole for everyone.
    expect(api.FunnelSchema.parse((await get('funnel', autumnCoordinator)).json()).course.started).toBeGreaterThanOrEqual(3);
  });

  it('refuses a bad filter with a message naming the parameter and what to send', async () => {
    const refused = async (url: string) => {
      const response = await get(url, viewer);
      expect(response.statusCode, url).toBe(400);
      return response.json().message as string;
    };
    expect(await refused('funnel?from=1%20March')).toMatch(/from: a date is YYYY-MM-DD/);
    expect(await refused('funnel?from=2026-02-31')).toMatch(/from: "2026-02-31" is not a day of the calendar/);
    expect(await refused('funnel?from=2026-03-09&to=2026-03-01')).toMatch(/to: 2026-03-01 is before from=2026-03-09/);
    expect(await refused('funnel?colour=red')).toMatch(/unknown parameter "colour": the parameters are from, to, cohort, language, module, format/);
    expect(await refused('funnel?module=a&module=b')).toMatch(/module: send it once/);
    expect(await refused('scores?format=xml')).toMatch(/format: send one of "json", "csv"/);
    expect(await refused('items')).toMatch(/quiz/);
    expect(await refused('items?quiz=intro')).toMatch(/quiz is <module-id>\/<activity-id>/);
  });

  it('sends CSV whose cells a spreadsheet will not run as formulas', async () => {
    await post([learner({ name: '=HYPERLINK("http://evil.example","click")', email: 'mallory@example.org', cohort: '@Spring' }).course('initialized', '2026-03-10T08:00:00Z')]);
    const response = await get('learners?format=csv', coordinator);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="learners.csv"');
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('id,name,identifier,cohorts,languages,modulesCompleted,passed,lastActive');
    const mallory = lines.find((line) => line.includes('mallory'))!;
    expect(mallory).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(mallory).toContain(",'@Spring,");
    const funnel = await get('funnel?format=csv&language=nl', viewer);
    expect(funnel.body.split('\r\n').slice(0, 3)).toEqual(['\uFEFFmodule,name,language,started,completed,passed,certified', ',(course),,1,0,0,0', 'intro,Module intro,nl,1,0,,']);
  });

  it('counts statements posted to the LRS in the next answer', async () => {
    const before = api.FunnelSchema.parse((await get('funnel?module=feedback&language=nl', viewer)).json());
    expect(before.modules).toEqual([expect.objectContaining({ started: 1, completed: 0 })]);
    const bo = threeMentors().statements.find((s) => (s.actor as { name: string }).name === 'Bo de Boer')!;
    const boAgain = learner({ name: 'Bo de Boer', email: 'bo@example.org', language: 'nl', cohort: 'Spring', registration: (bo.context as { registration: string }).registration });
    expect((await post([boAgain.module('feedback', 'completed', '2026-03-04T10:00:00Z', { completion: true })])).statusCode).toBe(200);
    const after = api.FunnelSchema.parse((await get('funnel?module=feedback&language=nl', viewer)).json());
    expect(after.modules).toEqual([expect.objectContaining({ started: 1, completed: 1 })]);
    // The write scheduled a catch-up of its own: the projection is current without a panel asking.
    await post([boAgain.course('completed', '2026-03-04T10:05:00Z', { completion: true })]);
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(analytics.projector.status().seq).toBe(store.statements.lastSeq());
  });
});
