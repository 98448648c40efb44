/**
 * The coordinators' services as `npm run lrs` mounts them (coordinators.ts), seen from the one
 * place where they must act together: a learner's erasure. After a coordinator erases a
 * certified learner, the statements, the analytics rows and the register entry are gone; the
 * public page says the certificate was withdrawn without naming anybody; the published status
 * list revokes the credential the learner may still hold; and a coordinator of another cohort
 * could neither export nor erase them.
 */
import type { FastifyInstance } from 'fastify';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAccounts } from './accounts/accounts.ts';
import { hashPassword } from './accounts/password-hashing.ts';
import { SESSION_PATH } from './accounts/session-routes.ts';
import { buildApp } from './app.ts';
import { mountCoordinatorServices, type CoordinatorServices } from './coordinators.ts';
import { BitstringStatusList } from './register/credentials/status-list.ts';
import { coursePassed } from './register/register-statements.test-support.ts';
import { openMemoryStore } from './store/memory-store.ts';
import { AUTH, TEST_KEY, TEST_SECRET } from './testing/test-lrs.ts';

const PASSWORD = 'correct horse battery';
const AYSE = { objectType: 'Agent' as const, name: 'Ayşe Yılmaz', mbox: 'mailto:Ayse@example.org' };
let app: FastifyInstance;
let services: CoordinatorServices;
let store: ReturnType<typeof openMemoryStore>;

async function login(username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: PASSWORD }) });
  expect(response.statusCode).toBe(200);
  return { cookie: String(response.headers['set-cookie']).split(';')[0]!, csrf: response.json().csrfToken };
}

beforeAll(async () => {
  const accounts = openAccounts({ path: ':memory:' });
  store = openMemoryStore();
  app = buildApp({ store, credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], accounts });
  services = await mountCoordinatorServices(app, { store, sidecar: ':memory:', publicUrl: 'https://lrs.school.example.org', issuer: { name: 'Example School' } });
  await app.ready();
  const hash = await hashPassword(PASSWORD);
  accounts.users.add({ username: 'cora', role: 'coordinator', passwordHash: hash });
  accounts.users.add({ username: 'otto', role: 'coordinator', passwordHash: hash, cohorts: ['Another cohort'] });
  const posted = await app.inject({
    method: 'POST',
    url: '/xapi/statements',
    headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' },
    payload: JSON.stringify(coursePassed({ actor: AYSE, registration: '8a1c3e52-4f0b-4d8e-9a57-0c2f6d1b7e90' })),
  });
  expect(posted.statusCode).toBe(200);
  await services.register.follower.catchUp();
  await services.register.issuePending();
});
afterAll(() => app.close());

const revokedBits = async (): Promise<BitstringStatusList> => {
  const jwt = (await app.inject({ method: 'GET', url: '/register/status/1' })).body;
  const subject = decodeJwt(jwt).credentialSubject as { encodedList: string };
  return BitstringStatusList.decode(subject.encodedList);
};

it('erases a certified learner from the statements, the analytics and the register, and revokes the credential they hold', async () => {
  const [entry] = services.register.register.search({ status: 'all' }).entries;
  expect(entry).toMatchObject({ name: 'Ayşe Yılmaz', identifier: 'ayse@example.org' });
  expect((await revokedBits()).isSet(entry!.statusIndex)).toBe(false);

  const cora = await login('cora');
  const list = (await app.inject({ method: 'GET', url: '/dashboard/api/learners', headers: { cookie: cora.cookie } })).json();
  const id = list.learners.find((l: { name: string }) => l.name === 'Ayşe Yılmaz').id as string;

  // Another cohort's coordinator reaches neither her data nor her erasure.
  const otto = await login('otto');
  expect((await app.inject({ method: 'GET', url: `/dashboard/api/learners/${id}/export`, headers: { cookie: otto.cookie } })).statusCode).toBe(404);

  const exported = (await app.inject({ method: 'GET', url: `/dashboard/api/learners/${id}/export`, headers: { cookie: cora.cookie } })).json();
  expect(JSON.stringify(exported)).toContain(entry!.code);

  const erased = await app.inject({
    method: 'DELETE',
    url: `/dashboard/api/learners/${id}`,
    headers: { cookie: cora.cookie, 'x-csrf-token': cora.csrf, 'content-type': 'application/json' },
    payload: JSON.stringify({ confirm: 'Ayse@example.org' }),
  });
  expect(erased.statusCode, erased.body).toBe(200);
  expect(erased.json().derived).toMatchObject({ register: 1 });

  expect(store.statements.lastSeq()).toBeGreaterThan(0);
  expect((await app.inject({ method: 'GET', url: `/xapi/statements?agent=${encodeURIComponent(JSON.stringify({ mbox: AYSE.mbox }))}`, headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3' } })).json().statements).toEqual([]);
  expect((await app.inject({ method: 'GET', url: '/dashboard/api/learners', headers: { cookie: cora.cookie } })).json().learners).toEqual([]);
  expect(services.register.register.search({ status: 'all' }).total).toBe(0);
  const page = (await app.inject({ method: 'GET', url: `/verify/${entry!.code}` })).body;
  expect(page).toContain('asked for their data to be erased');
  expect(page).not.toContain('Ayşe');
  expect((await revokedBits()).isSet(entry!.statusIndex)).toBe(true);

  // The follower reads on from where it was: nothing registers her again.
  await services.register.follower.catchUp();
  expect(services.register.register.search({ status: 'all' }).total).toBe(0);
});
