/**
 * Step 3, right after the reading level: the content checks that keep a course free of
 * test-wise shortcuts (build/content/content-checks.ts, limits in content-thresholds.ts). It logs
 * one line of cue figures per module and language and the test-wise guesser's chances on the
 * final assessment, like the reading level, then stops the build on any error with every problem
 * at its `file:line:col`; warnings are logged and the build goes on.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import { BuildFailure } from '../build-failure.ts';
import { checkContent } from '../content/content-checks.ts';
import { cueRows, formatFinalReport, type CueRow } from '../content/cue-report.ts';
import { locateFindings } from '../content/locate-findings.ts';
import type { BuildStep } from '../context.ts';
import { isWarning } from '../errors/content-error.ts';

export function checkContentCues(): BuildStep {
  return {
    name: 'check content cues',
    async run(ctx) {
      const course = ctx.course!;
      const datas = course.source.locales.flatMap((l) => course.data[l] ?? []) as CourseData[];
      const rows = datas.flatMap((d) => cueRows(d));
      for (const moduleId of course.source.modules) {
        const figures = rows.filter((r) => r.module === moduleId && (r.points > 0 || r.quizItems > 0 || r.sortRatio !== undefined));
        if (figures.length > 0) ctx.log(`content cues ${moduleId}: ${figures.map(cueSummary).join('; ')}`);
      }
      for (const line of formatFinalReport(datas)) ctx.log(line);
      const problems = await locateFindings(course, checkContent(datas, course.source.sourceLocale));
      for (const warning of problems.filter(isWarning)) ctx.log(`warning ${warning.name} ${warning.file}:${warning.line}: ${warning.what}`);
      const errors = problems.filter((p) => !isWarning(p));
      if (errors.length > 0) throw new BuildFailure(errors);
    },
  };
}

/** "en 3+ choices 5/6, best longest 1/6, best/other 0.95, sort 1.20, guesser 3/8". */
function cueSummary(r: CueRow): string {
  const parts = [
    ...(r.points > 0 ? [`3+ choices ${r.threeWay}/${r.points}`, `best longest ${r.bestLongest}/${r.points}`, `best/other ${r.lengthRatio.toFixed(2)}`] : []),
    ...(r.sortRatio !== undefined ? [`sort ${r.sortRatio.toFixed(2)}`] : []),
    ...(r.quizItems > 0 ? [`guesser ${Math.round(r.guesserScore * 10) / 10}/${r.quizItems}`] : []),
  ];
  return `${r.locale} ${parts.join(', ')}`;
}
