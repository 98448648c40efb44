/**
 * `npm run content:report [-- <course-folder>]`: the content report of a course in every
 * language, as tables: what each module holds and its reading level (LIX: below 40 is plain
 * language), then its cue figures (cue-report.ts) and the final assessment's guesser, and last
 * the content checks that fail (the build stops on the errors among them).
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import { formatErrors } from '../errors/format-errors.ts';
import { loadCourse } from '../load/load-course.ts';
import { locateFindings } from './locate-findings.ts';
import { checkContent } from './content-checks.ts';
import { contentReport, formatContentReport } from './content-report.ts';
import { cueRows, formatCueReport, formatFinalReport } from './cue-report.ts';

const root = process.argv[2] ?? 'course/content';
const result = await loadCourse(root);
if (!result.ok) {
  console.error(formatErrors(result.errors, { color: process.stdout.isTTY }));
  process.exit(1);
}
const { course } = result;
const order = course.source.modules;
const byModule = <R extends { module: string }>(rows: R[]): R[] => rows.sort((a, b) => order.indexOf(a.module) - order.indexOf(b.module));
const datas = course.source.locales.flatMap((l) => course.data[l] ?? []) as CourseData[];

console.log(formatContentReport(byModule(datas.flatMap((d) => contentReport(d)))));
console.log(`\n${formatCueReport(byModule(datas.flatMap((d) => cueRows(d))))}`);
console.log(`\n${formatFinalReport(datas).join('\n')}`);
const problems = await locateFindings(course, checkContent(datas, course.source.sourceLocale));
const errors = problems.filter((p) => p.severity !== 'warning').length;
console.log(`\ncontent checks: ${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`);
for (const p of problems) console.log(`  ${p.severity === 'warning' ? 'warning' : 'error'} ${p.name} ${p.file}:${p.line}:${p.column}  ${p.what}`);
