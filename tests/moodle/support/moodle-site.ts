/**
 * Where the Moodle test site is and how to run the kit's PHP helpers against it. The kit lives
 * beside the repository (`../shared/moodle`, read-only); the site's files, port and database are
 * the ones `setup.sh` uses, from the same environment variables (MOODLE_HOME, MOODLE_PORT), so
 * the global setup, the helpers and a developer's shell all talk to one site.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export const KIT_DIR = path.resolve(repoRoot, '../shared/moodle');
export const MOODLE_HOME = path.resolve(process.env.MOODLE_HOME ?? '/tmp/workmentor-moodle');
export const MOODLE_PORT = process.env.MOODLE_PORT ?? '8088';
export const MOODLE_URL = `http://127.0.0.1:${MOODLE_PORT}`;

/** The environment the kit's scripts read: the same site whatever the caller's shell had. */
export const kitEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, MOODLE_HOME, MOODLE_PORT, ...extra });

/** Runs one of the kit's PHP scripts (add-scorm.php, read-tracks.php) and returns what it printed. */
export function runKitPhp(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('php', [path.join(KIT_DIR, script), ...args], { env: kitEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`php ${script} ${args.join(' ')} failed (${error.code ?? error.signal}):\n${stderr.trim() || stdout.trim()}`));
      else resolve(stdout);
    });
  });
}
