/**
 * A tracker that keeps everything in public arrays, for tests: provide it through
 * `trackerContext` and read back exactly what the shell recorded and saved. Saved states
 * survive `finish`, so starting the same instance again is a returning learner.
 */
import type { LearnerEvent } from '../learner-event.ts';
import type { LaunchInfo, Tracker } from '../tracker.ts';

export class MemoryTracker implements Tracker {
  /** Every event recorded, oldest first. */
  readonly events: LearnerEvent[] = [];
  /** Every state saved, oldest first. */
  readonly states: string[] = [];
  /** True between `finish()` and the next `start()`. */
  finished = false;
  /** How many sessions were started. */
  starts = 0;

  private readonly launch: Partial<LaunchInfo>;

  /**
   * @param launch overrides for what `start()` returns; a `state` here is a state "saved in an
   * earlier session" (entry `resume`) until the tracker saves its own.
   */
  constructor(launch: Partial<LaunchInfo> = {}) {
    this.launch = launch;
  }

  /** The state the next `start()` returns. */
  get lastState(): string | undefined {
    return this.states.at(-1) ?? this.launch.state;
  }

  start(): Promise<LaunchInfo> {
    this.finished = false;
    this.starts += 1;
    const state = this.lastState;
    return Promise.resolve({
      learner: { id: 'memory-learner' },
      mode: 'normal',
      ...this.launch,
      entry: this.launch.entry ?? (state ? 'resume' : 'ab-initio'),
      ...(state ? { state } : {}),
    });
  }

  record(event: LearnerEvent): Promise<void> {
    if (!this.finished) this.events.push(event);
    return Promise.resolve();
  }

  saveState(state: string): Promise<void> {
    if (!this.finished) this.states.push(state);
    return Promise.resolve();
  }

  finish(): Promise<void> {
    this.finished = true;
    return Promise.resolve();
  }

  /** The events of one type, typed, for assertions. */
  eventsOf<T extends LearnerEvent['type']>(type: T): Extract<LearnerEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<LearnerEvent, { type: T }> => e.type === type);
  }
}
