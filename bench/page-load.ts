/**
 * One cold load of a package in headless Chromium, as a learner's first visit: a new browser
 * context (empty cache and storage), optionally a throttled network and CPU through the DevTools
 * protocol (Playwright's CDP session), until the shell's `wm-first-activity-interactive` mark:
 * the first screen the learner can use is rendered and focusable. Returns the time to the mark
 * and every request the page started before it, in order (from the DevTools `requestWillBeSent`
 * events, whose wall-clock times the mark is compared with, so a request still on its way when
 * the screen became usable counts too).
 */
import type { Browser } from '@playwright/test';

export interface LoadProfile {
  name: string;
  /** Added to every request's round trip, in ms (DevTools network emulation). */
  latencyMs?: number;
  downloadKbps?: number;
  uploadKbps?: number;
  /** CPU slowdown factor (DevTools CPU throttling); 1 or undefined: none. */
  cpuSlowdown?: number;
}

export const PROFILES = {
  localhost: { name: 'localhost' },
  /** A poor phone connection: 150 ms round trip, 1.6 Mbps down, 750 kbps up (DevTools' "Slow 4G" class). */
  throttled: { name: 'throttled', latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 },
  /** The same with the CPU four times slower (a low-end phone); noisier on a shared machine. */
  throttledCpu: { name: 'throttled, CPU ×4', latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 },
} as const satisfies Record<string, LoadProfile>;

export interface PageLoad {
  /** ms from navigation start to the mark. */
  firstActivityMs: number;
  /** Package paths requested before the mark (the launch page first), repeats included. */
  requests: string[];
  /**
   * From the first screen on to the first activity as a first-time learner goes: Start on the
   * welcome, Start the module on its start screen (a build without those screens opens on the
   * activity, and nothing is pressed). `requests`: every package path requested until the
   * activity was usable, the first screen's included; `waitMs`: how long the learner waited
   * after their taps, summed (the time spent reading the welcome is theirs, not the player's).
   */
  toActivity: { requests: string[]; waitMs: number };
}

/** The shell's screen on show (`data-screen` of its main; a build before the framing screens has none). */
const SCREEN = 'wm-course main';
/** What a learner presses on each framing screen to go on towards the first activity. */
const GO_ON: Record<string, string> = { welcome: 'wm-welcome button.start', 'module-start': 'wm-course button.next' };

export const FIRST_ACTIVITY_MARK = 'wm-first-activity-interactive';

export async function loadOnce(browser: Browser, url: string, profile: LoadProfile, timeoutMs = 60_000): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const sent: { url: string; at: number }[] = [];
    cdp.on('Network.requestWillBeSent', (event) => sent.push({ url: event.request.url, at: event.wallTime * 1000 }));
    await cdp.send('Network.enable');
    if (profile.latencyMs !== undefined) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latencyMs,
        downloadThroughput: ((profile.downloadKbps ?? 0) * 1000) / 8,
        uploadThroughput: ((profile.uploadKbps ?? 0) * 1000) / 8,
      });
    }
    if (profile.cpuSlowdown && profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_ACTIVITY_MARK, { timeout: timeoutMs });
    const { mark, origin } = await page.evaluate((name) => ({ mark: performance.getEntriesByName(name)[0]!.startTime, origin: performance.timeOrigin }), FIRST_ACTIVITY_MARK);
    const paths = (until: number) =>
      sent.filter((r) => r.url.startsWith(url) && r.at <= until).map((r) => decodeURIComponent(new URL(r.url).pathname.replace(/^\//, '')) || 'index.html');
    const requests = paths(origin + mark);
    let waitMs = 0;
    for (let step = 0; step < 3; step += 1) {
      const screen = await page.locator(SCREEN).getAttribute('data-screen');
      const button = screen ? GO_ON[screen] : undefined;
      if (!button) break;
      const tapped = await page.evaluate(() => performance.now());
      await page.locator(button).click();
      // Usable: another screen, its element defined and nothing pending (`aria-busy` false).
      await page.waitForFunction(
        ([selector, before]) => {
          const main = document.querySelector('wm-course')?.shadowRoot?.querySelector(selector);
          return !!main && main.getAttribute('data-screen') !== before && main.getAttribute('aria-busy') === 'false';
        },
        [SCREEN.split(' ')[1]!, screen] as const,
        { timeout: timeoutMs },
      );
      waitMs += (await page.evaluate(() => performance.now())) - tapped;
    }
    return { firstActivityMs: mark, requests, toActivity: { requests: paths(Number.POSITIVE_INFINITY), waitMs } };
  } finally {
    await context.close();
  }
}
