/**
 * What the tab guard needs from the page it runs in: its Web Locks, BroadcastChannel,
 * localStorage and page events. A `window` is one; tests pass an iframe's window as a second
 * tab (same-origin iframes share locks, channels and storage with their parent), or a plain
 * object to play a browser without Web Locks.
 */
export interface TabPage extends EventTarget {
  readonly navigator: { readonly locks?: LockManager | undefined };
  /** May throw (storage blocked, opaque origin); the guard copes. */
  readonly localStorage: Storage;
  readonly BroadcastChannel?: typeof BroadcastChannel | undefined;
  readonly document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

/** Timer functions and the clock, injectable so tests control time. */
export interface TabTimers {
  setTimeout(run: () => void, ms: number): unknown;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
  now(): number;
}

export const realTimers: TabTimers = {
  // Looked up at each call, so timers faked after this module loaded still apply.
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  setInterval: (run, ms) => globalThis.setInterval(run, ms),
  clearInterval: (id) => globalThis.clearInterval(id as ReturnType<typeof setInterval>),
  now: () => Date.now(),
};

/**
 * An id for this tab's claim. Not `crypto.randomUUID()`: it exists only in secure contexts,
 * and many Moodle sites still serve SCORM packages over plain http.
 */
export function newTabId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
