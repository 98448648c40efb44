/**
 * The tracking port: everything the player needs from an LMS, an LRS or the browser, and no
 * more. The shell talks only to this interface; each adapter (SCORM 1.2, SCORM 2004, xAPI and
 * cmi5, offline, memory) is a pure mapping plus a thin transport. Retry, queueing and
 * flush-on-`pagehide` wrap any adapter from the outside instead of living in each one.
 *
 * Failure rules every adapter keeps, so the course keeps working when tracking does not:
 * - no method throws synchronously;
 * - LMS and LRS adapters (SCORM, xAPI, cmi5) reject `record` with a `TrackerError` when the
 *   record was not delivered (`kind` `unavailable`: worth retrying; `rejected`: never will be),
 *   because they always run inside `ReliableTracker` (reliable/), which queues, persists and
 *   retries, and itself never rejects `record`: a lost log entry must not interrupt learning;
 * - local adapters (offline, memory) never reject `record`; they report through `onProblem`;
 * - `saveState` rejects with a `TrackerError` only when the state was not kept (the shell then
 *   tells the learner), and a state kept before is never damaged by a failed save;
 * - after `finish`, `record` and `saveState` are ignored; `finish` may be called again.
 */
import * as z from 'zod/mini';
import type { CourseData } from '../../../course/schema/course-data.ts';
import type { LearnerEvent } from './learner-event.ts';
import type { RegisteredCertificateLink } from './registered-certificate.ts';

export const LaunchInfoSchema = z.object({
  /** Who is learning, as the LMS knows them (offline: an anonymous id kept in the browser). */
  learner: z.object({ id: z.string(), name: z.optional(z.string()) }),
  /** The LMS's language preference for this learner (BCP 47), if it has one. */
  language: z.optional(z.string()),
  /** `browse` and `review` record nothing (SCORM `cmi.core.lesson_mode`, cmi5 `moveOn`-free launches). */
  mode: z.enum(['normal', 'browse', 'review']),
  /** `resume` when a state from an earlier session exists. */
  entry: z.enum(['ab-initio', 'resume']),
  /** The raw resume state saved last time (decode it with `decodeResume`; it is untrusted). */
  state: z.optional(z.string()),
  /**
   * Progress kept on this device that the LMS does not hold, when the LMS's `state` was written
   * elsewhere meanwhile (another device): the shell merges the two instead of dropping either.
   */
  localState: z.optional(z.string()),
  /** Characters available for the state, e.g. 4096 on SCORM 1.2; absent when there is no fixed limit. */
  storageLimit: z.optional(z.number()),
});
export type LaunchInfo = z.infer<typeof LaunchInfoSchema>;

export interface Tracker {
  /** Opens the session: who, which language, and any saved state. Call once per page load, first. */
  start(): Promise<LaunchInfo>;
  /** Reports one learner event (see learner-event.ts). */
  record(event: LearnerEvent): Promise<void>;
  /** Replaces the saved resume state with `state` (from `encodeResume`). */
  saveState(state: string): Promise<void>;
  /** Closes the session; the state saved last is what the next `start` returns. */
  finish(options?: FinishOptions): Promise<void>;
  /**
   * Writes now whatever the adapter buffers (SCORM `Commit`, queued statements). The shell calls
   * it when the page is hidden or closed; adapters that write through may leave it out.
   */
  flush?(): Promise<void>;
  /**
   * The course in the learner's language, once loaded (and again after a language switch), for
   * adapters whose records describe activities (xAPI activity definitions, SCORM objectives).
   */
  useCourse?(course: CourseData): void;
  /**
   * For adapters whose requests are asynchronous (xAPI, cmi5), used by the reliable wrapper
   * when the page closes: no answer will ever be read, so hand `leftovers` (records and state
   * the LMS has not acknowledged) and the closing record to the LRS now, in requests issued
   * before this returns that outlive the page (`keepalive`), and finish. Nothing is known to be
   * delivered, so the caller keeps the leftovers for the next launch (resends are idempotent).
   */
  finishOnClose?(leftovers: Leftovers): void;
  /**
   * Tells `listener` how tracking is doing (for the learner's notice and the trainer's console)
   * and when the LMS answered after a start it missed (`relaunched`: the shell merges the LMS's
   * progress with what the learner did meanwhile). Returns the function that stops listening.
   */
  watch?(listener: (update: TrackerUpdate) => void): () => void;
  /**
   * The learner's certificate as the school's register holds it (xAPI and cmi5: an Agent
   * Profile document the register writes), or undefined when there is none or the LRS cannot
   * say. Never throws: the certificate page works without it.
   */
  registeredCertificate?(): Promise<RegisteredCertificateLink | undefined>;
}

/**
 * - `recording`: the LMS or LRS acknowledges what the learner does;
 * - `waiting`: it does not answer for now; everything is kept on this device and sent when it does;
 * - `refused`: it refused some data for good; that data is kept on this device and reported;
 * - `device-only`: there is no LMS or LRS (the package was opened outside one): progress stays here.
 */
export type TrackingHealth = 'recording' | 'waiting' | 'refused' | 'device-only';

/**
 * `relaunched`: the LMS answered after a start it missed; `merge` says whether what the learner did
 * meanwhile is theirs (it started from their progress or from none) or must be replaced by `launch`.
 */
export type TrackerUpdate = { type: 'health'; health: TrackingHealth } | { type: 'relaunched'; launch: LaunchInfo; merge: boolean };

export interface FinishOptions {
  /**
   * The page is going away for good (`pagehide`, not into the back-forward cache): whatever
   * `finish` sends must be on its way before it returns, because no promise settles after this.
   */
  closing?: boolean;
}

/** What the LMS or LRS has not acknowledged, oldest first (see `finishOnClose`). */
export interface Leftovers {
  events: readonly LearnerEvent[];
  state?: string;
}

export type TrackerOperation = 'start' | 'record' | 'saveState' | 'finish';

/**
 * `quota`: storage is full; `unavailable`: the storage or LMS cannot be reached or refuses
 * access for now (worth trying again); `rejected`: the LMS refused a value (or a launch) for
 * good; `absent`: there is no LMS here at all (no SCORM API, no launch parameters), so the
 * course runs on this device alone.
 */
export type TrackerProblemKind = 'quota' | 'unavailable' | 'rejected' | 'absent';

/** Something an adapter could not do, for support logs (not learner-facing text). */
export interface TrackerProblem {
  operation: TrackerOperation;
  kind: TrackerProblemKind;
  message: string;
}

/** Options every adapter accepts for observing problems. */
export interface TrackerProblemOptions {
  /** Called for every problem, including those that do not reject a promise. */
  onProblem?: (problem: TrackerProblem) => void;
}

export type { RegisteredCertificateLink } from './registered-certificate.ts';
export { TrackerError } from './tracker-error.ts';

