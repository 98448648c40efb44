/**
 * The SCORM tracker, for both versions: finds the LMS's API object, opens the session, turns
 * learner events into CMI writes with the version's pure mapping (`ScormMapping`), and closes
 * the session. `Scorm12Tracker` and `Scorm2004Tracker` are this class with their mapping.
 *
 * Contract with `create-tracker.ts`: when no API object is found (the package was opened
 * outside an LMS) `start()` rejects with a `TrackerError` of kind `absent`, and the caller falls
 * back to the offline tracker, so the course still works and keeps progress in the browser;
 * when the LMS refuses to initialise, kind `unavailable`: the reliable wrapper keeps the
 * learner working on this device and tries again.
 *
 * Failure rules (see tracker.ts): refusals go to `onProblem` and `problems`; `record` rejects
 * (kind `unavailable`) only when the LMS failed in a way that may pass (see `ScormConnection.lastWriteMayPass`),
 * so `ReliableTracker` sends the event again, and kind `rejected` when it refused a value (final: the wrapper keeps the event); `saveState` rejects only when the LMS did not take the state (over the
 * version's suspend-data limit, or refused), and the LMS then still holds the previous one;
 * `flush` rejects when the LMS refused to commit, so a retrying wrapper can try again later;
 * `finish` always resolves. In `browse` and `review` modes nothing that changes the learner's
 * results or saved progress is written: the session is opened and closed, nothing else.
 *
 * Writes are committed (`Commit`) when the course status or score changes (the score in a
 * commit of its own after the status, see `CmiBatch.afterCommit`), with the first saved state
 * after the learner opened or completed an activity, on `flush()` (the shell calls it when the
 * page is hidden or closed) and by `Terminate` in `finish()`. So a crash (a killed browser,
 * a phone that drops the tab: no `pagehide` arrives) loses at most the activity in progress.
 * Not every save is committed: Moodle's commit is a synchronous request, and a save follows
 * every answer.
 *
 * Results the LMS held at launch are never lowered (held-results.ts).
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { TrackerError } from '../tracker-error.ts';
import type { LaunchInfo, Tracker, TrackerProblem, TrackerProblemOptions } from '../tracker.ts';
import { findApi, type ApiHost } from './api-discovery.ts';
import { keepHeld } from './held-results.ts';
import { ScormConnection } from './scorm-connection.ts';
import type { CmiBatch, CmiCursor, ScormLaunch, ScormMapping } from './scorm-mapping.ts';

export interface ScormTrackerOptions extends TrackerProblemOptions {
  /** The course's id, named in problem messages. */
  courseId: string;
  /** The SCO's window, where the API search starts; the global `window` by default. */
  window?: ApiHost;
  /** Milliseconds clock for the session time; `Date.now` by default. */
  now?: () => number;
}

export class ScormTracker implements Tracker {
  /** Every problem met so far, oldest first (also passed to `onProblem`). */
  readonly problems: TrackerProblem[] = [];
  /** Events written to the LMS in this session, oldest first (for support logs and tests). */
  readonly recorded: LearnerEvent[] = [];

  private readonly mapping: ScormMapping;
  private readonly options: ScormTrackerOptions;
  private connection: ScormConnection | undefined;
  private launch: ScormLaunch | undefined;
  private cursor: CmiCursor = { interactions: 0, objectives: [] };
  private course: CourseData | undefined;
  private complete = false;
  /** An activity was opened or completed since the last commit: the next saved state is committed. */
  private commitDue = false;
  private startedAt = 0;
  private finished = false;

  constructor(mapping: ScormMapping, options: ScormTrackerOptions) {
    this.mapping = mapping;
    this.options = options;
  }

  async start(): Promise<LaunchInfo> {
    this.finished = false;
    const { version, apiName } = this.mapping;
    const host = this.options.window ?? (globalThis as { window?: ApiHost }).window;
    const api = host && findApi(host, apiName);
    const calls = api && this.mapping.calls(api);
    if (!calls) {
      throw this.fail('absent', `No SCORM ${version} API (${apiName}) was found for course ${this.options.courseId} in this window, its parent frames or its opener.`);
    }
    const connection = new ScormConnection(calls, (problem) => this.report(problem));
    // Worth trying again: an LMS can refuse once (a session still closing in another frame).
    if (!connection.initialize()) throw this.fail('unavailable', `The LMS refused to start a SCORM ${version} session for course ${this.options.courseId}.`);
    this.connection = connection;
    const launch = this.mapping.launch((element) => connection.read(element));
    this.launch = launch;
    this.cursor = launch.cursor;
    this.complete = launch.complete;
    this.startedAt = this.now();
    if (this.writing()) {
      const { changed } = connection.write(keepHeld(this.mapping.startWrites(launch), launch.held, this.mapping.heldRules), 'start');
      if (this.course) this.apply(this.mapping.courseWrites?.(this.course, this.cursor), 'start');
      if (changed) connection.commit('start');
    }
    return launch.info;
  }

  record(event: LearnerEvent): Promise<void> {
    if (this.finished || !this.connection || !this.writing()) return Promise.resolve();
    if (event.type === 'course-status') this.complete = event.complete;
    if (event.type === 'activity-experienced' || event.type === 'activity-completed' || event.type === 'module-completed') this.commitDue = true;
    const { ok, retry } = this.apply(this.mapping.eventWrites(event, this.cursor, this.course), 'record');
    // The LMS is failing for now (not refusing this value): reject, so `ReliableTracker` sends the
    // event again later, to the same interaction index (see `apply`). A refused value is final:
    // rejected as such, so the wrapper keeps the event on this device instead of resending it.
    if (!ok && retry) return Promise.reject(new TrackerError({ operation: 'record', kind: 'unavailable', message: `The LMS did not take the ${event.type} event; it is sent again later.` }));
    if (!ok) return Promise.reject(new TrackerError({ operation: 'record', kind: 'rejected', message: `The LMS refused (part of) the ${event.type} event for good.` }));
    this.recorded.push(event);
    return Promise.resolve();
  }

  saveState(state: string): Promise<void> {
    if (this.finished) return Promise.resolve();
    if (!this.connection) return this.reject('saveState', 'unavailable', 'The progress was not saved: the SCORM session was not started.');
    if (!this.writing()) return Promise.resolve();
    const limit = this.mapping.storageLimit;
    if (state.length > limit) {
      return this.reject('saveState', 'quota', `The progress (${state.length} characters) is longer than the ${limit} characters SCORM ${this.mapping.version} keeps; the previous save is kept.`);
    }
    const { ok } = this.connection.write(this.mapping.stateWrites(state), 'saveState');
    if (ok) {
      // The state that holds a finished activity (or the new location) reaches the LMS now, not
      // at the next flush: a crash must not lose it. A failed commit is retried by the next one.
      if (this.commitDue && this.connection.commit('saveState')) this.commitDue = false;
      return Promise.resolve();
    }
    // The refusal itself went to onProblem with the LMS's error code; the learner is told by the
    // shell. A failure that may pass (the LMS is busy, not refusing this value) is `unavailable`,
    // so the reliable wrapper saves it again later instead of dropping it.
    const mayPass = this.connection.lastWriteMayPass;
    return Promise.reject(
      new TrackerError({
        operation: 'saveState',
        kind: mayPass ? 'unavailable' : 'rejected',
        message: mayPass ? 'The LMS did not take the progress for now; it is saved again later.' : 'The LMS refused the progress; the previous save is kept.',
      }),
    );
  }

  flush(): Promise<void> {
    if (this.finished || !this.connection) return Promise.resolve();
    if (this.connection.commit('record')) {
      this.commitDue = false;
      return Promise.resolve();
    }
    return Promise.reject(new TrackerError({ operation: 'record', kind: 'unavailable', message: 'The LMS refused to commit.' }));
  }

  finish(): Promise<void> {
    if (this.finished || !this.connection) {
      this.finished = true;
      return Promise.resolve();
    }
    this.finished = true;
    if (this.writing()) {
      this.connection.write(this.mapping.finishWrites({ elapsedMs: this.now() - this.startedAt, complete: this.complete }), 'finish');
      this.connection.commit('finish');
    }
    this.connection.terminate('finish');
    return Promise.resolve();
  }

  useCourse(course: CourseData): void {
    const first = !this.course;
    this.course = course;
    // Objectives describe modules, which a language switch does not change.
    if (first && this.connection && !this.finished && this.writing()) this.apply(this.mapping.courseWrites?.(course, this.cursor), 'record');
  }

  /** Normal mode only: browse and review sessions must not change results or saved progress. */
  private writing(): boolean {
    return this.launch?.info.mode === 'normal';
  }

  private apply(batch: CmiBatch | undefined, operation: 'start' | 'record'): { ok: boolean; retry: boolean } {
    if (!batch || !this.connection) return { ok: true, retry: false };
    const held = this.launch?.held ?? {};
    const before = this.cursor;
    const usedInteractions = batch.cursor.interactions !== this.cursor.interactions;
    this.cursor = batch.cursor;
    const { ok, changed } = this.connection.write(keepHeld(batch.writes, held, this.mapping.heldRules), operation);
    const retry = !ok && this.connection.lastWriteMayPass;
    // A write that may pass later is sent again by the caller: keep its index, so the retry
    // completes the same interaction record instead of starting a second one.
    if (!ok && usedInteractions) {
      if (retry) this.cursor = before;
      else this.resyncInteractions();
    }
    if (batch.commit && changed) this.connection.commit(operation);
    if (!ok || !batch.afterCommit) return { ok, retry };
    // The score, in a commit of its own once the status is stored (see `CmiBatch.afterCommit`).
    const after = this.connection.write(keepHeld(batch.afterCommit, held, this.mapping.heldRules), operation);
    if (after.changed) this.connection.commit(operation);
    return { ok: after.ok, retry: !after.ok && this.connection.lastWriteMayPass };
  }

  /**
   * After a refused interaction write the LMS may not have created the record, and SCORM
   * refuses index n+1 before n exists: continue from the count the LMS reports.
   */
  private resyncInteractions(): void {
    const count = Number.parseInt(this.connection?.read(this.mapping.interactionCountElement) ?? '', 10);
    if (Number.isInteger(count) && count >= 0) this.cursor = { ...this.cursor, interactions: count };
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private fail(kind: 'absent' | 'unavailable', message: string): TrackerError {
    const problem: TrackerProblem = { operation: 'start', kind, message };
    this.report(problem);
    return new TrackerError(problem);
  }

  private reject(operation: 'saveState', kind: TrackerProblem['kind'], message: string): Promise<never> {
    const problem: TrackerProblem = { operation, kind, message };
    this.report(problem);
    return Promise.reject(new TrackerError(problem));
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
