/**
 * The coordinator session API the dashboard uses, under /dashboard/api/session:
 *
 *   POST   → log in: username + password (JSON or form) → session cookie + { username, role, cohorts, csrfToken }
 *   GET    → who am I: { username, role, cohorts, csrfToken }, or 401
 *   DELETE → log out (needs X-CSRF-Token); ends the session and clears the cookie
 *
 * A failed login answers the same 401 whether the username exists, is disabled or the password
 * is wrong, after the same argon2 work (unknown and disabled users verify against a dummy hash),
 * so neither the answer nor its timing tells which usernames exist. Repeated failures lock the
 * username and the client IP out for a growing window (login-throttle.ts), answered 429.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../http/errors.ts';
import type { Accounts } from './accounts.ts';
import { parseLoginBody } from './login-body.ts';
import { currentSession, hasValidCsrfToken } from './require-role.ts';
import { crossOriginReason } from './same-origin.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie.ts';
import type { Session } from './sessions.ts';

export const SESSION_PATH = '/dashboard/api/session';

const sessionAnswer = (session: Session) => ({ username: session.username, role: session.role, cohorts: session.cohorts, csrfToken: session.csrfToken });

const unauthorized = (reply: FastifyReply, message: string) => reply.code(401).header('cache-control', 'no-store').send(errorBody(401, message));

export function mountSessionRoutes(app: FastifyInstance, options: { accounts: Accounts; path?: string }): void {
  const { accounts } = options;
  const path = options.path ?? SESSION_PATH;
  const checks = accounts.passwordChecks;

  app.post(path, async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    const crossOrigin = crossOriginReason(request);
    if (crossOrigin) return reply.code(403).send(errorBody(403, `login refused: ${crossOrigin}; log in from the dashboard page this LRS serves`));
    const body = parseLoginBody(request.headers['content-type'], request.body);
    if (!body.ok) return reply.code(400).send(errorBody(400, body.message));
    const { username, password } = body.value;

    const waitMs = accounts.throttle.retryAfterMs(request.ip, username);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return reply
        .code(429)
        .header('retry-after', String(seconds))
        .send({ status: 429, error: 'Too Many Requests', message: `login: too many failed attempts for this username or from this address; try again in ${seconds} s` });
    }

    const user = accounts.users.get(username);
    const ok = user && user.disabled === null ? await checks.verify(user.passwordHash, password) : await checks.verifyDummy(password);
    if (!ok || !user) {
      accounts.throttle.recordFailure(request.ip, username);
      return unauthorized(reply, 'login: the username or the password is wrong (or the account is disabled)');
    }
    accounts.throttle.recordSuccess(username);
    // A fresh token at every login: a token planted before it (session fixation) is worthless.
    accounts.sessions.end(readSessionToken(request));
    const { token, session } = accounts.sessions.create(user);
    setSessionCookie(request, reply, token);
    return reply.code(200).send(sessionAnswer(session));
  });

  app.get(path, async (request: FastifyRequest, reply: FastifyReply) => {
    const current = currentSession(accounts, request);
    if (!current) return unauthorized(reply, `${path}: no session; log in with POST ${path}`);
    return reply.header('cache-control', 'no-store').send(sessionAnswer(current.session));
  });

  app.delete(path, async (request: FastifyRequest, reply: FastifyReply) => {
    const current = currentSession(accounts, request);
    if (current) {
      if (!hasValidCsrfToken(request, current.session)) {
        return reply.code(403).send(errorBody(403, `logout: missing or wrong X-CSRF-Token header; send the csrfToken from GET ${path}`));
      }
      accounts.sessions.end(current.token);
    }
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });
}
