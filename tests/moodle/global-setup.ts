/**
 * Global setup of the Moodle suite: the kit's site back to the pristine pre-installed one
 * (`MOODLE_RESET=1 setup.sh`: no activities, no tracks, so every run starts alike), and the
 * SCORM packages built once with the real pipeline into a temporary folder the specs find
 * through WM_MOODLE_RUN. The site keeps running afterwards, so a failed run can be looked at
 * (`../shared/moodle/stop.sh` stops it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KIT_DIR, kitEnv, MOODLE_HOME, MOODLE_URL } from './support/moodle-site.ts';
import { buildRunPackages, RUN_DIR_ENV } from './support/run-packages.ts';

function startKit(): Promise<void> {
  const script = path.join(KIT_DIR, 'setup.sh');
  if (!existsSync(script)) throw new Error(`No Moodle kit at ${KIT_DIR}: the Moodle suite needs ../shared/moodle beside the repository.`);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script], { env: kitEnv({ MOODLE_RESET: '1' }), stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} failed with exit code ${code} (MOODLE_HOME=${MOODLE_HOME})`))));
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = performance.now();
  await startKit();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wm-moodle-'));
  process.env[RUN_DIR_ENV] = dir;
  const packages = await buildRunPackages(dir);
  console.log(`[moodle] ${MOODLE_URL} reset and ${packages.length} packages built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return () => rm(dir, { recursive: true, force: true });
}
