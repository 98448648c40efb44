/**
 * Test harness for the register: the LRS app with coordinator accounts in memory and the
 * register mounted over a :memory: register, a helper to send statements the way a package
 * does (Basic auth, POST /xapi/statements) and to log in as a viewer or a coordinator, so each
 * test reads as the exchange it checks.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { openAccounts } from '../accounts/accounts.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { SESSION_PATH } from '../accounts/session-routes.ts';
import type { Role } from '../accounts/user-schema.ts';
import { buildApp } from '../app.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import type { LrsStore } from '../store/store.ts';
import { AUTH, TEST_KEY, TEST_SECRET } from '../testing/test-lrs.ts';
import type { RateLimitOptions } from './public/lookup-rate-limit.ts';
import { loadRegisterCourse, type RegisterCourse } from './register-course.ts';
import { type MountedRegister, mountRegister } from './register-routes.ts';
import type { NewEntry } from './register-store.ts';

export const PUBLIC_URL = 'https://lrs.school.example.org';
export const SCHOOL_NAME = 'Example Vocational School';
const PASSWORD = 'correct horse battery';

let course: RegisterCourse | undefined;
export const testCourse = (): RegisterCourse => (course ??= loadRegisterCourse());

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface RegisterHarness {
  app: FastifyInstance;
  store: LrsStore;
  mounted: MountedRegister;
  /** POSTs statements to /xapi/statements as a package would, then (unless told not to) lets the follower catch up. */
  send(statements: readonly object[], options?: { catchUp?: boolean }): Promise<void>;
  login(role: Role): Promise<Session>;
  /** A request with a session's cookie (and its CSRF token unless `csrf: false`). */
  as(session: Session | undefined, request: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function registerHarness(options: { rateLimit?: RateLimitOptions; now?: () => Date } = {}): Promise<RegisterHarness> {
  const accounts = openAccounts({ path: ':memory:' });
  const store = openMemoryStore();
  const app = buildApp({ store, credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], accounts });
  const mounted = await mountRegister(app, {
    store,
    registerPath: ':memory:',
    publicUrl: PUBLIC_URL,
    issuer: { name: SCHOOL_NAME, url: 'https://school.example.org' },
    course: testCourse(),
    ...(options.rateLimit === undefined ? {} : { verifyRateLimit: options.rateLimit }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  await app.ready();
  const users = new Map<Role, string>();
  return {
    app,
    store,
    mounted,
    async send(statements, sendOptions = {}) {
      const response = await app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' },
        payload: JSON.stringify(statements),
      });
      if (response.statusCode !== 200) throw new Error(`statements refused: ${response.statusCode} ${response.body}`);
      if (sendOptions.catchUp === false) return;
      await mounted.follower.catchUp();
      await mounted.issuePending();
    },
    async login(role) {
      let username = users.get(role);
      if (!username) {
        username = `${role}-user`;
        accounts.users.add({ username, role, passwordHash: await hashPassword(PASSWORD) });
        users.set(role, username);
      }
      const response = await app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: PASSWORD }) });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      return { cookie: String(response.headers['set-cookie']).split(';')[0]!, csrfToken: response.json().csrfToken };
    },
    as(session, request) {
      const { csrf = true, ...rest } = request;
      const headers: Record<string, string> = { ...(rest.headers as Record<string, string> | undefined) };
      if (session) {
        headers.cookie = session.cookie;
        if (csrf) headers['x-csrf-token'] = session.csrfToken;
      }
      return app.inject({ ...rest, headers });
    },
    close: () => app.close(),
  };
}

/**
 * Registers a certificate straight in the harness's register (as if from the LRS) and returns
 * its code; each call a new learner unless `overrides` names one.
 */
export function addEntry(harness: RegisterHarness, overrides: Partial<NewEntry> = {}): string {
  const result = harness.mounted.register.add({
    name: 'Ayşe Yılmaz',
    identifier: `mentor-${Math.random()}@example.org`,
    identifierType: 'emailAddress',
    awardedOn: '2026-06-30',
    awardedAt: '2026-06-30T12:00:00Z',
    language: 'nl',
    courseVersion: '1.0.0',
    source: 'lrs',
    sourceRef: `statement-${Math.random()}`,
    ...overrides,
  });
  if (!result.added) throw new Error('not added');
  return result.entry.code;
}
