/**
 * A private, installed copy of ADL's LRS conformance suite. The shared folder is read-only in
 * CI and the suite writes its logs into its own folder, so every run works on a copy in a
 * temporary folder, installed from the lock file kept beside the suite.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: string[], cwd: string): { ok: boolean; output: string } {
  const result = spawnSync(NPM, [...args, '--no-audit', '--no-fund'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Copies `source` (without node_modules and old logs) to a new temporary folder and installs it. */
export function installSuiteCopy(source: string, log: (line: string) => void): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'lrs-conformance-')), 'lrs-suite');
  cpSync(source, copy, { recursive: true, filter: (path) => !/[\\/](node_modules|logs)$/.test(path) });
  let install = npm(['ci'], copy);
  // The suite's dependency node-env-file@0.1.3 asks for chai "latest", so the lock goes stale
  // whenever chai publishes (npm ci: "Missing: chai@X from lock file"). npm install keeps every
  // other locked version and only adds the newer chai under node-env-file (RUNNING.md).
  if (!install.ok && /Missing: .* from lock file|lock file.*in sync|in sync.*lock file/is.test(install.output)) {
    log('npm ci: the lock file is stale (a new chai for node-env-file); falling back to npm install');
    install = npm(['install'], copy);
  }
  if (!install.ok) throw new Error(`could not install the conformance suite in ${copy}:\n${install.output.trim()}`);
  return copy;
}
