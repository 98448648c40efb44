/**
 * A test double for the reliable tracker's tests: a `MemoryTracker` (the "LMS", which keeps
 * what it accepted across sessions) whose `record` and `saveState` can be made to fail for a
 * while, the way an LMS or LRS does when the network drops. It notes every attempt with its
 * time and record id, so tests can check order, timing and that a resend is the same record.
 */
import type { LearnerEvent } from '../learner-event.ts';
import { MemoryTracker } from '../memory/memory-tracker.ts';
import { TrackerError } from '../tracker-error.ts';
import type { TrackerProblemKind } from '../tracker.ts';
import type { RecordDelivery } from './reliable-tracker.ts';

export interface FlakyCall {
  operation: 'record' | 'saveState';
  event?: LearnerEvent;
  state?: string;
  /** The record id the wrapper passed along (records only). */
  id?: string;
  /** `Date.now()` when it was called (fake timers make it exact). */
  time: number;
  ok: boolean;
}

export class FlakyTracker extends MemoryTracker {
  /** The next this many `record`/`saveState` calls fail as `unavailable`. */
  failNext = 0;
  /** The next this many `start` calls fail, with this kind (an LMS that misses the launch). */
  failStarts = 0;
  failStartKind: TrackerProblemKind = 'unavailable';
  /** Decides per call: the error to throw, or undefined to accept (checked after `failNext`). */
  failWith: ((call: FlakyCall) => unknown) | undefined;
  /** Runs when a call is accepted, before it resolves (e.g. to copy storage, as a tab closing then would). */
  onAccept: ((call: FlakyCall) => void) | undefined;
  /** Every attempt, oldest first. */
  readonly calls: FlakyCall[] = [];
  /** Ids of the records accepted, in order. */
  readonly ids: string[] = [];
  flushes = 0;

  override start(): ReturnType<MemoryTracker['start']> {
    if (this.failStarts > 0) {
      this.failStarts -= 1;
      this.starts += 1;
      return Promise.reject(new TrackerError({ operation: 'start', kind: this.failStartKind, message: 'The LMS did not answer the launch.' }));
    }
    return super.start();
  }

  override record(event: LearnerEvent, delivery?: RecordDelivery): Promise<void> {
    const call: FlakyCall = { operation: 'record', event, time: Date.now(), ok: false, ...(delivery ? { id: delivery.id } : {}) };
    return this.attempt(call, () => {
      if (delivery) this.ids.push(delivery.id);
      return super.record(event);
    });
  }

  override saveState(state: string): Promise<void> {
    return this.attempt({ operation: 'saveState', state, time: Date.now(), ok: false }, () => super.saveState(state));
  }

  flush(): Promise<void> {
    this.flushes += 1;
    return Promise.resolve();
  }

  private attempt(call: FlakyCall, accept: () => Promise<void>): Promise<void> {
    this.calls.push(call);
    if (this.failNext > 0) {
      this.failNext -= 1;
      return Promise.reject(failure('unavailable', 'The LMS cannot be reached.'));
    }
    const error = this.failWith?.(call);
    if (error !== undefined) return Promise.reject(error);
    call.ok = true;
    this.onAccept?.(call);
    return accept();
  }
}

/** A `TrackerError` as an adapter raises it. */
export const failure = (kind: TrackerProblemKind, message: string): TrackerError => new TrackerError({ operation: 'record', kind, message });
