/**
 * The last step, the only one that touches `dist/`: the packages, the facilitator guides and the
 * printable templates beside them (`templates/<id>.<locale>.html`).
 * Each file is written to a temporary name and renamed into place, so a reader never sees a
 * half-written file and a failed build leaves the previous ones untouched.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildStep } from '../context.ts';

export function writeDist(): BuildStep {
  return {
    name: 'write dist',
    async run(ctx) {
      await mkdir(ctx.config.outDir, { recursive: true });
      const files = [
        ...ctx.packages.map((p) => ({ fileName: p.fileName, bytes: p.zip })),
        ...ctx.guides.map((g) => ({ fileName: g.fileName, bytes: g.html })),
        ...ctx.templates.map((t) => ({ fileName: t.fileName, bytes: t.html })),
      ];
      for (const { fileName, bytes } of files) {
        const final = path.join(ctx.config.outDir, fileName);
        await mkdir(path.dirname(final), { recursive: true });
        const temp = `${final}.${process.pid}.partial`;
        await writeFile(temp, bytes);
        await rename(temp, final);
        ctx.written.push(final);
      }
    },
  };
}
