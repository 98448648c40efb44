/**
 * Step 6, the only one that touches `dist/`: each zip is written to a temporary name and
 * renamed into place, so a reader never sees a half-written package and a failed build
 * leaves the previous packages untouched.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildStep } from '../context.ts';

export function writePackages(): BuildStep {
  return {
    name: 'write packages',
    async run(ctx) {
      await mkdir(ctx.config.outDir, { recursive: true });
      for (const pkg of ctx.packages) {
        const final = path.join(ctx.config.outDir, pkg.fileName);
        const temp = `${final}.${process.pid}.partial`;
        await writeFile(temp, pkg.zip);
        await rename(temp, final);
        ctx.written.push(final);
      }
    },
  };
}
