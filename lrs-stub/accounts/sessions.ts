/**
 * Server-side login sessions, in memory: the cookie carries only a random 256-bit token and
 * the server keeps who it belongs to, its CSRF token and its clock. A restart logs everybody
 * out, which for a school's LRS is a fair price for keeping nothing on disk.
 *
 * Timeouts (OWASP Session Management Cheat Sheet): a session ends after 30 minutes without a
 * request (idle) and 8 hours after login whatever happens (absolute, a working day). Tokens are
 * looked up by their SHA-256, so the map's string comparison sees a digest, not the token.
 * The password hash at login is kept too: `passwd` in the CLI changes it, and every session
 * made with the old password ends at its next request.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CohortScope, Role } from './user-schema.ts';

export const DEFAULT_SESSION_TIMEOUTS = { idleMs: 30 * 60_000, absoluteMs: 8 * 60 * 60_000 } as const;

export interface Session {
  username: string;
  role: Role;
  /** The cohorts whose learners this user may see by name (re-read with the role on every request). */
  cohorts: CohortScope;
  /** Sent back in X-CSRF-Token on every state-changing request (synchronizer token). */
  csrfToken: string;
  /** The argon2 hash the password was checked against: a new password ends the session. */
  passwordHash: string;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionOptions {
  idleMs?: number;
  absoluteMs?: number;
  /** Milliseconds since the epoch; tests pass a clock they move. */
  now?: () => number;
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
const newToken = () => randomBytes(32).toString('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly absoluteMs: number;
  private readonly now: () => number;

  constructor(options: SessionOptions = {}) {
    this.idleMs = options.idleMs ?? DEFAULT_SESSION_TIMEOUTS.idleMs;
    this.absoluteMs = options.absoluteMs ?? DEFAULT_SESSION_TIMEOUTS.absoluteMs;
    this.now = options.now ?? Date.now;
  }

  /** Starts a session; returns the token for the cookie. */
  create(user: { username: string; role: Role; cohorts: CohortScope; passwordHash: string }): { token: string; session: Session } {
    this.prune();
    const token = newToken();
    const at = this.now();
    const session: Session = { username: user.username, role: user.role, cohorts: user.cohorts, passwordHash: user.passwordHash, csrfToken: newToken(), createdAt: at, lastSeenAt: at };
    this.sessions.set(digest(token), session);
    return { token, session };
  }

  /** The live session for `token`, its idle clock restarted; undefined (and forgotten) once expired. */
  touch(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const key = digest(token);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    const at = this.now();
    if (this.expired(session, at)) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastSeenAt = at;
    return session;
  }

  end(token: string | undefined): void {
    if (token) this.sessions.delete(digest(token));
  }

  get size(): number {
    return this.sessions.size;
  }

  private expired(session: Session, at: number): boolean {
    return at - session.lastSeenAt >= this.idleMs || at - session.createdAt >= this.absoluteMs;
  }

  /** Forgets expired sessions, so abandoned logins do not pile up in memory. */
  private prune(): void {
    const at = this.now();
    for (const [key, session] of this.sessions) if (this.expired(session, at)) this.sessions.delete(key);
  }
}
