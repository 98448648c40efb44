/**
 * The `watch` side of a tracker (see `Tracker.watch` in tracker.ts): listeners added and removed,
 * updates passed to each, the latest health replayed to a listener that joins late (the shell
 * starts watching after `start()`, when the first verdict may already be in). A listener's bug
 * never breaks tracking.
 */
import type { TrackerUpdate, TrackingHealth } from './tracker.ts';

export class UpdateChannel {
  private readonly listeners = new Set<(update: TrackerUpdate) => void>();
  private last: TrackingHealth | undefined;

  /** The health told last, if any. */
  get current(): TrackingHealth | undefined {
    return this.last;
  }

  watch(listener: (update: TrackerUpdate) => void): () => void {
    this.listeners.add(listener);
    if (this.last) this.call(listener, { type: 'health', health: this.last });
    return () => void this.listeners.delete(listener);
  }

  /** Tells the listeners a new health; repeating the same one says nothing. */
  tell(health: TrackingHealth): void {
    if (health === this.last) return;
    this.last = health;
    this.emit({ type: 'health', health });
  }

  emit(update: TrackerUpdate): void {
    for (const listener of [...this.listeners]) this.call(listener, update);
  }

  private call(listener: (update: TrackerUpdate) => void, update: TrackerUpdate): void {
    try {
      listener(update);
    } catch {
      // An observer's bug must not break tracking.
    }
  }
}
