/**
 * "Nothing lost": a wrapper around any tracker that keeps every learner event and the latest
 * resume state in a persisted outbox (outbox.ts) until the inner tracker acknowledges them, and
 * retries with backoff (backoff.ts) while the LMS or LRS cannot be reached. What a closed tab
 * could not send goes out at the next launch. The learner keeps working throughout: `record`
 * never rejects, and `saveState` rejects only when the state was neither stored in the browser
 * nor accepted by the LMS.
 *
 * What the inner tracker must do: resolve `record` and `saveState` once the LMS or LRS holds the
 * data (that is the acknowledgement), and reject them when it does not, with a `TrackerError`
 * whose `kind` says whether trying again can help: `rejected` and `quota` are permanent (an LRS
 * 400, a value the LMS refuses): the record is dropped after reporting it, so one bad record
 * cannot block the queue forever; anything else (`unavailable`, a network `TypeError`) is
 * retried. `record` also receives a second argument, `{ id }`: a UUID v4 that is the same on
 * every resend, for adapters that want it as the xAPI statement id.
 *
 * `record` resolves once the event is stored in the browser and, when nothing waits ahead of
 * it, once the inner tracker took it (or failed to); behind a backlog it resolves at once.
 *
 * Order: the latest unsent state goes first (it is what lets the learner resume), then events
 * strictly in the order recorded; a failing event holds back the ones after it, so an LMS never
 * sees "completed" before the answers that led to it.
 *
 * Trade-off of `saveState`: it resolves once the state is in the browser's storage, before the
 * LMS has it. The learner is not told "could not save" during every network blip while the
 * state is in fact safe and on its way; the cost is that a learner who never comes back to this
 * browser resumes elsewhere from the last state the LMS acknowledged. Without durable storage
 * (blocked `localStorage`, memory fallback) it waits for the LMS instead.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { MemoryStorage } from '../offline/memory-storage.ts';
import { TrackerError } from '../tracker-error.ts';
import type { FinishOptions, LaunchInfo, Tracker, TrackerOperation, TrackerProblemKind, TrackerProblemOptions } from '../tracker.ts';
import { backoffDelay, DEFAULT_RETRY, type RetryPolicy } from './backoff.ts';
import { globalTimers, watchFlushTriggers, type PageLifecycle, type Timers } from './flush-triggers.ts';
import { fingerprint, newEntryId, Outbox, type OutboxEntry, type OutboxState } from './outbox.ts';

export type { PageLifecycle, Timers } from './flush-triggers.ts';

/** The second argument of the inner tracker's `record`. */
export interface RecordDelivery {
  /** Stable per record: a resend carries the same id, so the receiver can ignore duplicates. */
  id: string;
}

export interface ReliableTrackerOptions extends TrackerProblemOptions {
  /** Storage namespace, e.g. `workmentor:<course-id>:<target>:outbox`; the learner id is appended. */
  key: string;
  /** Where the outbox lives; `localStorage` by default, memory when the browser refuses it. */
  storage?: Storage;
  /** Backoff between tries while the inner tracker fails (see backoff.ts). */
  retry?: Partial<RetryPolicy>;
  /** Milliseconds between periodic flushes (with the inner tracker's own `flush`); 0 turns them off. */
  flushEveryMs?: number;
  /** Events kept before low-value ones are dropped (see outbox.ts). */
  maxEvents?: number;
  /**
   * Listen to this page's `visibilitychange` (to hidden), `pagehide` and `online` and flush then.
   * Leave it out where the host already flushes on those (the `<wm-course>` shell does), so the
   * LMS is not committed to twice.
   */
  window?: PageLifecycle;
  timers?: Timers;
  /** Jitter source, 0-1 (`Math.random` by default). */
  random?: () => number;
  /** Makes record ids (a UUID v4 by default). */
  newId?: () => string;
}

type RecordWithId = (event: LearnerEvent, delivery: RecordDelivery) => Promise<void>;

export class ReliableTracker implements Tracker {
  private readonly inner: Tracker;
  private readonly options: ReliableTrackerOptions;
  private readonly retry: RetryPolicy;
  private readonly timers: Timers;
  private readonly outbox: Outbox;
  /** False on the memory fallback: nothing outlives the tab, so saves wait for the LMS. */
  private readonly durable: boolean = true;
  private started = false;
  /** Started in normal mode and not finished: the queue is being delivered. */
  private delivering = false;
  private finished = false;
  /** True while the delivery loop runs; `delivery` is its promise then. */
  private busy = false;
  private delivery: Promise<void> = Promise.resolve();
  /** What the delivery loop is waiting on the LMS for: its request is already on its way. */
  private inFlight: OutboxEntry | OutboxState | undefined;
  private failures = 0;
  private retryTimer: unknown;
  private stopListening: (() => void) | undefined;

  constructor(inner: Tracker, options: ReliableTrackerOptions) {
    this.inner = inner;
    this.options = options;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timers = options.timers ?? globalTimers;
    let storage = options.storage;
    if (!storage) {
      try {
        // Reading `localStorage` itself throws in sandboxed frames and with storage blocked.
        storage = globalThis.localStorage;
      } catch {
        // Falls back below.
      }
    }
    if (!storage) {
      this.durable = false;
      this.report('start', 'unavailable', 'This browser does not allow local storage here: unsent tracking data lasts for this visit only.');
    }
    this.outbox = new Outbox(storage ?? new MemoryStorage(), options.maxEvents);
  }

  /**
   * Starts the inner tracker, opens this learner's outbox, returns the local state when it is
   * newer than the LMS's (the tab closed before the LMS acknowledged it), and sends what the
   * previous session left. In browse and review mode nothing is sent: leftovers wait for a
   * normal launch, as an LMS ignores data sent in review.
   */
  async start(): Promise<LaunchInfo> {
    const launch = await this.inner.start();
    this.finished = false;
    this.started = true;
    for (const message of this.outbox.open(`${this.options.key}:${encodeURIComponent(launch.learner.id)}`)) {
      this.report('start', 'unavailable', message);
    }
    const result = this.reconcile(launch);
    this.delivering = launch.mode === 'normal';
    this.stopListening?.();
    this.stopListening = watchFlushTriggers({
      page: this.options.window,
      everyMs: this.options.flushEveryMs ?? 30_000,
      timers: this.timers,
      flush: () => void this.flush(),
      // A periodic flush leaves a running backoff alone: the retry timer sends when it is due.
      tick: () => {
        if (this.retryTimer === undefined) void this.flush();
      },
    });
    if (this.delivering) void this.deliver();
    return result;
  }

  record(event: LearnerEvent): Promise<void> {
    // Browse and review record nothing (see tracker.ts).
    if (this.finished || (this.started && !this.delivering)) return Promise.resolve();
    const { outcome, dropped } = this.outbox.add(event, (this.options.newId ?? newEntryId)());
    if (dropped) this.report('record', 'quota', `The outbox is full: its oldest ${dropped.type} event was dropped.`);
    // Before `start` the learner (and so the storage key) is unknown: the event waits in memory.
    if (!this.delivering) return Promise.resolve();
    if (outcome !== 'ok') this.report('record', outcome, `Could not store the ${event.type} event in the browser (${outcome}); it is kept for this visit.`);
    const attempt = this.attempt();
    // With nothing ahead of it, resolve when the LMS took it, as the inner tracker alone would;
    // behind a backlog (leftovers, an outage) resolve at once, so the learner never waits on it.
    const ahead = this.outbox.entries.length > 1 || this.outbox.state?.sent === false;
    return ahead ? Promise.resolve() : attempt;
  }

  async saveState(state: string): Promise<void> {
    if (this.finished) return;
    if (!this.delivering) {
      // Before `start` there is no learner to keep it for; in review the LMS ignores it.
      this.fail('saveState', 'unavailable', 'The state can only be saved in a started session in normal mode.');
    }
    const kept: OutboxState = { value: state, sent: false };
    this.outbox.state = kept;
    const outcome = this.outbox.writeState();
    const attempt = this.attempt();
    if (outcome === 'ok' && this.durable) return;
    await attempt;
    if (!kept.sent) {
      const where = outcome === 'ok' ? 'only in memory' : `not in the browser (${outcome})`;
      this.fail('saveState', outcome === 'ok' ? 'unavailable' : outcome, `The state is kept ${where} and the LMS did not take it yet; it is sent when the LMS answers again.`);
    }
  }

  /** Tries to send everything now (waiting out no backoff), then lets the inner tracker write its buffer. */
  async flush(): Promise<void> {
    if (!this.started || this.finished) return;
    if (this.delivering) {
      this.cancelRetry();
      await this.deliver();
    }
    try {
      await this.inner.flush?.();
    } catch (error) {
      this.report('record', kindOf(error), `The inner tracker could not flush: ${messageOf(error)}`);
    }
  }

  /**
   * Sends what it can, then finishes the inner tracker; what is still unsent waits for the next
   * launch. When the page is closing, waiting for the LMS is pointless (no answer arrives after
   * `pagehide`, so the delivery loop would wait forever and the session would never close):
   * an inner tracker that can, hands everything over at once (`finishOnClose`); the outbox keeps
   * it all the same, since nothing is known to have arrived.
   */
  async finish(options?: FinishOptions): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    this.stopListening?.();
    this.stopListening = undefined;
    this.cancelRetry();
    if (options?.closing && this.delivering && this.inner.finishOnClose) {
      this.delivering = false;
      const state = this.outbox.state;
      // The request for what is in flight already left; sending it again would only spend the
      // browser's keepalive allowance (64 KB for all requests outliving the page).
      const events = this.outbox.entries.filter((entry) => entry !== this.inFlight).map((entry) => entry.event);
      const unsentState = state && !state.sent && state !== this.inFlight ? { state: state.value } : {};
      try {
        this.inner.finishOnClose({ events, ...unsentState });
      } catch (error) {
        this.report('finish', kindOf(error), `The inner tracker could not hand over at page close: ${messageOf(error)}`);
      }
      return;
    }
    if (this.delivering) await this.deliver();
    this.delivering = false;
    this.cancelRetry();
    try {
      await this.inner.finish();
    } catch (error) {
      this.report('finish', kindOf(error), `The inner tracker could not finish: ${messageOf(error)}`);
      return;
    }
    // All acknowledged and the session closed: nothing of this learner needs to stay in the browser.
    if (this.outbox.entries.length === 0 && this.outbox.state?.sent) {
      this.outbox.state = undefined;
      this.outbox.writeState();
    }
  }

  useCourse(course: CourseData): void {
    this.inner.useCourse?.(course);
  }

  /** Events recorded but not yet acknowledged, oldest first (for support and tests). */
  pending(): LearnerEvent[] {
    return this.outbox.entries.map((e) => e.event);
  }

  /**
   * The local state is newer than the LMS's when the LMS still holds one this browser knew it
   * to hold (at the last launch or sent since): the tab closed before the newest was
   * acknowledged. Any other LMS state was written elsewhere (another device, a reset attempt)
   * and wins.
   */
  private reconcile(launch: LaunchInfo): LaunchInfo {
    const local = this.outbox.state;
    const lmsFingerprint = fingerprint(launch.state ?? '');
    const fromHere = this.outbox.seen.includes(lmsFingerprint);
    this.outbox.seen = [lmsFingerprint];
    let result = launch;
    if (local && local.value === launch.state) local.sent = true;
    else if (local && fromHere) {
      local.sent = false;
      result = { ...launch, entry: 'resume', state: local.value };
    } else this.outbox.state = undefined;
    this.outbox.writeState();
    return result;
  }

  /** Sends now unless a retry is already scheduled (then the retry sends it, in order). */
  private attempt(): Promise<void> {
    return this.delivering && this.retryTimer === undefined ? this.deliver() : Promise.resolve();
  }

  /** The one delivery loop: joins the running one, so records go out one at a time, in order. */
  private deliver(): Promise<void> {
    if (!this.busy) this.delivery = this.run();
    return this.delivery;
  }

  private async run(): Promise<void> {
    // `busy` is cleared the moment the loop finds nothing left, so a record queued right after
    // starts a new loop instead of joining one that already ended.
    this.busy = true;
    try {
      for (;;) {
        const state = this.outbox.state;
        const entry = this.outbox.entries[0];
        const sendState = state !== undefined && !state.sent;
        if (!this.delivering || (!sendState && !entry)) return;
        try {
          this.inFlight = sendState ? state : entry;
          if (sendState) await this.sendState(state);
          else await this.sendEvent(entry!);
          this.failures = 0;
        } catch (error) {
          const kind = kindOf(error);
          const what = sendState ? 'the state' : `the ${entry!.event.type} event`;
          if (kind === 'unavailable') {
            this.failures += 1;
            // Once per outage, not once per retry: support needs the start, not a flood.
            if (this.failures === 1) this.report(sendState ? 'saveState' : 'record', kind, `Could not send ${what}; retrying: ${messageOf(error)}`);
            this.scheduleRetry();
            return;
          }
          // Trying the same value again cannot help: drop it so the queue moves on.
          this.report(sendState ? 'saveState' : 'record', kind, `The LMS refused ${what} for good; it was dropped: ${messageOf(error)}`);
          if (sendState) this.markSent(state);
          else this.outbox.remove(entry!.id);
        }
      }
    } finally {
      this.busy = false;
      this.inFlight = undefined;
    }
  }

  private async sendState(state: OutboxState): Promise<void> {
    // Noted before sending: if the answer is lost, the LMS may still hold it at the next launch.
    this.outbox.sending(state.value);
    await this.inner.saveState(state.value);
    this.markSent(state);
  }

  private markSent(state: OutboxState): void {
    state.sent = true;
    // A newer state saved meanwhile is still to send; only the one sent is marked.
    if (this.outbox.state === state) this.outbox.writeState();
  }

  private async sendEvent(entry: OutboxEntry): Promise<void> {
    // A tracker declared with `record(event)` takes the extra argument and may ignore it.
    const record: RecordWithId = this.inner.record;
    await record.call(this.inner, entry.event, { id: entry.id });
    this.outbox.remove(entry.id);
  }

  private scheduleRetry(): void {
    this.cancelRetry();
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = undefined;
      void this.deliver();
    }, backoffDelay(this.failures, this.retry, this.options.random));
  }

  private cancelRetry(): void {
    if (this.retryTimer === undefined) return;
    this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private fail(operation: TrackerOperation, kind: TrackerProblemKind, message: string): never {
    this.report(operation, kind, message);
    throw new TrackerError({ operation, kind, message });
  }

  private report(operation: TrackerOperation, kind: TrackerProblemKind, message: string): void {
    try {
      this.options.onProblem?.({ operation, kind, message });
    } catch {
      // An observer's bug must not break tracking.
    }
  }
}

/** `rejected` and `quota` are permanent; anything else, a network error included, may pass later. */
function kindOf(error: unknown): TrackerProblemKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return kind === 'rejected' || kind === 'quota' ? kind : 'unavailable';
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
