/**
 * End-to-end tests: build real packages, serve them on 127.0.0.1 and play them in Chromium by
 * keyboard, then read what was recorded. Debian's Chromium unless CHROMIUM_PATH says otherwise.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium-path.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
});
