/**
 * One recording tab per attempt. A learner who opens the same course attempt in two tabs (or
 * duplicates the tab) would otherwise have two players saving over each other's resume state.
 * `claimTab(key)` decides whether this tab records for `key`: the first tab keeps recording;
 * a later tab is told it does not, and the first is told that a second one opened, so each
 * can tell the learner which tab keeps recording.
 *
 * When the recording tab closes, a tab that did not record is told so, and keeps not
 * recording: its state is older than what the closed tab saved, so it must not write it back.
 * The learner reloads it to record there.
 *
 * Decided with Web Locks (exact; released by the browser when a tab closes or crashes), or
 * with a localStorage heartbeat where Web Locks do not exist; notices travel by
 * BroadcastChannel (or `storage` events). Where neither locks nor storage work, this tab
 * records: a guard must never keep a learner from learning.
 */
import type { ClaimMethod } from './claim-method.ts';
import { storageClaim } from './storage-claim.ts';
import { openTabMessages, type TabMessage, type TabMessages } from './tab-messages.ts';
import { newTabId, realTimers, type TabPage, type TabTimers } from './tab-page.ts';
import { webLocksClaim } from './web-locks-claim.ts';

export type { TabPage, TabTimers } from './tab-page.ts';

/** Whether this tab records the attempt, or another tab of the same attempt does. */
export type TabRole = 'recording' | 'other-tab-records';

/** What changed since the claim; the shell turns each into a notice for the learner. */
export type TabGuardChange =
  /** To the recording tab: the attempt was opened in another tab too. This tab keeps recording. */
  | { type: 'other-tab-opened' }
  /** To a tab that does not record: the recording tab closed. This tab still does not record; reloading it records here. */
  | { type: 'recording-tab-closed' }
  /** To a tab that does not record, after `recording-tab-closed`: another tab records again (maybe the closed one, reloaded). */
  | { type: 'recording-tab-opened' }
  /**
   * To the recording tab: another tab records now, so this one no longer does (`role` is now
   * `other-tab-records`). Only without Web Locks, when this tab came back from the background
   * or the back-forward cache after another tab found its claim expired and took over.
   */
  | { type: 'recording-taken' };

export interface TabGuard {
  /** Whether this tab records; changes only with a `recording-taken` change. */
  readonly role: TabRole;
  /** How the role was decided; `unguarded` when neither Web Locks nor storage work here (this tab records). */
  readonly method: 'web-locks' | 'storage' | 'unguarded';
  /** Calls `listener` with every change until the returned function is called. */
  onChange(listener: (change: TabGuardChange) => void): () => void;
  /** Gives up the claim and stops listening. Closing or reloading the tab does this by itself. */
  release(): void;
}

export interface TabGuardOptions {
  /** The page whose tab claims (default: `window`). */
  page?: TabPage;
  /** Timers and clock (default: the real ones). */
  timers?: TabTimers;
  /** Use Web Locks where they exist (default). `false` uses the localStorage heartbeat, as browsers without Web Locks do. */
  webLocks?: boolean;
  /** How often a tab that does not record looks whether the recording tab is still there. */
  pollMs?: number;
  /** Without Web Locks: how often the recording tab renews its claim. */
  heartbeatMs?: number;
  /** Without Web Locks: a claim not renewed for this long belongs to a closed tab. */
  staleAfterMs?: number;
  /** Without Web Locks: the pause between writing a claim and reading it back. */
  settleMs?: number;
}

const DEFAULTS = { pollMs: 2000, heartbeatMs: 2000, staleAfterMs: 10_000, settleMs: 150 } as const;

/**
 * Claims the attempt `key` for this tab, for the tab's life. The shell uses
 * `workmentor:<courseId>:<target>[:<registration>]`. Resolves quickly (one lock request, or
 * `settleMs` without Web Locks) and never rejects.
 */
export async function claimTab(key: string, options: TabGuardOptions = {}): Promise<TabGuard> {
  const page = options.page ?? window;
  const timers = options.timers ?? realTimers;
  const timing = {
    pollMs: options.pollMs ?? DEFAULTS.pollMs,
    heartbeatMs: options.heartbeatMs ?? DEFAULTS.heartbeatMs,
    staleAfterMs: options.staleAfterMs ?? DEFAULTS.staleAfterMs,
    settleMs: options.settleMs ?? DEFAULTS.settleMs,
  };
  const tab = newTabId();
  const methods: Array<() => ClaimMethod> = [];
  const locks = options.webLocks === false ? undefined : page.navigator.locks;
  if (locks) methods.push(() => webLocksClaim(locks, key));
  methods.push(() => storageClaim(page, key, tab, timers, timing));
  for (const create of methods) {
    const method = create();
    try {
      const recording = await method.claim();
      return new ClaimedTab({ page, key, tab, timers, pollMs: timing.pollMs, heartbeatMs: timing.heartbeatMs, method, recording });
    } catch {
      method.release();
    }
  }
  console.info('workmentor: this browser cannot tell whether the course is open in another tab (no Web Locks, no storage); this tab records.');
  return unguarded;
}

const unguarded: TabGuard = {
  role: 'recording',
  method: 'unguarded',
  onChange: () => () => undefined,
  release: () => undefined,
};

interface ClaimedTabInit {
  page: TabPage;
  key: string;
  tab: string;
  timers: TabTimers;
  pollMs: number;
  heartbeatMs: number;
  method: ClaimMethod;
  recording: boolean;
}

class ClaimedTab implements TabGuard {
  role: TabRole;
  readonly method: 'web-locks' | 'storage';
  private readonly init: ClaimedTabInit;
  private readonly claim: ClaimMethod;
  private readonly listeners = new Set<(change: TabGuardChange) => void>();
  private readonly messages: TabMessages;
  private timer: unknown;
  private released = false;
  /** For a tab that does not record: whether a recording tab was there at the last look. */
  private recorderSeen = true;
  private looking: Promise<void> = Promise.resolve();

  constructor(init: ClaimedTabInit) {
    this.init = init;
    this.claim = init.method;
    this.method = init.method.name;
    this.role = init.recording ? 'recording' : 'other-tab-records';
    this.messages = openTabMessages(init.page, init.key, this.handleMessage);
    this.messages.post({ type: init.recording ? 'recording' : 'opened', tab: init.tab });
    if (init.recording) this.keepRecording();
    else this.watchRecorder();
    init.page.addEventListener('pagehide', this.handlePageHide);
    init.page.addEventListener('pageshow', this.handlePageShow);
    init.page.document.addEventListener('visibilitychange', this.handleVisibility);
  }

  onChange(listener: (change: TabGuardChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.init.timers.clearInterval(this.timer);
    this.messages.close();
    this.claim.release();
    this.init.page.removeEventListener('pagehide', this.handlePageHide);
    this.init.page.removeEventListener('pageshow', this.handlePageShow);
    this.init.page.document.removeEventListener('visibilitychange', this.handleVisibility);
    this.listeners.clear();
  }

  private emit(change: TabGuardChange): void {
    if (this.released) return;
    for (const listener of [...this.listeners]) listener(change);
  }

  /** The recording tab renews its claim, if its method needs that. */
  private keepRecording(): void {
    if (!this.claim.keepRecording) return;
    this.timer = this.init.timers.setInterval(this.renew, this.init.heartbeatMs);
  }

  private readonly renew = (): void => {
    if (this.released || this.role !== 'recording' || this.claim.keepRecording?.() !== false) return;
    this.init.timers.clearInterval(this.timer);
    this.role = 'other-tab-records';
    this.emit({ type: 'recording-taken' });
    this.watchRecorder();
  };

  /** A tab that does not record looks now and then whether the recording tab is still there. */
  private watchRecorder(): void {
    this.recorderSeen = true;
    this.timer = this.init.timers.setInterval(this.look, this.init.pollMs);
  }

  private readonly look = (): void => {
    // One look at a time, so two answers never arrive out of order.
    this.looking = this.looking.then(async () => {
      if (this.released || this.role === 'recording') return;
      let present: boolean;
      try {
        present = await this.claim.recorderPresent();
      } catch {
        return;
      }
      if (present === this.recorderSeen) return;
      this.recorderSeen = present;
      this.emit({ type: present ? 'recording-tab-opened' : 'recording-tab-closed' });
    });
  };

  private readonly handleMessage = (message: TabMessage): void => {
    if (message.tab === this.init.tab) return;
    if (message.type === 'opened' && this.role === 'recording') this.emit({ type: 'other-tab-opened' });
    if (message.type === 'recording' && this.role !== 'recording') {
      // A new recording tab (often the old one, reloaded) should know this one is open too.
      this.messages.post({ type: 'opened', tab: this.init.tab });
      this.look();
    }
  };

  private readonly handlePageHide = (): void => {
    if (this.role === 'recording') this.claim.stepAside?.();
  };

  private readonly handlePageShow = (event: Event): void => {
    // Back from the back-forward cache: renew the claim the page gave up on `pagehide`, or
    // learn that another tab took over meanwhile.
    if (!(event as PageTransitionEvent).persisted) return;
    if (this.role === 'recording') this.renew();
    else this.look();
  };

  private readonly handleVisibility = (): void => {
    if (this.init.page.document.visibilityState !== 'visible') return;
    // Timers of background tabs are slowed down; look (or renew) as soon as the learner is back.
    if (this.role === 'recording') this.renew();
    else this.look();
  };
}
