/**
 * Test harness for coordinator logins: the LRS app with an accounts store in memory, a clock
 * the test moves (no sleeps), a counter of argon2 work, a route behind each role, and a login
 * helper that returns the cookie and CSRF token, so each test reads as the exchange it checks.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import { TEST_KEY, TEST_SECRET } from '../testing/test-lrs.ts';
import { openAccounts, type Accounts } from './accounts.ts';
import { ARGON2_CHECKS, hashPassword } from './password-hashing.ts';
import { SESSION_PATH } from './session-routes.ts';
import type { Role } from './user-schema.ts';

export const PASSWORD = 'correct horse battery';

export interface AccountsHarness {
  app: FastifyInstance;
  accounts: Accounts;
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  /** argon2 verifications done so far, real and dummy together. */
  argon2Work(): number;
  addUser(username: string, role?: Role, password?: string): Promise<void>;
  login(username: string, password?: string, headers?: Record<string, string>): Promise<{ status: number; cookie: string | undefined; setCookie: string | undefined; csrfToken: string | undefined; body: any }>;
  close(): Promise<void>;
}

export async function accountsHarness(): Promise<AccountsHarness> {
  let now = Date.parse('2025-03-01T08:00:00Z');
  let work = 0;
  const accounts = openAccounts({
    path: ':memory:',
    sessions: { now: () => now },
    throttle: { now: () => now },
    passwordChecks: {
      verify: (phc, password) => ((work += 1), ARGON2_CHECKS.verify(phc, password)),
      verifyDummy: (password) => ((work += 1), ARGON2_CHECKS.verifyDummy(password)),
    },
  });
  const app = buildApp({ store: openMemoryStore(), credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], accounts });
  // Stand-ins for the dashboard and register routes others will guard.
  app.get('/dashboard/api/test/read', { preHandler: app.accounts.requireRole('viewer') }, async (request) => ({ reader: request.coordinator?.username }));
  app.post('/dashboard/api/test/change', { preHandler: app.accounts.requireRole('coordinator') }, async () => ({ changed: true }));
  await app.ready();
  return {
    app,
    accounts,
    advance: (ms) => void (now += ms),
    argon2Work: () => work,
    async addUser(username, role = 'coordinator', password = PASSWORD) {
      accounts.users.add({ username, role, passwordHash: await hashPassword(password) });
    },
    async login(username, password = PASSWORD, headers = {}) {
      const response = await app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ username, password }) });
      const setCookie = response.headers['set-cookie'] as string | undefined;
      const body = response.json();
      return { status: response.statusCode, setCookie, cookie: setCookie?.split(';')[0], csrfToken: body.csrfToken, body };
    },
    close: () => app.close(),
  };
}
