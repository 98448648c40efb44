/**
 * The gate for routes behind a coordinator login: who the session cookie belongs to (re-read
 * from the accounts file on every request, so `disable` and `passwd` in the CLI take effect at
 * once), whether their role is enough, and, for requests that change something, whether they
 * sent the session's CSRF token in X-CSRF-Token (synchronizer token pattern: another site can
 * neither read the token nor, because of CORS, send that header).
 *
 * The LRS's Basic keys open nothing here, and a session opens nothing under /xapi/: statement
 * writers and coordinators are separate roles with separate credentials.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../http/errors.ts';
import type { Accounts } from './accounts.ts';
import type { Session } from './sessions.ts';
import { readSessionToken } from './session-cookie.ts';
import { ROLE_RANK, type CohortScope, type Role } from './user-schema.ts';

export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The coordinator session, set by requireRole for the routes behind it. */
    coordinator?: Session;
  }
}

/** The live session of the request's cookie, checked against the user as stored now. */
export function currentSession(accounts: Accounts, request: FastifyRequest): { token: string; session: Session } | undefined {
  const token = readSessionToken(request);
  const session = accounts.sessions.touch(token);
  if (!token || !session) return undefined;
  const user = accounts.users.get(session.username);
  if (!user || user.disabled !== null || user.passwordHash !== session.passwordHash) {
    accounts.sessions.end(token);
    return undefined;
  }
  // A role or cohorts changed in the accounts file apply from the next request.
  session.role = user.role;
  session.cohorts = user.cohorts;
  return { token, session };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function hasValidCsrfToken(request: FastifyRequest, session: Session): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent === '') return false;
  return timingSafeEqual(digest(sent), digest(session.csrfToken));
}

export async function requireRole(accounts: Accounts, role: Role, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const current = currentSession(accounts, request);
  if (!current) {
    return reply.code(401).send(errorBody(401, `${request.method} ${request.url.split('?')[0]}: log in first (POST /dashboard/api/session with username and password); the LRS's Basic keys do not open the dashboard`));
  }
  if (ROLE_RANK[current.session.role] < ROLE_RANK[role]) {
    return reply.code(403).send(errorBody(403, `${request.method} ${request.url.split('?')[0]}: needs the ${role} role; ${current.session.username} is a ${current.session.role} (log in as a coordinator instead)`));
  }
  if (!SAFE_METHODS.has(request.method) && !hasValidCsrfToken(request, current.session)) {
    return reply.code(403).send(errorBody(403, `${request.method} ${request.url.split('?')[0]}: missing or wrong X-CSRF-Token header; send the csrfToken from the login or GET /dashboard/api/session answer`));
  }
  request.coordinator = current.session;
}

/** The cohorts whose learners the request's coordinator may see; none without a session (requireRole runs first). */
export const scopeOf = (request: FastifyRequest): CohortScope => request.coordinator?.cohorts ?? [];
