/**
 * Builds a course into a temporary folder with the real pipeline and serves the web package on
 * 127.0.0.1, as a learner's browser would meet it. One build per test file.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig, type TargetName } from '../../../build/config.ts';
import type { BuiltPackage } from '../../../build/context.ts';
import { runBuild } from '../../../build/pipeline.ts';
import { serveFiles, type RunningServer } from '../../../build/serve.ts';

export interface ServedPackage {
  pkg: BuiltPackage;
  server: RunningServer;
  outDir: string;
}

export async function buildAndServe(course: string, target: TargetName = 'web'): Promise<ServedPackage> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'wm-e2e-'));
  const ctx = await runBuild(resolveConfig({ course, outDir, targets: [target] }));
  const pkg = ctx.packages.find((p) => p.target === target)!;
  return { pkg, server: await serveFiles(pkg.files), outDir };
}

/** Builds one target's package into a temporary folder, without serving it (the LMS simulator or an LRS test serves it). */
export async function buildPackage(course: string, target: TargetName): Promise<BuiltPackage> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'wm-e2e-'));
  const ctx = await runBuild(resolveConfig({ course, outDir, targets: [target] }));
  return ctx.packages.find((p) => p.target === target)!;
}
