import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openAccounts } from '../accounts/accounts.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { SESSION_PATH } from '../accounts/session-routes.ts';
import { buildApp } from '../app.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import type { LrsStore } from '../store/store.ts';
import { AUTH } from '../testing/test-lrs.ts';
import { TEST_KEY, TEST_SECRET } from '../testing/test-lrs.ts';
import type { DerivedData } from './learner-data.ts';
import { mountPrivacy } from './privacy-routes.ts';

const ANA = 'mailto:ana@example.com';
const ANA_IFI = `mbox|${ANA}`;
const idOf = (ifi: string) => Buffer.from(ifi).toString('base64url');
const statement = (mbox: string, n: number) => ({
  id: `6f1c2b1e-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { mbox, name: 'Ana <img src=x onerror=alert(1)>' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: `https://workmentor.example.org/course/m1/a${n}` },
});

describe('a learner\'s data on request', () => {
  let app: FastifyInstance;
  let store: LrsStore;
  let erasedDerived: string[];
  let logLines: string[];

  const derived: DerivedData = { name: 'register', export: (ifi) => ({ entries: ifi === ANA_IFI ? 1 : 0 }), erase: (ifi) => (erasedDerived.push(ifi), 1) };

  beforeEach(async () => {
    erasedDerived = [];
    logLines = [];
    store = openMemoryStore();
    const accounts = openAccounts({ path: ':memory:' });
    accounts.users.add({ username: 'coord', role: 'coordinator', passwordHash: await hashPassword('correct horse battery') });
    accounts.users.add({ username: 'view', role: 'viewer', passwordHash: await hashPassword('correct horse battery') });
    accounts.users.add({ username: 'lotte', role: 'coordinator', passwordHash: await hashPassword('correct horse battery'), cohorts: ['Retail'] });
    app = buildApp({ store, credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], accounts });
    mountPrivacy(app, {
      store,
      // Ana and Ben are in no cohort of lotte's (the analytics decide that; here, a stand-in).
      resolve: (id, scope) => {
        if (scope !== 'all') return undefined;
        const ifi = Buffer.from(id, 'base64url').toString('utf8');
        return ifi.startsWith('mbox|') ? { ifi, identifier: ifi.slice('mbox|mailto:'.length) } : undefined;
      },
      derived: () => [derived],
      log: (line) => logLines.push(line),
    });
    await app.ready();
    const post = await app.inject({ method: 'POST', url: '/xapi/statements', headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' }, payload: JSON.stringify([statement(ANA, 1), statement(ANA, 2), statement('mailto:ben@example.com', 3)]) });
    expect(post.statusCode).toBe(200);
    const put = await app.inject({ method: 'PUT', url: `/xapi/activities/state?activityId=${encodeURIComponent('https://workmentor.example.org/course')}&agent=${encodeURIComponent(JSON.stringify({ mbox: ANA }))}&stateId=resume`, headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' }, payload: '{"page":3}' });
    expect(put.statusCode).toBe(204);
  });
  afterEach(() => app.close());

  const login = async (username: string) => {
    const response = await app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: 'correct horse battery' }) });
    return { cookie: String(response.headers['set-cookie']).split(';')[0]!, csrf: response.json().csrfToken as string };
  };

  it("gives a coordinator neither the data nor the erasure of a learner outside their cohorts", async () => {
    const { cookie, csrf } = await login('lotte');
    const exported = await app.inject({ method: 'GET', url: `/dashboard/api/learners/${idOf(ANA_IFI)}/export`, headers: { cookie } });
    expect(exported.statusCode).toBe(404);
    const erased = await app.inject({ method: 'DELETE', url: `/dashboard/api/learners/${idOf(ANA_IFI)}`, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: JSON.stringify({ confirm: 'ana@example.com' }) });
    expect(erased.statusCode).toBe(404);
    expect(erasedDerived).toEqual([]);
    expect(logLines).toEqual([]);
  });

  it('exports the statements, the saved state and what services derived, as a download for a coordinator', async () => {
    const { cookie } = await login('coord');
    const response = await app.inject({ method: 'GET', url: `/dashboard/api/learners/${idOf(ANA_IFI)}/export`, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="learner-data.json"');
    const data = response.json();
    expect(data.person).toBe(ANA_IFI);
    expect(data.statements.map((s: { id: string }) => s.id)).toEqual([statement(ANA, 1).id, statement(ANA, 2).id]);
    expect(data.documents).toEqual([expect.objectContaining({ kind: 'state', id: 'resume', content: { page: 3 } })]);
    expect(data.derived).toEqual({ register: { entries: 1 } });
  });

  it('refuses viewers and strangers', async () => {
    expect((await app.inject({ method: 'GET', url: `/dashboard/api/learners/${idOf(ANA_IFI)}/export` })).statusCode).toBe(401);
    const { cookie, csrf } = await login('view');
    expect((await app.inject({ method: 'GET', url: `/dashboard/api/learners/${idOf(ANA_IFI)}/export`, headers: { cookie } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url: `/dashboard/api/learners/${idOf(ANA_IFI)}`, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: '{"confirm":"ana@example.com"}' })).statusCode).toBe(403);
    expect(store.statements.count()).toBe(3);
  });

  it('erases only with the CSRF token and the typed identifier, then everywhere', async () => {
    const { cookie, csrf } = await login('coord');
    const url = `/dashboard/api/learners/${idOf(ANA_IFI)}`;
    const noToken = await app.inject({ method: 'DELETE', url, headers: { cookie, 'content-type': 'application/json' }, payload: '{"confirm":"ana@example.com"}' });
    expect(noToken.statusCode).toBe(403);
    const wrong = await app.inject({ method: 'DELETE', url, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: '{"confirm":"ben@example.com"}' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('"ana@example.com"');
    expect(store.statements.count()).toBe(3);
    expect(erasedDerived).toEqual([]);

    const erased = await app.inject({ method: 'DELETE', url, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: '{"confirm":"ana@example.com"}' });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toEqual({ person: ANA_IFI, statements: 2, documents: 1, derived: { register: 1 } });
    expect(erasedDerived).toEqual([ANA_IFI]);
    const left = await app.inject({ method: 'GET', url: '/xapi/statements', headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3' } });
    expect(left.json().statements.map((s: { actor: { mbox: string } }) => s.actor.mbox)).toEqual(['mailto:ben@example.com']);
    expect(store.documents.ofAgent(ANA_IFI)).toEqual([]);
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).not.toContain('ana@example.com');
    expect(JSON.parse(logLines[0]!)).toMatchObject({ event: 'learner-erased', by: 'coord', statements: 2 });
  });

  it('answers 404 for a learner it does not know', async () => {
    const { cookie } = await login('coord');
    const response = await app.inject({ method: 'GET', url: '/dashboard/api/learners/nobody/export', headers: { cookie } });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain('GET /dashboard/api/learners');
  });
});
