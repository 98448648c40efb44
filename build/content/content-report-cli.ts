/**
 * `npm run content:report [-- <course-folder>]`: the content report of a course in every
 * language, as a table (LIX: below 40 is plain language).
 */
import { formatErrors } from '../errors/format-errors.ts';
import { loadCourse } from '../load/load-course.ts';
import { contentReport, formatContentReport } from './content-report.ts';

const root = process.argv[2] ?? 'course/content';
const result = await loadCourse(root);
if (!result.ok) {
  console.error(formatErrors(result.errors, { color: process.stdout.isTTY }));
  process.exit(1);
}
const rows = Object.values(result.course.data).flatMap((data) => contentReport(data!));
rows.sort((a, b) => (a.module === b.module ? 0 : a.module < b.module ? -1 : 1));
const order = result.course.source.modules;
rows.sort((a, b) => order.indexOf(a.module) - order.indexOf(b.module));
console.log(formatContentReport(rows));
