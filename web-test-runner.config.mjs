/**
 * Element tests in real Chromium. Uses Debian's Chromium by default (no browser download is
 * possible on our machines); set CHROMIUM_PATH to use another Chromium, such as Playwright's.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium-path.mjs';

export default {
  // Browser tests: elements, the i18n controller, the tab guard (Web Locks, BroadcastChannel,
  // iframes), the accessibility audit itself and the web font's switch. Runtime and the other tracking tests run in Node (vitest).
  // The coordinators' dashboard (lrs-stub/dashboard/client) names its element tests *.browser.test.ts,
  // which vitest leaves out, since its lrs-stub/** glob would otherwise run them in Node.
  files: ['components/src/elements/**/*.test.ts', 'components/src/i18n/**/*.test.ts', 'components/src/tracking/tab-guard/**/*.test.ts', 'components/src/test-support/**/*.test.ts', 'components/src/styles/**/*.browser.test.ts', 'lrs-stub/dashboard/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
