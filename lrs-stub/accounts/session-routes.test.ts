import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH, statement } from '../testing/test-lrs.ts';
import { DEFAULT_SESSION_TIMEOUTS } from './sessions.ts';
import { SESSION_PATH } from './session-routes.ts';
import { accountsHarness, PASSWORD, type AccountsHarness } from './test-accounts.ts';

let h: AccountsHarness;
beforeEach(async () => {
  h = await accountsHarness();
  await h.addUser('ana');
});
afterEach(() => h.close());

const whoami = (cookie?: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'GET', url: SESSION_PATH, headers: { ...(cookie ? { cookie } : {}), ...headers } });

describe('coordinator login', () => {
  it('answers a right password with a session cookie, the role and a CSRF token', async () => {
    const login = await h.login('ana');
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ username: 'ana', role: 'coordinator', cohorts: 'all', csrfToken: expect.stringMatching(/^[\w-]{43}$/) });
    const me = await whoami(login.cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(login.body);
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('accepts an HTML form as well as JSON', async () => {
    const response = await h.app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ username: 'ana', password: PASSWORD }).toString() });
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toMatch(/^wm_session=/);
  });

  it('sets the cookie HttpOnly, SameSite=Strict, Path=/, and Secure except over plain loopback http', async () => {
    const loopback = await h.login('ana');
    expect(loopback.setCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(loopback.setCookie).not.toMatch(/Secure/);
    const remote = await h.app.inject({ method: 'POST', url: SESSION_PATH, remoteAddress: '192.168.1.20', headers: { host: 'lrs.school.example', 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'ana', password: PASSWORD }) });
    expect(remote.headers['set-cookie']).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    // A proxy on the same machine forwarding a public Host: still Secure.
    const proxied = await h.login('ana', PASSWORD, { host: 'lrs.school.example' });
    expect(proxied.setCookie).toMatch(/Secure/);
  });

  it('gives a wrong password, an unknown user and a disabled user the same 401 after the same argon2 work', async () => {
    await h.addUser('ben');
    h.accounts.users.disable('ben');
    const answers = [];
    for (const [username, password] of [['ana', 'wrong password!'], ['nobody', PASSWORD], ['ben', PASSWORD]] as const) {
      const before = h.argon2Work();
      const response = await h.login(username, password);
      answers.push({ status: response.status, body: response.body, setCookie: response.setCookie, work: h.argon2Work() - before });
    }
    expect(answers[0]).toEqual({ status: 401, body: { status: 401, error: 'Unauthorized', message: expect.stringContaining('the username or the password is wrong') }, setCookie: undefined, work: 1 });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('refuses a login posted from another site (login CSRF)', async () => {
    expect((await h.login('ana', PASSWORD, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await h.login('ana', PASSWORD, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await h.login('ana', PASSWORD, { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('answers a malformed body with 400 saying what to send', async () => {
    const response = await h.app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'text/plain' }, payload: 'ana' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/application\/json or application\/x-www-form-urlencoded/);
  });

  it('gives a new token at every login, so a planted one is worthless', async () => {
    const first = await h.login('ana');
    const second = await h.login('ana', PASSWORD, { cookie: first.cookie! });
    expect(second.cookie).not.toBe(first.cookie);
    expect((await whoami(first.cookie)).statusCode).toBe(401);
    expect((await whoami(second.cookie)).statusCode).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session after 30 minutes without a request', async () => {
    const { cookie } = await h.login('ana');
    h.advance(DEFAULT_SESSION_TIMEOUTS.idleMs - 1000);
    expect((await whoami(cookie)).statusCode).toBe(200);
    h.advance(DEFAULT_SESSION_TIMEOUTS.idleMs - 1000);
    expect((await whoami(cookie)).statusCode).toBe(200);
    h.advance(DEFAULT_SESSION_TIMEOUTS.idleMs);
    expect((await whoami(cookie)).statusCode).toBe(401);
  });

  it('ends a session 8 hours after login however busy it was', async () => {
    const { cookie } = await h.login('ana');
    for (let at = 0; at < DEFAULT_SESSION_TIMEOUTS.absoluteMs - 20 * 60_000; at += 20 * 60_000) {
      h.advance(20 * 60_000);
      expect((await whoami(cookie)).statusCode).toBe(200);
    }
    h.advance(20 * 60_000);
    expect((await whoami(cookie)).statusCode).toBe(401);
  });

  it('ends sessions when the user is disabled or the password changes', async () => {
    const { cookie } = await h.login('ana');
    await h.addUser('ben');
    const ben = await h.login('ben');
    h.accounts.users.disable('ana');
    expect((await whoami(cookie)).statusCode).toBe(401);
    h.accounts.users.setPasswordHash('ben', 'changed');
    expect((await whoami(ben.cookie)).statusCode).toBe(401);
  });

  it('applies cohorts changed in the accounts file from the next request, without a new login', async () => {
    const { cookie } = await h.login('ana');
    h.accounts.users.setCohorts('ana', ['Retail', 'Bakery']);
    expect((await whoami(cookie)).json().cohorts).toEqual(['Bakery', 'Retail']);
  });
});

describe('logout', () => {
  it('ends the session and clears the cookie when the CSRF token comes along', async () => {
    const { cookie, csrfToken } = await h.login('ana');
    const response = await h.app.inject({ method: 'DELETE', url: SESSION_PATH, headers: { cookie: cookie!, 'x-csrf-token': csrfToken! } });
    expect(response.statusCode).toBe(204);
    expect(response.headers['set-cookie']).toMatch(/^wm_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    expect((await whoami(cookie)).statusCode).toBe(401);
  });

  it('refuses a logout without or with a wrong CSRF token (403) and keeps the session', async () => {
    const { cookie } = await h.login('ana');
    for (const headers of [{}, { 'x-csrf-token': 'guess' }]) {
      const response = await h.app.inject({ method: 'DELETE', url: SESSION_PATH, headers: { cookie: cookie!, ...headers } });
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toMatch(/X-CSRF-Token/);
    }
    expect((await whoami(cookie)).statusCode).toBe(200);
  });
});

describe('requireRole', () => {
  it('lets a viewer read and refuses it a coordinator route (403)', async () => {
    await h.addUser('vera', 'viewer');
    const { cookie, csrfToken } = await h.login('vera');
    const read = await h.app.inject({ method: 'GET', url: '/dashboard/api/test/read', headers: { cookie: cookie! } });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ reader: 'vera' });
    const change = await h.app.inject({ method: 'POST', url: '/dashboard/api/test/change', headers: { cookie: cookie!, 'x-csrf-token': csrfToken! } });
    expect(change.statusCode).toBe(403);
    expect(change.json().message).toMatch(/needs the coordinator role; vera is a viewer/);
  });

  it('requires the CSRF token on a state-changing request: missing or wrong → 403, right → through', async () => {
    const { cookie, csrfToken } = await h.login('ana');
    const post = (headers: Record<string, string>) => h.app.inject({ method: 'POST', url: '/dashboard/api/test/change', headers: { cookie: cookie!, ...headers } });
    expect((await post({})).statusCode).toBe(403);
    expect((await post({ 'x-csrf-token': `${csrfToken!.slice(0, -1)}x` })).statusCode).toBe(403);
    const ok = await post({ 'x-csrf-token': csrfToken! });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ changed: true });
  });

  it('does not open for the LRS Basic key: session routes and guarded routes answer 401', async () => {
    expect((await whoami(undefined, { authorization: AUTH })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: '/dashboard/api/test/read', headers: { authorization: AUTH } })).statusCode).toBe(401);
  });
});

describe('roles stay apart', () => {
  it('does not let a coordinator session write statements to /xapi/', async () => {
    const { cookie, csrfToken } = await h.login('ana');
    const response = await h.app.inject({
      method: 'POST',
      url: '/xapi/statements',
      headers: { cookie: cookie!, 'x-csrf-token': csrfToken!, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' },
      payload: JSON.stringify(statement()),
    });
    expect(response.statusCode).toBe(401);
    expect(h.app.accounts.sessions.size).toBe(1);
  });
});

describe('login rate limit', () => {
  it('locks a username out after 5 failures, with a window that doubles, without checking passwords meanwhile', async () => {
    for (let i = 0; i < 5; i += 1) expect((await h.login('ana', `wrong password ${i}`)).status).toBe(401);
    const work = h.argon2Work();
    const locked = await h.app.inject({ method: 'POST', url: SESSION_PATH, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'ANA', password: PASSWORD }) });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('30');
    expect(h.argon2Work()).toBe(work);
    h.advance(30_000);
    expect((await h.login('ana', 'wrong again!!')).status).toBe(401);
    const longer = await h.login('ana');
    expect(longer.status).toBe(429);
    expect(longer.body.message).toMatch(/try again in 60 s/);
    h.advance(60_000);
    expect((await h.login('ana')).status).toBe(200);
    // Success cleared the username's count: one more failure does not lock it.
    expect((await h.login('ana', 'one slip!!!!')).status).toBe(401);
    expect((await h.login('ana')).status).toBe(200);
  });

  it('locks a client IP out after 20 failures across usernames', async () => {
    for (let i = 0; i < 20; i += 1) expect((await h.login(`guess${i}`)).status).toBe(401);
    expect((await h.login('ana')).status).toBe(429);
    const otherMachine = await h.app.inject({ method: 'POST', url: SESSION_PATH, remoteAddress: '127.0.0.2', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'ana', password: PASSWORD }) });
    expect(otherMachine.statusCode).toBe(200);
  });
});
