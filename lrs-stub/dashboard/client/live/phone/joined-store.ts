/**
 * Where a phone keeps what it needs to come back as the same participant: the session, its
 * participant id and rejoin token (the join route's answer), with the code and name it joined
 * with. In sessionStorage, so a reload, a locked phone or a lost connection rejoins with the same
 * vote, while closing the tab forgets it (a shared phone does not hand the next person someone
 * else's place). One entry per session (`workmentor.live.<sessionId>`) and a pointer to the
 * current one, so joining a second session in the same tab does not lose the first.
 *
 * Storage is untrusted input (another script on the origin, an older version of this page), so
 * what is read back is parsed; anything that does not parse counts as nothing stored.
 */
import { z } from 'zod';
import { JoinedSchema } from '../../../../live/live-protocol.ts';

const PREFIX = 'workmentor.live.';
const CURRENT = `${PREFIX}current`;

export const StoredJoinSchema = JoinedSchema.extend({
  /** The join code as the server knows it (KMP-7RX), to tell whether a scanned QR code is this session's. */
  code: z.string(),
  displayName: z.string(),
});
export type StoredJoin = z.infer<typeof StoredJoinSchema>;

export class JoinedStore {
  private readonly storage: Storage | undefined;

  /** `storage` is sessionStorage on the page; tests pass their own. */
  constructor(storage: Storage | undefined = safeSessionStorage()) {
    this.storage = storage;
  }

  /** The session this tab last joined, if it is still stored whole. */
  current(): StoredJoin | undefined {
    const sessionId = this.read(CURRENT);
    if (!sessionId) return undefined;
    const raw = this.read(PREFIX + sessionId);
    if (!raw) return undefined;
    try {
      const parsed = StoredJoinSchema.safeParse(JSON.parse(raw));
      return parsed.success && parsed.data.sessionId === sessionId ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  save(join: StoredJoin): void {
    this.write(PREFIX + join.sessionId, JSON.stringify(join));
    this.write(CURRENT, join.sessionId);
  }

  /** Forgets a session the server no longer lets this phone into. */
  forget(sessionId: string): void {
    this.remove(PREFIX + sessionId);
    if (this.read(CURRENT) === sessionId) this.remove(CURRENT);
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null; // storage blocked: the phone joins afresh after a reload
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // storage blocked or full: the join lasts until the page closes
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // storage blocked: nothing was stored either
    }
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // some privacy settings throw on the mere access
  }
}
