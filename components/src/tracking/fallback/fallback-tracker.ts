/**
 * Tries the tracker the package was built for (an LMS or LRS one) and, when its `start()`
 * fails (no SCORM API in any parent window, no cmi5 launch parameters, a launch refused for
 * good), falls back to another (the offline tracker), so the course opened outside its LMS
 * still works and keeps progress in the browser. The choice is made once, at `start()`; every
 * later call goes to the tracker chosen. The failed start is reported through `onProblem`, and
 * watchers hear `device-only`. An LMS that only misses the start for now is not a reason to
 * fall back: the reliable wrapper (reliable/) keeps the learner working and tries again, so
 * the primary tracker there is a `ReliableTracker`, whose `start` rejects only for good.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { TrackerError } from '../tracker-error.ts';
import type { FinishOptions, LaunchInfo, Tracker, TrackerProblemOptions, TrackerUpdate } from '../tracker.ts';
import { UpdateChannel } from '../update-channel.ts';

export interface FallbackTrackerOptions extends TrackerProblemOptions {
  /** The tracker the package was built for. */
  primary: Tracker;
  /** Made (once) when `primary.start()` rejects. */
  fallback: () => Tracker;
}

export class FallbackTracker implements Tracker {
  private readonly options: FallbackTrackerOptions;
  private chosen: Tracker | undefined;
  private fallbackTracker: Tracker | undefined;
  private course: CourseData | undefined;
  private readonly updates = new UpdateChannel();

  constructor(options: FallbackTrackerOptions) {
    this.options = options;
    options.primary.watch?.((update) => {
      // Once fallen back, the primary tracker speaks for nothing the learner does.
      if (this.chosen && this.chosen === this.fallbackTracker) return;
      if (update.type === 'health') this.updates.tell(update.health);
      else this.updates.emit(update);
    });
  }

  watch(listener: (update: TrackerUpdate) => void): () => void {
    return this.updates.watch(listener);
  }

  /** The tracker in use since `start()`: the primary one, or the fallback. */
  get active(): Tracker | undefined {
    return this.chosen;
  }

  async start(): Promise<LaunchInfo> {
    if (this.chosen && this.chosen === this.fallbackTracker) return this.chosen.start();
    try {
      const launch = await this.options.primary.start();
      this.use(this.options.primary);
      return launch;
    } catch (error) {
      this.options.onProblem?.({
        operation: 'start',
        kind: error instanceof TrackerError ? error.kind : 'unavailable',
        message: `Tracking falls back to this browser: ${error instanceof Error ? error.message : String(error)}`,
      });
      this.fallbackTracker ??= this.options.fallback();
      this.use(this.fallbackTracker);
      this.updates.tell('device-only');
      return this.fallbackTracker.start();
    }
  }

  record(event: LearnerEvent): Promise<void> {
    return this.chosen ? this.chosen.record(event) : Promise.resolve();
  }

  saveState(state: string): Promise<void> {
    if (this.chosen) return this.chosen.saveState(state);
    return Promise.reject(new TrackerError({ operation: 'saveState', kind: 'unavailable', message: 'saveState before start(): no tracker chosen yet.' }));
  }

  finish(options?: FinishOptions): Promise<void> {
    return this.chosen ? this.chosen.finish(options) : Promise.resolve();
  }

  flush(): Promise<void> {
    return this.chosen?.flush?.() ?? Promise.resolve();
  }

  useCourse(course: CourseData): void {
    this.course = course;
    this.chosen?.useCourse?.(course);
  }

  private use(tracker: Tracker): void {
    this.chosen = tracker;
    // The shell may hand over the course before start() settles; pass it on to the one chosen.
    if (this.course) tracker.useCourse?.(this.course);
  }
}
