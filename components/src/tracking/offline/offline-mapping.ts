/**
 * The pure part of the offline adapter: where things live in `Storage`, how the rolling event
 * log grows and shrinks, and how a full storage announces itself. Everything here is plain
 * data in, plain data out, so the rules are tested without a browser.
 */
import { LEARNER_EVENT_TYPES } from '../learner-event-types.ts';
import type { LearnerEvent } from '../learner-event.ts';

export interface OfflineKeys {
  /** The raw resume state. */
  state: string;
  /** The rolling event log, a JSON array of learner events, oldest first. */
  events: string;
  /** The anonymous learner id, generated once. */
  learner: string;
}

/** Keys are namespaced per course (`workmentor:<course-id>:…`), so courses on one origin never mix. */
export const offlineKeys = (courseId: string): OfflineKeys => ({
  state: `workmentor:${courseId}:state`,
  events: `workmentor:${courseId}:events`,
  learner: `workmentor:${courseId}:learner`,
});

/** Events kept when no limit is given: enough for a session's history, small next to the quota. */
export const DEFAULT_MAX_EVENTS = 500;

/** The log with `event` added, the oldest dropped beyond `max`. */
export function appendEvent(log: readonly LearnerEvent[], event: LearnerEvent, max: number): LearnerEvent[] {
  const next = [...log, event];
  return next.slice(Math.max(0, next.length - max));
}

/** The log with its older half dropped (an empty log stays empty), to make room under a quota. */
export const halveLog = (log: readonly LearnerEvent[]): LearnerEvent[] => log.slice(Math.ceil(log.length / 2));

/**
 * The event log as stored, read defensively: storage can be edited by hand or by another
 * version of the player, so anything that is not an event is left out. The log is written
 * only by this adapter, so a shape check is enough here; the full `LearnerEventSchema` would
 * add some 8 KB gzip of zod to every package, a seventh of our whole runtime budget.
 */
export function parseEventLog(raw: string | null): LearnerEvent[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry) => {
    return isStoredEvent(entry) ? [entry] : [];
  });
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const NEEDS_MODULE = new Set<string>(LEARNER_EVENT_TYPES.filter((t) => !['launched', 'course-status', 'certificate-issued', 'suspended', 'terminated'].includes(t)));

/** A known event type, a valid `at`, and the ids its type carries. */
function isStoredEvent(entry: unknown): entry is LearnerEvent {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Record<string, unknown>;
  if (typeof e.type !== 'string' || !(LEARNER_EVENT_TYPES as readonly string[]).includes(e.type)) return false;
  if (typeof e.at !== 'string' || !ISO_DATETIME.test(e.at)) return false;
  return !NEEDS_MODULE.has(e.type) || typeof e.moduleId === 'string';
}

/** True for the error browsers throw when `Storage` is full (names differ by engine and age). */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
