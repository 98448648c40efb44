/**
 * A fake clock for timed reveals (the dialogue's lines): timers wait until the test moves the
 * clock on with `tick`, so a test says "700 ms later" and never sleeps, and a slow, loaded
 * machine cannot make a line appear early or late. Only what is handed this clock is faked;
 * the test runner's, Lit's and axe's own timers keep running as usual.
 */
export interface FakeClock {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  /** Milliseconds since the clock was made. */
  readonly now: number;
  /** Timers that are waiting. */
  readonly pending: number;
  /** Moves the clock on by `ms`, running every timer that falls due on the way, in order (also ones they set). */
  tick(ms: number): void;
  /** Runs every timer, and the ones they set, until none waits; returns how long that took on the clock. */
  runAll(): number;
}

export function fakeClock(): FakeClock {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const due = (until: number) => [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
  return {
    set(run, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), run });
      return id;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
    get now() {
      return now;
    },
    get pending() {
      return timers.size;
    },
    tick(ms) {
      const until = now + ms;
      for (let next = due(until); next; next = due(until)) {
        const [id, timer] = next;
        timers.delete(id);
        now = timer.at;
        timer.run();
      }
      now = until;
    },
    runAll() {
      const start = now;
      for (let guard = 0; timers.size > 0 && guard < 10_000; guard++) {
        const next = due(Number.POSITIVE_INFINITY)!;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].run();
      }
      return now - start;
    },
  };
}
