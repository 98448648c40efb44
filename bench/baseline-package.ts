/**
 * The previous build, for the benchmark's ratios: the web package of a git revision (by default
 * `HEAD`, the last commit, which the working tree's changes build on), measured side by side
 * with the current one in the same run, on the same machine, in turns. A stored figure from an
 * earlier run would compare two different moments of a shared machine; a package measured in
 * turns with the new one sees the same load.
 *
 * The revision's sources are exported with `git archive` into a temporary folder (no worktree:
 * nothing in `.git` changes), its own build runs there in a child process with this checkout's
 * `node_modules`, and the package files are kept in `.cache/bench-baseline/<commit>/<course>/`,
 * so the next run with the same revision reuses them.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { FileSet } from '../build/context.ts';
import { readTree } from '../build/steps/bundle-app.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const SELF = fileURLToPath(import.meta.url);

export interface BaselinePackage {
  /** The revision as asked (`HEAD`) and the commit it named. */
  revision: string;
  commit: string;
  files: FileSet;
}

/** The web package of `courseDir` (relative to the repository, as it was at `revision`). */
export async function baselinePackage(revision: string, courseDir: string): Promise<BaselinePackage> {
  const commit = (await run('git', ['rev-parse', '--verify', `${revision}^{commit}`], { cwd: ROOT })).stdout.trim();
  const cache = path.join(ROOT, '.cache/bench-baseline', commit, courseDir.replace(/[^a-z0-9]+/gi, '-'));
  if (!existsSync(path.join(cache, 'index.html'))) await buildAt(commit, courseDir, cache);
  return { revision, commit, files: await readTree(cache) };
}

async function buildAt(commit: string, courseDir: string, into: string): Promise<void> {
  const source = await mkdtemp(path.join(os.tmpdir(), 'wm-bench-baseline-'));
  try {
    await run('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${source}"`], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    await symlink(path.join(ROOT, 'node_modules'), path.join(source, 'node_modules'), 'dir');
    await rm(into, { recursive: true, force: true });
    await run(process.execPath, ['--import', 'tsx', SELF, '--child', source, courseDir, into], { cwd: source, maxBuffer: 16 * 1024 * 1024 });
  } finally {
    await rm(source, { recursive: true, force: true });
  }
}

/** In the child: that revision's own build, through its own pipeline, writing the package's files out. */
async function child(source: string, courseDir: string, into: string): Promise<void> {
  const { resolveConfig } = (await import(pathToFileURL(path.join(source, 'build/config.ts')).href)) as typeof import('../build/config.ts');
  const { runBuild } = (await import(pathToFileURL(path.join(source, 'build/pipeline.ts')).href)) as typeof import('../build/pipeline.ts');
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'wm-bench-baseline-out-'));
  try {
    const ctx = await runBuild(resolveConfig({ course: path.join(source, courseDir), targets: ['web'], outDir }));
    for (const [file, data] of ctx.packages[0]!.files) {
      await mkdir(path.dirname(path.join(into, file)), { recursive: true });
      await writeFile(path.join(into, file), data);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF && process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
