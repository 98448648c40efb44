/**
 * Holds back the timers of one delay (an element's debounce) so the test decides when they
 * run, while every other timer (the test runner's, Lit's, the character counter's) runs as
 * usual. Real typing through `sendKeys` takes an unknown time on a loaded machine; with the
 * debounce held, "not sent yet" stays true however long the typing took, and no test sleeps.
 */
export interface HeldTimers {
  /** Timers of the held delay that are waiting. */
  readonly pending: number;
  /** Runs the waiting timers now, as if their delay had passed. */
  runAll(): void;
  /** Puts the real `setTimeout` / `clearTimeout` back (waiting timers are dropped). */
  restore(): void;
}

export function holdTimers(delay: number): HeldTimers {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, () => void>();
  // Far above the ids the browser hands out, so a held id never clears a real timer.
  let nextId = 2_000_000_000;

  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (ms !== delay || typeof handler !== 'function') return realSet(handler, ms, ...args);
    const id = nextId++;
    held.set(id, () => (handler as (...a: unknown[]) => void)(...args));
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && held.delete(id)) return;
    realClear(id);
  }) as typeof window.clearTimeout;

  return {
    get pending() {
      return held.size;
    },
    runAll() {
      const waiting = [...held.values()];
      held.clear();
      for (const run of waiting) run();
    },
    restore() {
      held.clear();
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}
