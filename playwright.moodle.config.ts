/**
 * End-to-end tests against a real Moodle 4.3 (the kit in ../shared/moodle): the global setup
 * resets the kit's site and builds the SCORM packages; specs add them to the course, play them as
 * a student in Moodle's own player and read back what Moodle stored. One worker: the specs share
 * one site whose PHP server has four workers. Debian's Chromium unless CHROMIUM_PATH says
 * otherwise. English browser everywhere: the language a learner gets must come from Moodle.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium-path.mjs';

export default defineConfig({
  testDir: 'tests/moodle',
  globalSetup: './tests/moodle/global-setup.ts',
  timeout: 180_000,
  // php -S with four workers, synchronous SCORM commits and a busy 2-core machine: a step may take a while.
  expect: { timeout: 30_000 },
  workers: 1,
  // Its own folder: Playwright empties outputDir at the start of a run, and the e2e suite may be running beside it.
  outputDir: 'test-results/moodle',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    locale: 'en-US',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'off',
  },
});
