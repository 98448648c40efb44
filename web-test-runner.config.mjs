/**
 * Element tests in real Chromium. Uses Debian's Chromium by default (no browser download is
 * possible on our machines); set CHROMIUM_PATH to use another Chromium, such as Playwright's.
 */
import { execSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
  } catch {
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.');
  }
}

export default {
  // Browser tests: elements and the i18n controller. Runtime and tracking tests run in Node (vitest).
  files: ['components/src/elements/**/*.test.ts', 'components/src/i18n/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
