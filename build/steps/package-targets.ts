/** Step 5: one zip per target: the bundled app, the course content, and the target's own files. */
import type { BuildStep, FileSet } from '../context.ts';
import { targetFor } from '../targets/index.ts';
import { zipFiles } from '../zip.ts';

export function packageTargets(): BuildStep {
  return {
    name: 'package targets',
    async run(ctx) {
      const course = ctx.course!;
      for (const name of ctx.config.targets) {
        const target = targetFor(name);
        const app = ctx.apps.get(target.adapter);
        if (!app) throw new Error(`No app bundle for adapter "${target.adapter}".`);
        const files: FileSet = new Map([...app, ...ctx.content]);
        for (const [p, data] of target.files({ course, app, locales: ctx.config.locales ?? course.source.locales })) files.set(p, data);
        const zip = await zipFiles(files);
        ctx.packages.push({
          target: name,
          fileName: `${course.source.id}-${course.source.version}-${name}.zip`,
          zip,
          files,
        });
      }
    },
  };
}
