/**
 * Unit tests in Node: schema, loader, runtime, tracking mappings, build steps and the LRS.
 * Element tests run in real Chromium through @web/test-runner (web-test-runner.config.mjs) and
 * end-to-end tests through Playwright (playwright.config.ts), so both are excluded here.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'course/**/*.test.ts',
      'build/**/*.test.ts',
      'components/src/runtime/**/*.test.ts',
      'components/src/tracking/**/*.test.ts',
      'lrs-stub/**/*.test.ts',
      'tests/contracts/**/*.test.ts',
    ],
    // The tab guard needs Web Locks, BroadcastChannel and iframes: it is tested in Chromium (web-test-runner).
    exclude: [...configDefaults.exclude, 'components/src/tracking/tab-guard/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
