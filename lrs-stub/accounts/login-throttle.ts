/**
 * Slows password guessing: failed logins are counted per client IP and per username, and after
 * a few failures that key is locked out for a window that doubles with every further failure
 * (30 s, 1 min, 2 min, ... at most 15 min). While locked, a login is refused with 429 without
 * checking the password, so guesses made then tell nothing. A success clears the username's
 * count; the IP's decays on its own (it may be a school's shared NAT address, hence its higher
 * threshold). Counts are forgotten 15 minutes after the last failure.
 *
 * Why not @fastify/rate-limit: it counts requests, not failures, and knows the username only
 * after the body is parsed; what is needed here is a failure counter with a lockout, which is
 * this small.
 *
 * The trade-off: anybody can lock a known username out for a while by failing on purpose; the
 * CLI (on the machine) always works, and OWASP prefers that to unlimited guessing.
 */
export interface ThrottleOptions {
  /** Failures allowed per username before the lockout starts. Default 5. */
  usernameFailures?: number;
  /** Failures allowed per IP before the lockout starts. Default 20. */
  ipFailures?: number;
  /** The first lockout window; it doubles with each further failure. Default 30 s. */
  baseLockMs?: number;
  maxLockMs?: number;
  /** Counts older than this since the last failure are forgotten. Default 15 min. */
  forgetAfterMs?: number;
  now?: () => number;
}

interface Count {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
}

/** Bounds memory under a flood of made-up usernames; the oldest entries go first. */
const MAX_KEYS = 10_000;

export class LoginThrottle {
  private readonly counts = new Map<string, Count>();
  private readonly options: Required<Omit<ThrottleOptions, 'now'>>;
  private readonly now: () => number;

  constructor(options: ThrottleOptions = {}) {
    this.options = {
      usernameFailures: options.usernameFailures ?? 5,
      ipFailures: options.ipFailures ?? 20,
      baseLockMs: options.baseLockMs ?? 30_000,
      maxLockMs: options.maxLockMs ?? 15 * 60_000,
      forgetAfterMs: options.forgetAfterMs ?? 15 * 60_000,
    };
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds until a login for this IP and username may be tried again; 0 when it may now. */
  retryAfterMs(ip: string, username: string): number {
    const at = this.now();
    return Math.max(0, ...[this.read(ipKey(ip), at), this.read(userKey(username), at)].map((c) => (c ? c.lockedUntil - at : 0)));
  }

  recordFailure(ip: string, username: string): void {
    const at = this.now();
    this.bump(ipKey(ip), this.options.ipFailures, at);
    this.bump(userKey(username), this.options.usernameFailures, at);
  }

  recordSuccess(username: string): void {
    this.counts.delete(userKey(username));
  }

  private read(key: string, at: number): Count | undefined {
    const count = this.counts.get(key);
    if (count && at - count.lastFailure >= this.options.forgetAfterMs && at >= count.lockedUntil) {
      this.counts.delete(key);
      return undefined;
    }
    return count;
  }

  private bump(key: string, allowed: number, at: number): void {
    const count = this.read(key, at) ?? { failures: 0, lastFailure: at, lockedUntil: 0 };
    count.failures += 1;
    count.lastFailure = at;
    if (count.failures >= allowed) {
      const lockMs = Math.min(this.options.maxLockMs, this.options.baseLockMs * 2 ** (count.failures - allowed));
      count.lockedUntil = at + lockMs;
    }
    // Re-insert so Map order is least recently failed first, then evict from the front.
    this.counts.delete(key);
    this.counts.set(key, count);
    if (this.counts.size > MAX_KEYS) this.counts.delete(this.counts.keys().next().value!);
  }
}

const ipKey = (ip: string) => `ip:${ip}`;
const userKey = (username: string) => `user:${username.toLowerCase()}`;
