/**
 * Step 3: what each target gets packaged as: the whole course, or with `--split modules` one
 * package per module (module-unit.ts: the module judged alone, graded, and claiming no more
 * than it proves).
 */
import type { BuildStep } from '../context.ts';
import { moduleUnit } from './module-unit.ts';

export { moduleUnit } from './module-unit.ts';

export function planPackages(): BuildStep {
  return {
    name: 'plan packages',
    async run(ctx) {
      const course = ctx.course!;
      for (const locale of ctx.config.locales ?? []) {
        if (!course.source.locales.includes(locale)) throw new Error(`Locale "${locale}" is not one of the course's locales (${course.source.locales.join(', ')}).`);
      }
      ctx.units = ctx.config.split === 'modules' ? course.source.modules.map((id) => moduleUnit(course, id)) : [{ id: course.source.id, course }];
    },
  };
}
