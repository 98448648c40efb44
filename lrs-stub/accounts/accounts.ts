/**
 * Everything the HTTP side needs to know about coordinator logins, in one object the app is
 * given: the users (accounts file), the live sessions, the login throttle, and `requireRole`,
 * the preHandler that dashboard and register routes put in front of themselves.
 */
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { ARGON2_CHECKS, type PasswordChecks } from './password-hashing.ts';
import { LoginThrottle, type ThrottleOptions } from './login-throttle.ts';
import { requireRole } from './require-role.ts';
import { SessionStore, type SessionOptions } from './sessions.ts';
import { openUserStore, type UserStore } from './user-store.ts';
import type { Role } from './user-schema.ts';

export interface Accounts {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  passwordChecks: PasswordChecks;
  /** preHandler: a live session with at least `role`, and the CSRF header on state-changing requests; else 401/403. */
  requireRole(role: Role): preHandlerAsyncHookHandler;
  close(): void;
}

export interface AccountsOptions {
  /** The accounts SQLite file (see accountsPathFor), or ':memory:'. */
  path: string;
  sessions?: SessionOptions;
  throttle?: ThrottleOptions;
  /** Default: argon2id (password-hashing.ts); tests wrap it to count the work. */
  passwordChecks?: PasswordChecks;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Coordinator logins: `app.accounts.requireRole('viewer')` guards a dashboard route. */
    accounts: Accounts;
  }
}

export function openAccounts(options: AccountsOptions): Accounts {
  const accounts: Accounts = {
    users: openUserStore({ path: options.path }),
    sessions: new SessionStore(options.sessions),
    throttle: new LoginThrottle(options.throttle),
    passwordChecks: options.passwordChecks ?? ARGON2_CHECKS,
    requireRole: (role) => (request: FastifyRequest, reply: FastifyReply) => requireRole(accounts, role, request, reply),
    close: () => accounts.users.close(),
  };
  return accounts;
}
