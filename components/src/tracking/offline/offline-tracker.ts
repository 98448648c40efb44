/**
 * The tracker for the plain-web package and the fallback when no LMS answers: progress stays
 * in the browser's `localStorage` (injectable), under keys namespaced by course id. The learner
 * gets a stable anonymous id, generated once; a saved state makes the next visit a resume.
 *
 * The resume state matters more than the event log: when storage is full, the log is trimmed
 * (oldest first, then entirely) to make room for the state, and a state kept before is never
 * overwritten by a failed save. Problems go to `onProblem` and `problems`; `saveState` rejects
 * only when the state could not be kept, so the shell can tell the learner (see tracker.ts).
 */
import type { LearnerEvent } from '../learner-event.ts';
import { TrackerError } from '../tracker-error.ts';
import type { LaunchInfo, Tracker, TrackerProblem, TrackerProblemOptions } from '../tracker.ts';
import { MemoryStorage } from './memory-storage.ts';
import { appendEvent, DEFAULT_MAX_EVENTS, halveLog, isQuotaExceeded, offlineKeys, parseEventLog, type OfflineKeys } from './offline-mapping.ts';

export interface OfflineTrackerOptions extends TrackerProblemOptions {
  courseId: string;
  /** Where to keep progress; `localStorage` by default, memory when the browser refuses it. */
  storage?: Storage;
  /** Most events kept in the rolling log; older ones are dropped first. */
  maxEvents?: number;
  /** Makes the anonymous learner id; `crypto.randomUUID` by default. */
  newId?: () => string;
  /** The language to report at launch (an offline browser has no LMS preference). */
  language?: string;
}

export class OfflineTracker implements Tracker {
  /** Every problem met so far, oldest first (also passed to `onProblem`). */
  readonly problems: TrackerProblem[] = [];

  private readonly storage: Storage;
  private readonly keys: OfflineKeys;
  private readonly maxEvents: number;
  private readonly options: OfflineTrackerOptions;
  private log: LearnerEvent[] | undefined;
  private finished = false;

  constructor(options: OfflineTrackerOptions) {
    this.options = options;
    this.keys = offlineKeys(options.courseId);
    this.maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
    this.storage = options.storage ?? this.browserStorage();
  }

  start(): Promise<LaunchInfo> {
    this.finished = false;
    const state = this.read(this.keys.state) ?? undefined;
    return Promise.resolve({
      learner: { id: this.learnerId() },
      mode: 'normal',
      entry: state ? 'resume' : 'ab-initio',
      ...(state ? { state } : {}),
      ...(this.options.language ? { language: this.options.language } : {}),
    });
  }

  record(event: LearnerEvent): Promise<void> {
    if (this.finished) return Promise.resolve();
    let log = appendEvent(this.events(), event, this.maxEvents);
    for (;;) {
      const outcome = this.write(this.keys.events, JSON.stringify(log));
      if (outcome === 'ok') break;
      if (outcome === 'quota' && log.length > 1) {
        log = halveLog(log);
        continue;
      }
      // Not even this one event fits, or storage refuses: learning goes on, the log stays as it was.
      this.report({ operation: 'record', kind: outcome, message: `Could not log the ${event.type} event (${outcome}).` });
      return Promise.resolve();
    }
    if (log.length < Math.min(this.events().length + 1, this.maxEvents)) {
      this.report({ operation: 'record', kind: 'quota', message: `Storage is full: the event log was trimmed to its ${log.length} newest events.` });
    }
    this.log = log;
    return Promise.resolve();
  }

  saveState(state: string): Promise<void> {
    if (this.finished) return Promise.resolve();
    let outcome = this.write(this.keys.state, state);
    // Make room by giving up the event log, oldest half first: the state is what the learner needs.
    for (let log = this.events(); outcome === 'quota' && this.read(this.keys.events) !== null; ) {
      log = halveLog(log);
      if (log.length === 0 || this.write(this.keys.events, JSON.stringify(log)) !== 'ok') {
        this.remove(this.keys.events);
        log = [];
      }
      this.log = log;
      outcome = this.write(this.keys.state, state);
      if (outcome === 'ok') {
        this.report({ operation: 'saveState', kind: 'quota', message: `Storage is full: the event log was trimmed to ${log.length} events to keep the progress.` });
      }
    }
    if (outcome === 'ok') return Promise.resolve();
    const problem: TrackerProblem = {
      operation: 'saveState',
      kind: outcome,
      message:
        outcome === 'quota'
          ? `Storage is full: the progress (${state.length} characters) could not be saved; the previous save is kept.`
          : 'The browser refused to store the progress; the previous save is kept.',
    };
    this.report(problem);
    return Promise.reject(new TrackerError(problem));
  }

  finish(): Promise<void> {
    this.finished = true;
    return Promise.resolve();
  }

  /** The event log as kept in storage, oldest first (for support and for tests). */
  events(): LearnerEvent[] {
    this.log ??= parseEventLog(this.read(this.keys.events));
    return this.log;
  }

  private learnerId(): string {
    const stored = this.read(this.keys.learner);
    if (stored) return stored;
    const id = (this.options.newId ?? (() => crypto.randomUUID()))();
    const outcome = this.write(this.keys.learner, id);
    if (outcome !== 'ok') {
      this.report({ operation: 'start', kind: outcome, message: 'Could not keep the anonymous learner id; it lasts for this visit only.' });
    }
    return id;
  }

  private browserStorage(): Storage {
    try {
      // Reading `localStorage` itself throws in sandboxed frames and with storage blocked.
      const storage = globalThis.localStorage;
      if (storage) return storage;
    } catch {
      // Reported below.
    }
    this.report({ operation: 'start', kind: 'unavailable', message: 'This browser does not allow local storage here: progress is kept for this visit only.' });
    return new MemoryStorage();
  }

  private read(key: string): string | null {
    try {
      return this.storage.getItem(key);
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): 'ok' | 'quota' | 'unavailable' {
    try {
      this.storage.setItem(key, value);
      return 'ok';
    } catch (error) {
      return isQuotaExceeded(error) ? 'quota' : 'unavailable';
    }
  }

  private remove(key: string): void {
    try {
      this.storage.removeItem(key);
    } catch {
      // Nothing more to free.
    }
  }

  private report(problem: TrackerProblem): void {
    this.problems.push(problem);
    try {
      this.options.onProblem?.(problem);
    } catch {
      // An observer's bug must not break tracking.
    }
  }
}
