/**
 * Reveals new transcript entries one at a time, as in a real conversation: each after its
 * delay (the typing cue shows meanwhile), then, after a pause, the choices. With
 * `prefers-reduced-motion: reduce` everything appears at once; `finish()` does the same for a
 * learner who does not want to wait. The host reads `shown` and `settled` when it renders and
 * hears about every step through `onShow`, to announce what appeared and to move focus.
 *
 * Timers go through `revealClock`, which tests replace with a fake clock (`useRevealClock`)
 * so that no test waits for real time, however slow the machine.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RevealClock {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realClock: RevealClock = {
  set: (run, ms) => window.setTimeout(run, ms),
  clear: (handle) => window.clearTimeout(handle as number),
};

let revealClock: RevealClock = realClock;

/** Makes every reveal use `clock` (a test's fake clock); returns a function that puts the real one back. */
export function useRevealClock(clock: RevealClock): () => void {
  revealClock = clock;
  return () => {
    revealClock = realClock;
  };
}

const prefersReducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Entries `first` to `end` (exclusive) just appeared; `settled`: the choices (or the ending) appear with them. */
export type RevealListener = (first: number, end: number, settled: boolean) => void;

export class RevealController implements ReactiveController {
  /** How many entries are visible; entries from here on are still to come. */
  shown = Number.POSITIVE_INFINITY;
  /** False while entries or the final pause are still to come: the choices wait, a "show all" button shows. */
  settled = true;

  private delays: number[] = [];
  private start = 0;
  private settlePause = 0;
  private timer: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onShow: RevealListener,
  ) {
    host.addController(this);
  }

  /**
   * Reveals the entries from `from` on, the i-th after `delays[i]` milliseconds, then settles
   * after `settlePause`. Instant (one step, settled) when the learner asks for reduced motion.
   */
  play(from: number, delays: readonly number[], settlePause: number): void {
    this.cancel();
    this.start = from;
    this.delays = [...delays];
    this.settlePause = settlePause;
    this.shown = from;
    this.settled = false;
    if (prefersReducedMotion()) {
      this.finish();
      return;
    }
    this.host.requestUpdate();
    this.next();
  }

  /** Shows everything still to come at once and settles (the "show all" button). */
  finish(): void {
    if (this.settled) return;
    this.cancel();
    const first = Math.min(this.shown, this.start + this.delays.length);
    const end = this.start + this.delays.length;
    this.reset();
    this.onShow(first, end, true);
  }

  /** Everything visible, nothing announced (a restored conversation, or the host leaving the page). */
  reset(): void {
    this.cancel();
    this.delays = [];
    this.shown = Number.POSITIVE_INFINITY;
    this.settled = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.reset();
  }

  private next(): void {
    const index = this.shown - this.start;
    const last = index >= this.delays.length;
    this.timer = revealClock.set(
      () => {
        this.timer = undefined;
        if (last) {
          this.reset();
          this.onShow(this.start + this.delays.length, this.start + this.delays.length, true);
          return;
        }
        this.shown += 1;
        this.host.requestUpdate();
        this.onShow(this.shown - 1, this.shown, false);
        this.next();
      },
      last ? this.settlePause : this.delays[index]!,
    );
  }

  private cancel(): void {
    if (this.timer !== undefined) revealClock.clear(this.timer);
    this.timer = undefined;
  }
}
