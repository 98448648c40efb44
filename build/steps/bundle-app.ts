/**
 * Step 5: bundle the course player with Vite once per tracking adapter the chosen targets need.
 * The adapter is a build-time constant, so each package carries only its own tracking code.
 * Vite writes to a private temp folder that is read into memory and removed.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { BuildContext, BuildStep, FileSet } from '../context.ts';
import { targetFor } from '../targets/index.ts';

export function bundleApp(): BuildStep {
  return {
    name: 'bundle app',
    async run(ctx) {
      const adapters = new Set(ctx.config.targets.map((t) => targetFor(t).adapter));
      // One after the other: measured faster than concurrent builds on two cores (Vite's JS hooks
      // share the main thread), and the first build warms up what the others reuse.
      for (const adapter of adapters) {
        const started = performance.now();
        ctx.apps.set(adapter, await bundle(ctx, adapter));
        ctx.progress(`${adapter} player bundled in ${Math.round(performance.now() - started)} ms`);
      }
    },
  };
}

async function bundle(ctx: BuildContext, adapter: string): Promise<FileSet> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), `workmentor-${adapter}-`));
  try {
    await build({
      configFile: path.join(ctx.config.toolRoot, 'vite.config.ts'),
      logLevel: 'warn',
      define: { __WM_ADAPTER__: JSON.stringify(adapter) },
      build: { outDir, emptyOutDir: true },
    });
    return await readTree(outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Every file under `dir`, by its `/`-separated path relative to it. */
export async function readTree(dir: string): Promise<FileSet> {
  const files: FileSet = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
  }
  return files;
}
