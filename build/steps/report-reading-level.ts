/**
 * Step 2: one line per module with the reading level (LIX) of its pages in each language, so an
 * author sees at every build when a module or a translation drifts into hard prose. Warns
 * above 45; the course's own test fails there (course/content/reading-level.test.ts).
 */
import { contentReport } from '../content/content-report.ts';
import type { BuildStep } from '../context.ts';

export const LIX_WARNING = 45;

export function reportReadingLevel(): BuildStep {
  return {
    name: 'report reading level',
    async run(ctx) {
      const course = ctx.course!;
      const rows = Object.values(course.data).flatMap((data) => contentReport(data!));
      for (const moduleId of course.source.modules) {
        const levels = rows.filter((r) => r.module === moduleId && r.pages > 0);
        if (levels.length === 0) continue;
        const text = levels.map((r) => `${r.locale} ${r.lix}${r.lix > LIX_WARNING ? ' (hard: aim for 45 or below)' : ''}`).join(', ');
        ctx.log(`reading level (LIX) ${moduleId}: ${text}`);
      }
    },
  };
}
