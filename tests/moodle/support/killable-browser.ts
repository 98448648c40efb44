/**
 * A Chromium of its own that a test can kill with SIGKILL, as a crash or a power cut ends a
 * learner's browser: no pagehide, no beacon, no last commit. `chromium.launch()` hides the
 * process, so it is started with `launchServer()` (whose `process()` we get) and driven through
 * `connect()`. Playwright spawns it detached, as the leader of its own process group, so killing
 * the group (-pid) takes the renderer and network processes with it in the same instant.
 */
import { chromium, type Browser, type BrowserServer } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../chromium-path.mjs';

export interface KillableBrowser {
  browser: Browser;
  /** SIGKILL to the whole browser process group; resolves once the browser process is gone. */
  kill(): Promise<void>;
  /** Closes it normally if it is still running (after a failed test). */
  close(): Promise<void>;
}

export async function launchKillableBrowser(): Promise<KillableBrowser> {
  const server: BrowserServer = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const child = server.process();
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    async kill() {
      if (!child.pid) throw new Error('The browser has no process id');
      process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) await server.close();
    },
  };
}
