/** Step 1: load and validate the course (all errors at once) into per-locale course data. */
import { BuildFailure } from '../build-failure.ts';
import type { BuildStep } from '../context.ts';
import { loadCourse as load } from '../load/load-course.ts';

export function loadCourse(): BuildStep {
  return {
    name: 'load course',
    async run(ctx) {
      const result = await load(ctx.config.courseDir, { ...(ctx.config.locales ? { locales: ctx.config.locales } : {}), draft: ctx.config.draft });
      if (!result.ok) throw new BuildFailure(result.errors);
      ctx.course = result.course;
      for (const warning of result.course.warnings) ctx.log(`warning ${warning.name} ${warning.file}:${warning.line}: ${warning.what}`);
    },
  };
}
