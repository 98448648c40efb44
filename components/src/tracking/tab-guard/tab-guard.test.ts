/**
 * The tab guard in real Chromium. Same-origin iframes play the other tabs: they share Web
 * Locks, BroadcastChannel and localStorage with this page, and removing one closes its "tab"
 * (the browser releases its locks as it would for a closed tab). The localStorage fallback
 * runs on a fake clock, so heartbeats and expiry happen when the test says, not after sleeps.
 */
import { expect } from '@open-wc/testing';
import { claimTab, type TabGuard, type TabGuardChange, type TabGuardOptions, type TabPage, type TabTimers } from './tab-guard.ts';

// Mocha globals from @web/test-runner (the project tsconfig loads no mocha types).
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const KEY_PREFIX = 'test-tab-guard:';
let keys = 0;
const newKey = (): string => `${KEY_PREFIX}${Date.now()}:${keys++}`;

const frames: HTMLIFrameElement[] = [];
const guards: TabGuard[] = [];

/** Opens a "tab": a same-origin iframe. `close()` removes it, as closing a tab would. */
function openTab(): { window: Window; page: TabPage; close(): void } {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow!;
  return { window: win, page: win, close: () => frame.remove() };
}

/** A view of `win` as a browser without some of the features the guard uses. */
function limitedPage(win: Window, { locks = true, channel = true, storage = true } = {}): TabPage {
  return {
    navigator: locks ? win.navigator : {},
    get localStorage(): Storage {
      if (!storage) throw new DOMException('The operation is insecure.', 'SecurityError');
      return win.localStorage;
    },
    BroadcastChannel: channel ? (win as Window & typeof globalThis).BroadcastChannel : undefined,
    document: win.document,
    addEventListener: win.addEventListener.bind(win),
    removeEventListener: win.removeEventListener.bind(win),
    dispatchEvent: win.dispatchEvent.bind(win),
  };
}

async function claim(key: string, options: TabGuardOptions): Promise<TabGuard> {
  const guard = await claimTab(key, options);
  guards.push(guard);
  return guard;
}

/** The next change `guard` reports (with the changes so far, to check none came before it). */
function nextChange(guard: TabGuard): Promise<TabGuardChange> {
  return new Promise((resolve) => {
    const stop = guard.onChange((change) => {
      stop();
      resolve(change);
    });
  });
}

/** Collects every change `guard` reports. */
function changes(guard: TabGuard): TabGuardChange[] {
  const seen: TabGuardChange[] = [];
  guard.onChange((change) => seen.push(change));
  return seen;
}

/** Lets promises, storage events and channel messages already queued be handled. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A fake clock per tab on one shared time line: advancing one tab's clock runs only that
 * tab's timers, so a tab whose clock is left alone is a tab frozen in the background (or
 * crashed) while time passes for the others.
 */
class FakeClock implements TabTimers {
  private static nextId = 1;
  private readonly timeline: { now: number };
  private readonly tasks = new Map<number, { at: number; every: number | undefined; run: () => void }>();

  constructor(timeline: { now: number }) {
    this.timeline = timeline;
  }

  setTimeout(run: () => void, ms: number): number {
    const id = FakeClock.nextId++;
    this.tasks.set(id, { at: this.timeline.now + ms, every: undefined, run });
    return id;
  }

  setInterval(run: () => void, ms: number): number {
    const id = FakeClock.nextId++;
    this.tasks.set(id, { at: this.timeline.now + ms, every: ms, run });
    return id;
  }

  clearInterval(id: unknown): void {
    this.tasks.delete(id as number);
  }

  now(): number {
    return this.timeline.now;
  }

  /** Moves time on by `ms`, running this clock's timers that fall due, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.timeline.now + ms;
    for (;;) {
      await settle();
      const due = [...this.tasks.entries()].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, task] = due;
      this.timeline.now = Math.max(this.timeline.now, task.at);
      if (task.every === undefined) this.tasks.delete(id);
      else task.at += task.every;
      task.run();
    }
    this.timeline.now = end;
    await settle();
  }
}

afterEach(() => {
  for (const guard of guards.splice(0)) guard.release();
  for (const frame of frames.splice(0)) frame.remove();
  for (const key of Object.keys(localStorage)) if (key.startsWith(KEY_PREFIX)) localStorage.removeItem(key);
});

describe('claimTab() with Web Locks', () => {
  // Looking every 25 ms keeps the tests quick; they still wait for what they expect, however long it takes.
  const fast = { pollMs: 25 };

  it('lets the first tab record, tells a later tab of the same attempt that it does not, and tells the first', async () => {
    const key = newKey();
    const first = await claim(key, { page: openTab().page, ...fast });
    expect(first.role).to.equal('recording');
    expect(first.method).to.equal('web-locks');
    const told = nextChange(first);
    const second = await claim(key, { page: openTab().page, ...fast });
    expect(second.role).to.equal('other-tab-records');
    expect(second.method).to.equal('web-locks');
    expect(await told).to.deep.equal({ type: 'other-tab-opened' });
  });

  it('tells the other tab when the recording tab closes, and does not let it record on its old state', async () => {
    const key = newKey();
    const recordingTab = openTab();
    await claim(key, { page: recordingTab.page, ...fast });
    const second = await claim(key, { page: openTab().page, ...fast });
    const seen = changes(second);
    const closed = nextChange(second);
    recordingTab.close();
    expect(await closed).to.deep.equal({ type: 'recording-tab-closed' });
    expect(second.role).to.equal('other-tab-records');
    // The waiting tab holds nothing: the learner's reloaded tab records at once.
    const reopened = nextChange(second);
    const reloaded = await claim(key, { page: openTab().page, ...fast });
    expect(reloaded.role).to.equal('recording');
    const toldReloaded = nextChange(reloaded);
    expect(await reopened).to.deep.equal({ type: 'recording-tab-opened' });
    expect(await toldReloaded).to.deep.equal({ type: 'other-tab-opened' }, 'the reloaded tab learns the other is still open');
    expect(seen).to.deep.equal([{ type: 'recording-tab-closed' }, { type: 'recording-tab-opened' }]);
    expect(second.role).to.equal('other-tab-records');
  });

  it('keeps attempts apart: another key records in its own tab', async () => {
    const key = newKey();
    const first = await claim(key, { page: openTab().page, ...fast });
    const other = await claim(`${key}:registration-2`, { page: openTab().page, ...fast });
    expect([first.role, other.role]).to.deep.equal(['recording', 'recording']);
  });

  it('frees the claim on release(), and a released guard reports nothing more', async () => {
    const key = newKey();
    const tab = openTab();
    const first = await claim(key, { page: tab.page, ...fast });
    const seen = changes(first);
    first.release();
    const next = await claim(key, { page: openTab().page, ...fast });
    expect(next.role).to.equal('recording');
    await claim(key, { page: openTab().page, ...fast });
    await settle();
    expect(seen).to.deep.equal([]);
  });

  it('falls back to storage when the page refuses Web Locks', async () => {
    const tab = openTab();
    const refusing = {
      ...limitedPage(tab.window),
      navigator: {
        locks: {
          request: () => {
            throw new DOMException('Access to the Locks API is denied in this context.', 'SecurityError');
          },
        } as unknown as LockManager,
      },
    };
    const guard = await claim(newKey(), { page: refusing, settleMs: 0 });
    expect(guard.method).to.equal('storage');
    expect(guard.role).to.equal('recording');
  });

  it('records, unguarded, when neither Web Locks nor storage work (never blocks a learner)', async () => {
    const info = console.info;
    const lines: unknown[] = [];
    console.info = (...args: unknown[]) => void lines.push(args.join(' '));
    try {
      const key = newKey();
      const page = limitedPage(openTab().window, { locks: false, storage: false, channel: false });
      const first = await claim(key, { page, settleMs: 0 });
      const second = await claim(key, { page, settleMs: 0 });
      expect([first.role, first.method, second.role]).to.deep.equal(['recording', 'unguarded', 'recording']);
      expect(lines[0]).to.contain('cannot tell whether the course is open in another tab');
    } finally {
      console.info = info;
    }
  });
});

describe('claimTab() without Web Locks (localStorage heartbeat)', () => {
  const timing = { webLocks: false, pollMs: 1000, heartbeatMs: 1000, staleAfterMs: 5000, settleMs: 100 } as const;

  /** Claims on a page with its own clock; the claim completes once the clock passes `settleMs`. */
  async function claimOnClock(key: string, page: TabPage, clock: FakeClock): Promise<TabGuard> {
    const claiming = claim(key, { ...timing, page, timers: clock });
    await clock.advance(timing.settleMs);
    return claiming;
  }

  it('lets the first tab record, tells a later tab that it does not, and tells the first', async () => {
    const key = newKey();
    const timeline = { now: 1_000_000 };
    const first = await claimOnClock(key, limitedPage(openTab().window, { locks: false }), new FakeClock(timeline));
    expect([first.role, first.method]).to.deep.equal(['recording', 'storage']);
    const told = nextChange(first);
    const second = await claimOnClock(key, limitedPage(openTab().window, { locks: false }), new FakeClock(timeline));
    expect([second.role, second.method]).to.deep.equal(['other-tab-records', 'storage']);
    expect(await told).to.deep.equal({ type: 'other-tab-opened' });
  });

  it('sends its notices through storage events when there is no BroadcastChannel', async () => {
    const key = newKey();
    const timeline = { now: 1_000_000 };
    const first = await claimOnClock(key, limitedPage(openTab().window, { locks: false, channel: false }), new FakeClock(timeline));
    const told = nextChange(first);
    await claimOnClock(key, limitedPage(openTab().window, { locks: false, channel: false }), new FakeClock(timeline));
    expect(await told).to.deep.equal({ type: 'other-tab-opened' });
  });

  it('keeps the claim alive with a heartbeat, and tells the other tab once the recording tab stopped renewing it', async () => {
    const key = newKey();
    const timeline = { now: 1_000_000 };
    const recordingClock = new FakeClock(timeline);
    const otherClock = new FakeClock(timeline);
    await claimOnClock(key, limitedPage(openTab().window, { locks: false }), recordingClock);
    const other = await claimOnClock(key, limitedPage(openTab().window, { locks: false }), otherClock);
    const seen = changes(other);
    // Both tabs alive, well past the expiry: the heartbeat keeps the claim fresh.
    for (let i = 0; i < 12; i++) {
      await recordingClock.advance(500);
      await otherClock.advance(0);
    }
    expect(seen).to.deep.equal([]);
    // The recording tab crashed: its heartbeat stops, and its claim expires.
    await otherClock.advance(timing.staleAfterMs + timing.pollMs);
    expect(seen).to.deep.equal([{ type: 'recording-tab-closed' }]);
    expect(other.role).to.equal('other-tab-records');
  });

  it('gives up the claim on pagehide, so the reloaded tab records at once', async () => {
    const key = newKey();
    const timeline = { now: 1_000_000 };
    const tab = openTab();
    const first = await claimOnClock(key, limitedPage(tab.window, { locks: false }), new FakeClock(timeline));
    expect(first.role).to.equal('recording');
    tab.window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    // No waiting for the claim to expire: the same instant, the reloaded page records.
    const reloaded = await claimOnClock(key, limitedPage(openTab().window, { locks: false }), new FakeClock(timeline));
    expect(reloaded.role).to.equal('recording');
  });

  it('lets exactly one of two tabs claiming in the same instant record', async () => {
    const key = newKey();
    const timeline = { now: 1_000_000 };
    const clock = new FakeClock(timeline);
    const claimingA = claim(key, { ...timing, page: limitedPage(openTab().window, { locks: false }), timers: clock });
    // Tabs run in different processes: B's first read does not see A's claim yet.
    const pageB = limitedPage(openTab().window, { locks: false });
    const storageB = pageB.localStorage;
    let stale = 1;
    const lagging = {
      getItem: (name: string) => (stale-- > 0 ? null : storageB.getItem(name)),
      setItem: (name: string, value: string) => storageB.setItem(name, value),
      removeItem: (name: string) => storageB.removeItem(name),
    } as Storage;
    const claimingB = claim(key, { ...timing, page: { ...pageB, localStorage: lagging }, timers: clock });
    await clock.advance(timing.settleMs);
    const roles = [(await claimingA).role, (await claimingB).role].sort();
    expect(roles).to.deep.equal(['other-tab-records', 'recording']);
  });

  it('tells a recording tab back from the back-forward cache that another tab took over, and stops it recording', async () => {
    const key = newKey();
    const timeline = { now: 1_000_000 };
    const frozenTab = openTab();
    const frozen = await claimOnClock(key, limitedPage(frozenTab.window, { locks: false }), new FakeClock(timeline));
    // The page sat in the back-forward cache (or frozen in the background): no heartbeat, the
    // claim expired, and the learner opened the course again.
    timeline.now += timing.staleAfterMs + 1;
    const newer = await claimOnClock(key, limitedPage(openTab().window, { locks: false }), new FakeClock(timeline));
    expect(newer.role).to.equal('recording');
    const taken = nextChange(frozen);
    frozenTab.window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(await taken).to.deep.equal({ type: 'recording-taken' });
    expect(frozen.role).to.equal('other-tab-records');
  });
});
