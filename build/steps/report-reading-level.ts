/**
 * Step 2: one line per module with the reading level (LIX) of its pages in each language, so an
 * author sees at every build when a module or a translation drifts towards hard prose. The limit
 * is the course standard's (`standard.readingLevel` in course.yaml), which the next step holds
 * the course to (check-standard.ts); here it only marks the figures above it.
 */
import { resolveStandard } from '../../course/schema/standard.ts';
import { contentReport } from '../content/content-report.ts';
import type { BuildStep } from '../context.ts';

export function reportReadingLevel(): BuildStep {
  return {
    name: 'report reading level',
    async run(ctx) {
      const course = ctx.course!;
      const rows = Object.values(course.data).flatMap((data) => contentReport(data!));
      const max = resolveStandard(course.source.standard).readingLevel.maxLix;
      for (const moduleId of course.source.modules) {
        const levels = rows.filter((r) => r.module === moduleId && r.pages > 0);
        if (levels.length === 0) continue;
        const text = levels.map((r) => `${r.locale} ${r.lix}${r.lix > max ? ` (hard: aim for ${max} or below)` : ''}`).join(', ');
        ctx.log(`reading level (LIX) ${moduleId}: ${text}`);
      }
    },
  };
}
