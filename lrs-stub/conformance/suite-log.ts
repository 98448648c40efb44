/**
 * Reads the JSON log ADL's LRS conformance suite writes after a run (logs/<uuid>.log in the
 * suite folder) and counts what really happened. The runner's exit code cannot be trusted: it
 * is the number of failed tests modulo 256, and a cancelled run exits with a partial count.
 * The same counting as the suite's RUNNING.md `summarize.py`: leaves of the test tree by
 * status, "not run" = planned − passed − failed.
 */

/** One node of the log's test tree: a group (with `tests`) or a single test (a leaf). */
interface LogNode {
  title?: string;
  status?: string;
  tests?: LogNode[];
  error?: unknown;
}

export interface SuiteLog {
  state?: string;
  summary?: { total?: number; passed?: number; failed?: number; version?: string };
  log?: LogNode;
}

export interface FailedTest {
  /** Titles from the top group down to the test, without the run's root title. */
  path: string[];
  /** The assertion message, when the log has one. */
  message: string;
}

export interface SuiteResult {
  version: string;
  /** `finished`, `cancelled`, `error`, ... as the runner wrote it. */
  state: string;
  planned: number;
  passed: number;
  failed: FailedTest[];
  notRun: number;
}

function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return '';
}

function* leaves(node: LogNode | undefined, path: string[] = []): Generator<[string[], LogNode]> {
  if (!node) return;
  const children = node.tests ?? [];
  // The root is the whole run; a root without tests is an empty run, not a test.
  if (children.length === 0 && path.length > 0) yield [path, node];
  for (const child of children) yield* leaves(child, [...path, child.title ?? '']);
}

export function judgeSuiteLog(run: SuiteLog): SuiteResult {
  const planned = run.summary?.total ?? 0;
  let passed = 0;
  const failed: FailedTest[] = [];
  for (const [path, node] of leaves(run.log)) {
    if (node.status === 'passed') passed += 1;
    else if (node.status === 'failed') failed.push({ path, message: errorMessage(node.error) });
  }
  return {
    version: run.summary?.version ?? '?',
    state: run.state ?? 'unknown',
    planned,
    passed,
    failed,
    notRun: Math.max(0, planned - passed - failed.length),
  };
}
