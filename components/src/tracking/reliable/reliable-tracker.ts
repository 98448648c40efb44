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
 * A start the LMS misses (`LMSInitialize` refusing once, an LRS answering 503, any `unavailable`
 * failure) does not cost the session: the learner starts from what the last launch on this
 * device left (launch-memory.ts and the outbox's state), works on, and everything is kept under
 * `<key>:provisional` while `start` is tried again with backoff. When the LMS answers (in this
 * launch or the next), the learner it names adopts that outbox (only the learner the device
 * remembered, or any when it remembered none), and watchers get `relaunched` to merge the LMS's
 * progress with what was done meanwhile. `absent` and `rejected` starts are passed on to the
 * caller (fallback-tracker.ts falls back to offline storage): trying again cannot help.
 *
 * Nothing the LMS refuses for good is thrown away: it leaves the queue (so one bad record cannot
 * block the rest) but is kept under `<key>:<learner>:refused`, and watchers hear `refused`.
 * Watchers also hear `waiting` while the LMS does not answer and `recording` when it does again.
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
import type { FinishOptions, LaunchInfo, Tracker, TrackerOperation, TrackerProblemKind, TrackerProblemOptions, TrackerUpdate } from '../tracker.ts';
import type { RegisteredCertificateLink } from '../registered-certificate.ts';
import { UpdateChannel } from '../update-channel.ts';
import { backoffDelay, DEFAULT_RETRY, type RetryPolicy } from './backoff.ts';
import { globalTimers, watchFlushTriggers, type PageLifecycle, type Timers } from './flush-triggers.ts';
import { LaunchMemory } from './launch-memory.ts';
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
  /**
   * The LMS's storage limit when a launch it missed must start without ever having reached it
   * on this device (SCORM 1.2: 4096), so free-text limits hold from the first keystroke.
   */
  storageLimit?: number;
}

/** The learner of a launch the LMS missed, when this device remembers none. */
export const UNKNOWN_LEARNER = 'unknown-learner';

type RecordWithId = (event: LearnerEvent, delivery: RecordDelivery) => Promise<void>;

export class ReliableTracker implements Tracker {
  private readonly inner: Tracker;
  private readonly options: ReliableTrackerOptions;
  private readonly retry: RetryPolicy;
  private readonly timers: Timers;
  private readonly outbox: Outbox;
  private readonly storage: Storage;
  private readonly memory: LaunchMemory;
  private readonly updates = new UpdateChannel();
  /** False on the memory fallback: nothing outlives the tab, so saves wait for the LMS. */
  private readonly durable: boolean = true;
  private started = false;
  /** Started in normal mode and not finished: the queue is being delivered. */
  private delivering = false;
  /** The LMS missed the start: work is kept under `<key>:provisional` and `start` is tried again. */
  private provisional: { learner: string } | undefined;
  /** The LMS refused something for good this session (kept, reported): health stays `refused`. */
  private refusedSome = false;
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
    this.storage = storage ?? new MemoryStorage();
    this.outbox = new Outbox(this.storage, options.maxEvents);
    this.memory = new LaunchMemory(this.storage, options.key);
  }

  /**
   * Starts the inner tracker, opens this learner's outbox, returns the local state when it is
   * newer than the LMS's (the tab closed before the LMS acknowledged it), and sends what the
   * previous session left. In browse and review mode nothing is sent: leftovers wait for a
   * normal launch, as an LMS ignores data sent in review.
   */
  async start(): Promise<LaunchInfo> {
    let launch: LaunchInfo;
    try {
      launch = await this.inner.start();
    } catch (error) {
      // No LMS here, or one that refuses this launch for good: the caller falls back.
      if (kindOf(error) !== 'unavailable') throw error;
      return this.startProvisionally(error);
    }
    return this.begin(launch);
  }

  watch(listener: (update: TrackerUpdate) => void): () => void {
    return this.updates.watch(listener);
  }

  /** The LMS answered: open this learner's outbox, adopt what a missed launch kept, and deliver. */
  private begin(launch: LaunchInfo): LaunchInfo {
    this.finished = false;
    this.started = true;
    const remembered = this.memory.read()?.learner.id;
    // What a missed launch queued is stored under `<key>:provisional`; `adoptProvisional` decides
    // whose it is, so it must not ride along into this learner's outbox from memory.
    if (this.provisional) this.outbox.entries = [];
    for (const message of this.outbox.open(this.outboxKey(launch.learner.id))) this.report('start', 'unavailable', message);
    this.adoptProvisional(launch.learner.id, remembered);
    this.provisional = undefined;
    const result = this.reconcile(launch);
    this.delivering = launch.mode === 'normal';
    if (this.delivering) this.memory.write(launch);
    this.listen();
    this.updates.tell(this.refusedSome ? 'refused' : 'recording');
    if (this.delivering) void this.deliver();
    return result;
  }

  /**
   * The LMS missed the start: begin from what this device knows, keep everything under
   * `<key>:provisional`, and try the LMS again with backoff (see the file comment).
   */
  private startProvisionally(error: unknown): LaunchInfo {
    const remembered = this.memory.read();
    const learner = remembered?.learner ?? { id: UNKNOWN_LEARNER };
    this.finished = false;
    this.started = true;
    this.provisional = { learner: learner.id };
    // The learner's own progress on this device, unless a missed launch already went further.
    const own = new Outbox(this.storage);
    own.open(this.outboxKey(learner.id));
    for (const message of this.outbox.open(`${this.options.key}:provisional`)) this.report('start', 'unavailable', message);
    const state = this.outbox.state?.value ?? own.state?.value;
    this.report('start', 'unavailable', `The LMS did not answer at launch (${messageOf(error)}); the learner works on, progress is kept on this device and sent when the LMS answers.`);
    this.updates.tell('waiting');
    this.listen();
    this.scheduleRetry();
    const storageLimit = remembered?.storageLimit ?? this.options.storageLimit;
    return {
      learner,
      mode: 'normal',
      entry: state ? 'resume' : 'ab-initio',
      ...(state ? { state } : {}),
      ...(storageLimit ? { storageLimit } : {}),
      ...(remembered?.language ? { language: remembered.language } : {}),
    };
  }

  /** Tries the start the LMS missed again; on success, watchers merge its progress with this session's. */
  private async restart(): Promise<void> {
    const guessed = this.provisional?.learner;
    let launch: LaunchInfo;
    try {
      launch = await this.inner.start();
    } catch (error) {
      if (this.finished || !this.provisional) return;
      this.failures += 1;
      if (kindOf(error) === 'unavailable') this.scheduleRetry();
      else this.report('start', kindOf(error), `The LMS refused this launch for good; progress stays on this device: ${messageOf(error)}`);
      return;
    }
    if (this.finished) {
      // The page went away while the LMS answered: close the session it opened.
      void this.inner.finish().catch(() => undefined);
      return;
    }
    this.failures = 0;
    const result = this.begin(launch);
    // Work done meanwhile is this learner's only if it started from their progress (or from none).
    const merge = guessed === launch.learner.id || guessed === UNKNOWN_LEARNER;
    this.updates.emit({ type: 'relaunched', launch: result, merge });
  }

  /**
   * What a missed launch kept under `<key>:provisional` joins the outbox of `learner`, when it was
   * started from their progress (the learner this device remembered) or from none. Otherwise it
   * was built on another learner's progress: it is reported and dropped, never sent as theirs.
   */
  private adoptProvisional(learner: string, remembered: string | undefined): void {
    const kept = new Outbox(this.storage);
    kept.open(`${this.options.key}:provisional`);
    if (kept.entries.length === 0 && !kept.state) return;
    if (remembered === undefined || remembered === learner) {
      this.outbox.adopt(kept);
      return;
    }
    this.report('start', 'rejected', `${kept.entries.length} records kept on this device while the LMS did not answer were made on another learner's progress and are not sent for this learner.`);
    kept.clear();
  }

  private outboxKey(learner: string): string {
    return `${this.options.key}:${encodeURIComponent(learner)}`;
  }

  private listen(): void {
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
  }

  record(event: LearnerEvent): Promise<void> {
    // Browse and review record nothing (see tracker.ts); a missed launch keeps everything.
    if (this.finished || (this.started && !this.delivering && !this.provisional)) return Promise.resolve();
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
    if (!this.delivering && !this.provisional) {
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
    if (this.provisional) {
      // Hidden, closed, back online: a good moment to try the LMS again, without waiting out the backoff.
      if (this.retryTimer !== undefined) {
        this.cancelRetry();
        await this.restart();
      }
      return;
    }
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
    // The LMS never answered: everything stays under `<key>:provisional` for the next launch.
    if (this.provisional) return;
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
    // All acknowledged and the session closed: nothing of this learner needs to stay in the
    // browser; a state the LMS refused stays, as the only copy of the learner's progress.
    if (this.outbox.entries.length === 0 && this.outbox.state?.sent && !this.outbox.state.refused) {
      this.outbox.state = undefined;
      this.outbox.writeState();
    }
  }

  useCourse(course: CourseData): void {
    this.inner.useCourse?.(course);
  }

  async registeredCertificate(): Promise<RegisteredCertificateLink | undefined> {
    return (await this.inner.registeredCertificate?.().catch(() => undefined)) ?? undefined;
  }

  /** Events recorded but not yet acknowledged, oldest first (for support and tests). */
  pending(): LearnerEvent[] {
    return this.outbox.entries.map((e) => e.event);
  }

  /** Events the LMS refused for good, kept on this device (for support and tests). */
  refused(): LearnerEvent[] {
    return this.outbox.refused().map((e) => e.event);
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
    if (local && local.value === launch.state) {
      local.sent = true;
      delete local.merge;
    } else if (local && !local.sent && launch.state && (local.merge || !fromHere)) {
      // Both moved on apart (work kept here while another device wrote to the LMS): the shell
      // merges them and saves the result. Until then the local state is kept, not sent (it
      // would overwrite the other), and offered again at every launch.
      local.merge = true;
      result = { ...launch, localState: local.value };
    } else if (local && fromHere) {
      local.sent = false;
      result = { ...launch, entry: 'resume', state: local.value };
    } else if (local && !local.sent) {
      // The LMS holds nothing (a new attempt, or it never got a save): what is here is all there is.
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
        const sendState = state !== undefined && !state.sent && !state.merge;
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
            this.updates.tell('waiting');
            this.scheduleRetry();
            return;
          }
          // Trying the same value again cannot help: it leaves the queue so the rest moves on,
          // and stays on this device (a refused state is still the learner's resume point here).
          this.report(sendState ? 'saveState' : 'record', kind, `The LMS refused ${what} for good; it is kept on this device, not sent again: ${messageOf(error)}`);
          this.refusedSome = true;
          this.updates.tell('refused');
          if (sendState) {
            state.refused = true;
            this.markSent(state);
          } else this.outbox.setAside(entry!.id);
          continue;
        }
        if (this.failures === 0) this.updates.tell(this.refusedSome ? 'refused' : 'recording');
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

  /** Tries again after the backoff: the start the LMS missed, or the delivery. */
  private scheduleRetry(): void {
    this.cancelRetry();
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = undefined;
      void (this.provisional ? this.restart() : this.deliver());
    }, backoffDelay(Math.max(1, this.failures), this.retry, this.options.random));
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

/** `rejected`, `quota` and `absent` are permanent; anything else, a network error included, may pass later. */
function kindOf(error: unknown): TrackerProblemKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return kind === 'rejected' || kind === 'quota' || kind === 'absent' ? kind : 'unavailable';
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
