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
      // The element reference (docs/elements.md) against the elements it documents.
      'tools/elements-reference/**/*.test.ts',
      // The PDF writer and what it writes (certificate, portfolio), read back with pdfjs-dist in Node.
      'components/src/pdf/**/*.test.ts',
      'components/src/portfolio/**/*.test.ts',
      'components/src/runtime/**/*.test.ts',
      // The palette's contrast, pair by pair (pure colour maths).
      'components/src/styles/**/*.test.ts',
      'components/src/tracking/**/*.test.ts',
      'lrs-stub/**/*.test.ts',
      'tests/contracts/**/*.test.ts',
    ],
    // `*.browser.test.ts` beside Node tests run in Chromium (web-test-runner.config.mjs).
    // The tab guard needs Web Locks, BroadcastChannel and iframes: it is tested in Chromium (web-test-runner).
    exclude: [...configDefaults.exclude, 'components/src/tracking/tab-guard/**', '**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
