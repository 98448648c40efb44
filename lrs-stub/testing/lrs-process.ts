/**
 * Runs the real LRS (main.ts) as a child process for tests and the benchmark: waits for its
 * "listening on" line to learn the port, and can SIGKILL it. Node is started with tsx as an
 * --import hook rather than through the tsx CLI, because the CLI runs the server in a second
 * process: SIGKILL on the wrapper would leave the server alive, and the kill -9 test must hit
 * the process that holds the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface LrsProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export interface ExitResult {
  code: number | null;
  output: string;
}

function spawnMain(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/**
 * How long a start may take before the test gives up: a safety net, not a measure. A start is
 * about 2 s on an idle machine (tsx compiles the server first), but it ran past 10 s while the
 * rest of `npm test` shared the 2 cores, and a second start in one test then hit the 20 s limit.
 */
export const LRS_START_LIMIT_MS = 90_000;

/** Enough for a test that starts and stops the LRS twice on a loaded machine. */
export const TWO_STARTS_TEST_TIMEOUT_MS = 2 * LRS_START_LIMIT_MS + 30_000;

export async function startLrsProcess(env: Record<string, string>, timeoutMs = LRS_START_LIMIT_MS): Promise<LrsProcess> {
  const { child, output } = spawnMain(env);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`LRS did not start within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const check = () => {
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`LRS exited with ${code} before listening:\n${output()}`));
    });
  });
  return {
    child,
    baseUrl,
    output,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Runs main.ts expecting it to exit by itself (e.g. a refused configuration). */
export async function runLrsUntilExit(env: Record<string, string>, timeoutMs = LRS_START_LIMIT_MS): Promise<ExitResult> {
  const { child, output } = spawnMain(env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited(child);
  clearTimeout(timer);
  return { code: child.exitCode, output: output() };
}
