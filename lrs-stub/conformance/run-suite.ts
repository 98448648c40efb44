/**
 * `npm run test:lrs-conformance`: ADL's LRS conformance test suite (../shared/lrs-conformance-suite,
 * or LRS_CONFORMANCE_SUITE) against the real LRS, for xAPI 1.0.3 and 2.0.0. Reading the suite
 * taught us less than running it: it never finished against our first LRS (see
 * StatementWriter.consistentThrough), so CI runs it.
 *
 * For each version: a fresh in-memory LRS (lrs-stub/main.ts as its own process, so the suite
 * meets the real server and its start-up) on a free port, the suite's console runner with a
 * safety timeout (SIGINT, on which the runner cancels and still writes its log), and the
 * verdict from the suite's JSON log, never from its exit code. Exits 1 when a run did not
 * finish or a test failed, except the failures known-contradictions.ts lists and the README
 * argues. The logs are kept in test-results/lrs-conformance/.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLrsProcess } from '../testing/lrs-process.ts';
import { installSuiteCopy } from './suite-copy.ts';
import { judgeSuiteLog, type SuiteLog, type SuiteResult } from './suite-log.ts';
import { judgeRun } from './suite-verdict.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SUITE = resolve(ROOT, process.env.LRS_CONFORMANCE_SUITE ?? '../shared/lrs-conformance-suite');
const RESULTS = join(ROOT, 'test-results', 'lrs-conformance');
// LRS_CONFORMANCE_VERSIONS=1.0.3 runs one version only, while working on it.
const VERSIONS = (process.env.LRS_CONFORMANCE_VERSIONS ?? '1.0.3,2.0.0').split(',').map((v) => v.trim());
// A finished run takes about 30 s on a busy 2-core machine; a stalled one never ends.
const TIMEOUT_S = Number(process.env.LRS_CONFORMANCE_TIMEOUT_S ?? 300);
// After SIGINT the runner still has to write its log; past this it is killed.
const GRACE_MS = 60_000;

const log = (line: string) => console.log(`[lrs-conformance] ${line}`);

interface Run {
  result?: SuiteResult;
  timedOut: boolean;
  seconds: number;
  problem?: string;
}

/** Runs the suite's console runner once; resolves with the path of the log it wrote, if any. */
async function runSuite(suite: string, endpoint: string, key: string, secret: string, version: string, output: string): Promise<{ logFile?: string; timedOut: boolean }> {
  const logs = join(suite, 'logs');
  const before = new Set(existsSync(logs) ? readdirSync(logs) : []);
  const runner = spawn(process.execPath, ['bin/console_runner.js', '-e', endpoint, '-a', '-u', key, '-p', secret, '-x', version], { cwd: suite, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  runner.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  runner.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  let timedOut = false;
  let kill: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    log(`xAPI ${version}: no end after ${TIMEOUT_S} s; sending SIGINT (the runner cancels and writes its log)`);
    runner.kill('SIGINT');
    kill = setTimeout(() => runner.kill('SIGKILL'), GRACE_MS);
  }, TIMEOUT_S * 1000);
  await new Promise<void>((done) => runner.once('close', () => done()));
  clearTimeout(timer);
  clearTimeout(kill);
  writeFileSync(output, text);
  const written = /Full run log written to (.+\.log)/.exec(text)?.[1]?.trim();
  if (written && existsSync(written)) return { logFile: written, timedOut };
  const fresh = (existsSync(logs) ? readdirSync(logs) : []).filter((name) => name.endsWith('.log') && !before.has(name));
  const newest = fresh.map((name) => join(logs, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return { logFile: newest, timedOut };
}

async function runVersion(suite: string, version: string): Promise<Run> {
  const started = Date.now();
  const key = 'conformance';
  const secret = randomBytes(12).toString('hex');
  const lrs = await startLrsProcess({ LRS_DB: ':memory:', LRS_BASIC_AUTH: `${key}:${secret}` });
  let crashed = false;
  lrs.child.once('exit', () => (crashed = true));
  try {
    log(`xAPI ${version}: suite against a fresh LRS at ${lrs.baseUrl}/xapi`);
    const { logFile, timedOut } = await runSuite(suite, `${lrs.baseUrl}/xapi`, key, secret, version, join(RESULTS, `${version}.out.txt`));
    const seconds = Math.round((Date.now() - started) / 1000);
    if (crashed) return { timedOut, seconds, problem: `the LRS exited during the run:\n${lrs.output()}` };
    if (!logFile) return { timedOut, seconds, problem: `the suite wrote no log; its output is in ${join(RESULTS, `${version}.out.txt`)}` };
    copyFileSync(logFile, join(RESULTS, `${version}.log`));
    return { timedOut, seconds, result: judgeSuiteLog(JSON.parse(readFileSync(logFile, 'utf8')) as SuiteLog) };
  } finally {
    if (!crashed) await lrs.stop();
  }
}

/** Prints the verdict of one run; true when it counts as a pass. */
function report(version: string, run: Run): boolean {
  if (!run.result) {
    log(`xAPI ${version}: no result (${run.seconds} s): ${run.problem}`);
    return false;
  }
  const { result } = run;
  const verdict = judgeRun(version, result, run.timedOut);
  console.log(`xAPI ${version}: ${result.passed} passed, ${result.failed.length} failed (of ${result.planned}; ${result.notRun} not run; run ${result.state}, ${run.seconds} s)`);
  for (const f of verdict.accepted) console.log(`  known contradiction, accepted: ${f.path.at(-1)}`);
  for (const reason of new Set(verdict.accepted.map((f) => f.contradiction.reason))) console.log(`    ${reason}`);
  for (const f of verdict.unexpected) console.log(`  FAILED: ${f.path.join(' › ')}\n    ${f.message.split('\n')[0]}`);
  if (!verdict.finished) console.log(`  the run did not finish (state ${result.state}${run.timedOut ? ', timed out' : ''}): an LRS can stall the suite, e.g. by an old X-Experience-API-Consistent-Through`);
  return verdict.ok;
}

async function main(): Promise<number> {
  if (!existsSync(join(SUITE, 'bin', 'console_runner.js'))) {
    console.error(`ADL's LRS conformance suite is not at ${SUITE}; set LRS_CONFORMANCE_SUITE to its folder`);
    return 2;
  }
  const unknown = VERSIONS.filter((v) => v !== '1.0.3' && v !== '2.0.0');
  if (unknown.length > 0 || VERSIONS.length === 0) {
    console.error(`LRS_CONFORMANCE_VERSIONS: ${unknown.join(', ') || '(empty)'}: the suite runs 1.0.3 and 2.0.0`);
    return 2;
  }
  const started = Date.now();
  mkdirSync(RESULTS, { recursive: true });
  log(`installing a copy of ${SUITE}`);
  const suite = installSuiteCopy(SUITE, log);
  let ok = true;
  try {
    const runs: Array<[string, Run]> = [];
    for (const version of VERSIONS) runs.push([version, await runVersion(suite, version)]);
    for (const [version, run] of runs) ok = report(version, run) && ok;
  } finally {
    rmSync(dirname(suite), { recursive: true, force: true });
  }
  log(`${ok ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s; logs in ${RESULTS}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[lrs-conformance] ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
