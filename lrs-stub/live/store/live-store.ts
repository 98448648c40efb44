/**
 * Where live sessions are kept, so that more than one server process can run the same session:
 * every instance reads a session from here, applies a command and writes it back only if nobody
 * else wrote in between (compare-and-set on `revision`), and hears of every change, its own
 * and the other instances', through `onChange`. SQLite (sqlite-live-store.ts: a file beside the
 * LRS store, or :memory: for one process) and PostgreSQL (postgres-live-store.ts, fanned out by
 * LISTEN/NOTIFY) keep the same contract (live-store.contract.ts).
 *
 * The port is asynchronous, unlike the statement store's: a session's commands come one by one
 * from people, not in bulk, and PostgreSQL's notifications only arrive on an async client.
 */
import type { LiveSession } from '../session-schema.ts';

/** A session changed: anybody who holds an older revision should read it again. */
export interface LiveChange {
  id: string;
  revision: number;
}

export interface LiveStore {
  /** Stores a new session; `code-taken` when a running session already has its join code. */
  create(session: LiveSession): Promise<'created' | 'code-taken'>;
  get(id: string): Promise<LiveSession | undefined>;
  /** The running (not finished) session with this join code. */
  byJoinCode(joinCode: string): Promise<LiveSession | undefined>;
  /** A facilitator's sessions, newest first. */
  ofFacilitator(username: string): Promise<LiveSession[]>;
  /**
   * Stores `next` only if the stored session is still at `expectedRevision`; false when another
   * instance wrote first (read it again and re-apply the command).
   */
  update(next: LiveSession, expectedRevision: number): Promise<boolean>;
  /** Deletes sessions last changed before `instant` (ISO 8601); returns how many went. */
  deleteChangedBefore(instant: string): Promise<number>;
  /** Every stored change, from this process or another, at least once and possibly out of order. */
  onChange(listener: (change: LiveChange) => void): () => void;
  close(): Promise<void>;
}

/** The session file beside an LRS store file (or the PostgreSQL store's sidecar path). */
export const LIVE_FILE = 'lrs-live.sqlite';
