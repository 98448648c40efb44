/**
 * When the reliable tracker flushes on its own: when the page is hidden (`visibilitychange`),
 * closed (`pagehide`) or back online (`online`), and every so often. Never on `unload`: Moodle
 * 4.5 forbids it in its SCORM frame, and mobile browsers often skip it; `pagehide` and a hidden
 * page are the last moments a page reliably gets.
 */

/** Timer functions, injectable so tests control time. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/** The page events listened to: a `window`, or a fake of one in tests. */
export interface PageLifecycle extends EventTarget {
  document: EventTarget & { visibilityState: string };
}

export const globalTimers: Timers = {
  // Looked up at each call, so timers faked after this module loaded still apply.
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
  setInterval: (run, ms) => globalThis.setInterval(run, ms),
  clearInterval: (id) => globalThis.clearInterval(id as ReturnType<typeof setInterval>),
};

export interface FlushTriggers {
  /** Whose events to listen to; none when the host flushes on them itself. */
  page: PageLifecycle | undefined;
  /** Milliseconds between periodic ticks; 0 for none. */
  everyMs: number;
  timers: Timers;
  /** Runs on a page event. */
  flush: () => void;
  /** Runs on a periodic tick. */
  tick: () => void;
}

/** Starts listening; returns the function that stops it. */
export function watchFlushTriggers({ page, everyMs, timers, flush, tick }: FlushTriggers): () => void {
  const hidden = () => {
    if (page?.document.visibilityState === 'hidden') flush();
  };
  const periodic = everyMs > 0 ? timers.setInterval(tick, everyMs) : undefined;
  page?.document.addEventListener('visibilitychange', hidden);
  page?.addEventListener('pagehide', flush);
  page?.addEventListener('online', flush);
  return () => {
    if (periodic !== undefined) timers.clearInterval(periodic);
    page?.document.removeEventListener('visibilitychange', hidden);
    page?.removeEventListener('pagehide', flush);
    page?.removeEventListener('online', flush);
  };
}
