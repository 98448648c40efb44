/**
 * Where Chromium is: $CHROMIUM_PATH if set (for example a Playwright-downloaded browser), else
 * Debian's `chromium` on the PATH. Our machines cannot download browsers, so we never rely on
 * Playwright's own. Plain JavaScript so the web-test-runner config (.mjs) can use it too.
 */
import { execSync } from 'node:child_process';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
  } catch {
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.');
  }
}

/** Flags for a sandboxed CI machine with no network beyond loopback. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
