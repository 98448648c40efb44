/**
 * The reliable tracker's outbox: the learner events the LMS or LRS has not acknowledged yet, in
 * the order they happened, each with an id made once so a resend is the same record, plus the
 * learner's latest resume state. It lives in `Storage`, written before anything is sent, so a
 * tab closed mid-way loses nothing and the next launch sends what is left.
 *
 * One outbox per learner (`<key>:<learner id>`), so two learners sharing a browser never get
 * each other's state or send each other's events. Storage is untrusted (another player version,
 * a curious learner, a broken disk), so what is read back is checked by hand; zod would add
 * kilobytes to a player that must stay under 60 KB gzip.
 *
 * Stored format, version 1:
 *   `<key>:<learner>`          `{"v":1,"events":[{"id":"<uuid v4>","event":{…LearnerEvent}}]}`
 *   `<key>:<learner>:state`    `{"v":1,"value":"<resume state>","sent":false,"seen":["<fingerprint>"],"merge":true}`
 *                               (`merge` while it waits to be merged, `refused` once the LMS
 *                               refused it for good: see `OutboxState`)
 *   `<key>:<learner>:refused`  `{"v":1,"events":[…]}`: what the LMS refused for good, kept for
 *                               support (the newest `REFUSED_KEPT`), never sent again
 * While the LMS has not answered at launch, the learner is unknown and the outbox lives under
 * `<key>:provisional` until a learner adopts it (see reliable-tracker.ts).
 *
 * The outbox is bounded: past `maxEvents` it drops the oldest event that carries no learning
 * data (`activity-experienced`, then `suspended`, then `launched`); answers, results and status
 * are never dropped, so the outbox may then grow past the bound until storage is full.
 */
import { fnv1a32 } from '../../runtime/fnv-hash.ts';
import { LEARNER_EVENT_TYPES } from '../learner-event-types.ts';
import type { LearnerEvent } from '../learner-event.ts';

export interface OutboxEntry {
  /** A UUID v4 made when the event was first queued; the same on every resend. */
  readonly id: string;
  readonly event: LearnerEvent;
}

export interface OutboxState {
  /** The latest resume state the learner produced. */
  value: string;
  /** True once the inner tracker acknowledged it (or refused it for good). */
  sent: boolean;
  /**
   * Kept here while the LMS holds a state written elsewhere: not sent (it would overwrite the
   * other), but handed to the shell to merge at every launch until a merged state replaces it.
   */
  merge?: boolean;
  /** The LMS refused it for good: not sent again, but kept as this device's resume point. */
  refused?: boolean;
}

export type WriteOutcome = 'ok' | 'quota' | 'unavailable';

/** Events kept before the oldest low-value ones are dropped. */
export const DEFAULT_MAX_EVENTS = 2_000;
/** Fingerprints of states sent from this browser that are remembered (see `seen`). */
const MAX_SEEN = 20;
/** Refused records kept for support, newest last. */
const REFUSED_KEPT = 200;
/** Dropped first when the outbox is over its bound, in this order: none is an answer or a status. */
const DROPPABLE: readonly LearnerEvent['type'][] = ['activity-experienced', 'suspended', 'launched'];

export class Outbox {
  /** Queued events, oldest first. */
  entries: OutboxEntry[] = [];
  /** The latest resume state, while there is one to keep. */
  state: OutboxState | undefined;
  /**
   * Fingerprints of the states the LMS may hold because of this browser: the one it returned at
   * launch and every one sent since. An LMS state outside this list was written elsewhere.
   */
  seen: string[] = [];

  private readonly storage: Storage;
  private readonly maxEvents: number;
  private key: string | undefined;

  constructor(storage: Storage, maxEvents = DEFAULT_MAX_EVENTS) {
    this.storage = storage;
    this.maxEvents = maxEvents;
  }

  /**
   * Reads the outbox kept under `key` (one learner's) and writes through to it from now on.
   * Events queued before (in memory) go after the stored ones. Returns what was unreadable.
   */
  open(key: string): string[] {
    this.key = key;
    const problems: string[] = [];
    const stored = readEntries(this.read(key), problems);
    const known = new Set(stored.map((e) => e.id));
    this.entries = [...stored, ...this.entries.filter((e) => !known.has(e.id))];
    if (this.entries.length > stored.length) this.writeEntries();
    const state = readState(this.read(`${key}:state`), problems);
    this.state = state && { value: state.value, sent: state.sent, ...(state.merge ? { merge: true } : {}), ...(state.refused ? { refused: true } : {}) };
    this.seen = state?.seen ?? [];
    return problems;
  }

  /** Queues `event` under `id`; tells whether storage kept it and which event the bound dropped. */
  add(event: LearnerEvent, id: string): { outcome: WriteOutcome; dropped?: LearnerEvent } {
    let dropped: LearnerEvent | undefined;
    if (this.entries.length >= this.maxEvents) {
      for (const type of DROPPABLE) {
        const index = this.entries.findIndex((e) => e.event.type === type);
        if (index >= 0) {
          dropped = this.entries.splice(index, 1)[0]!.event;
          break;
        }
      }
    }
    this.entries.push({ id, event });
    return { outcome: this.writeEntries(), ...(dropped ? { dropped } : {}) };
  }

  /** Forgets the entry `id` (acknowledged, or refused for good). */
  remove(id: string): WriteOutcome {
    this.entries = this.entries.filter((e) => e.id !== id);
    return this.writeEntries();
  }

  /**
   * Takes `id` out of the queue and keeps it under `<key>:refused`: the LMS refused it for good,
   * so sending it again cannot help, but the learner's answer is not thrown away either.
   */
  setAside(id: string): WriteOutcome {
    const entry = this.entries.find((e) => e.id === id);
    if (entry && this.key) {
      const kept = readEntries(this.read(`${this.key}:refused`), []);
      this.write(`${this.key}:refused`, JSON.stringify({ v: 1, events: [...kept, entry].slice(-REFUSED_KEPT) }));
    }
    return this.remove(id);
  }

  /** What the LMS refused for good so far (see `setAside`), oldest first. */
  refused(): OutboxEntry[] {
    return this.key ? readEntries(this.read(`${this.key}:refused`), []) : [];
  }

  /**
   * Takes over everything `other` holds (its events after ours, its state as our newest unsent
   * state) and empties it: what was kept under `<key>:provisional` joins the learner's outbox.
   */
  adopt(other: Outbox): void {
    const known = new Set(this.entries.map((e) => e.id));
    this.entries = [...this.entries, ...other.entries.filter((e) => !known.has(e.id))];
    this.writeEntries();
    if (other.state) {
      this.state = { value: other.state.value, sent: false };
      this.writeState();
    }
    other.clear();
  }

  /** Forgets every event and the state. */
  clear(): void {
    this.entries = [];
    this.state = undefined;
    this.writeEntries();
    this.writeState();
  }

  /** Remembers that `value` was sent, so the LMS may hold it from now on. */
  sending(value: string): WriteOutcome {
    this.seen = [...this.seen.filter((f) => f !== fingerprint(value)), fingerprint(value)].slice(-MAX_SEEN);
    return this.writeState();
  }

  /** Writes `state` and `seen` through to storage (removes the record when there is no state). */
  writeState(): WriteOutcome {
    if (!this.key) return 'unavailable';
    const key = `${this.key}:state`;
    if (!this.state) return this.erase(key);
    const { value, sent, merge, refused } = this.state;
    return this.write(key, JSON.stringify({ v: 1, value, sent, seen: this.seen, ...(merge ? { merge } : {}), ...(refused ? { refused } : {}) }));
  }

  private writeEntries(): WriteOutcome {
    if (!this.key) return 'unavailable';
    if (this.entries.length === 0) return this.erase(this.key);
    return this.write(this.key, JSON.stringify({ v: 1, events: this.entries }));
  }

  private read(key: string): string | null {
    try {
      return this.storage.getItem(key);
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): WriteOutcome {
    try {
      this.storage.setItem(key, value);
      return 'ok';
    } catch (error) {
      const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
      // Browsers name a full storage differently (Firefox's old name, WebKit's legacy code 22).
      return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 ? 'quota' : 'unavailable';
    }
  }

  private erase(key: string): WriteOutcome {
    try {
      this.storage.removeItem(key);
      return 'ok';
    } catch {
      return 'unavailable';
    }
  }
}

/** A short fingerprint of a resume state: enough to recognise one this browser sent. */
export const fingerprint = (text: string): string => `${text.length.toString(36)}.${fnv1a32(text).toString(36)}`;

/** A random UUID v4; `crypto.randomUUID` exists only on HTTPS pages, `getRandomValues` everywhere. */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(raw: string | null, what: string, problems: string[]): Json | undefined {
  if (raw === null) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    if (isObject(data) && data.v === 1) return data;
  } catch {
    // Reported below.
  }
  problems.push(`The stored ${what} was unreadable or of an unknown version and was left out.`);
  return undefined;
}

function readEntries(raw: string | null, problems: string[]): OutboxEntry[] {
  const data = parse(raw, 'outbox', problems);
  if (!data) return [];
  if (!Array.isArray(data.events)) {
    problems.push('The stored outbox was damaged and was left out.');
    return [];
  }
  const all: unknown[] = data.events;
  const ids = new Set<string>();
  // A repeated id is the same record twice: keep the first, so it is sent once.
  const entries = all.filter((e): e is OutboxEntry => isObject(e) && typeof e.id === 'string' && isEvent(e.event) && !ids.has(e.id) && !!ids.add(e.id));
  if (entries.length < all.length) problems.push(`${all.length - entries.length} stored outbox entries were damaged or repeated and were left out.`);
  return entries;
}

function readState(raw: string | null, problems: string[]): (OutboxState & { seen: string[] }) | undefined {
  const data = parse(raw, 'state', problems);
  if (!data) return undefined;
  if (typeof data.value !== 'string' || typeof data.sent !== 'boolean' || !Array.isArray(data.seen)) {
    problems.push('The stored state was damaged and was left out.');
    return undefined;
  }
  const seen = data.seen.filter((f): f is string => typeof f === 'string').slice(-MAX_SEEN);
  return { value: data.value, sent: data.sent, seen, ...(data.merge === true ? { merge: true } : {}), ...(data.refused === true ? { refused: true } : {}) };
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const WITHOUT_MODULE = new Set(['launched', 'course-status', 'certificate-issued', 'suspended', 'terminated']);

/**
 * A known event type, a valid `at`, and the module and activity ids its type carries: what the
 * adapters' mappings index by, so a damaged entry cannot make them throw and block the queue.
 */
function isEvent(value: unknown): value is LearnerEvent {
  if (!isObject(value) || typeof value.type !== 'string' || !(LEARNER_EVENT_TYPES as readonly string[]).includes(value.type)) return false;
  if (typeof value.at !== 'string' || !ISO_DATETIME.test(value.at)) return false;
  if (WITHOUT_MODULE.has(value.type)) return true;
  return typeof value.moduleId === 'string' && (value.type === 'module-completed' || typeof value.activityId === 'string');
}
