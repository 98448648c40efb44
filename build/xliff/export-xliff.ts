/**
 * `workmentor xliff export`: every translatable text of the course (or one module) for one
 * locale as an XLIFF file for a CAT tool, with the current translations as targets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { courseUnits } from './course-units.ts';
import { writeXliff, type XliffVersion } from './xliff-document.ts';

export interface ExportOptions {
  course: string;
  locale: string;
  /** Default: `dist/xliff/<course-id>-<locale>[-<module>].xlf`. */
  out?: string;
  version?: XliffVersion;
  module?: string;
}

export interface ExportResult {
  file: string;
  units: number;
  translated: number;
  /** The locale is not (yet) in `locales` in course.yaml. */
  notInCourse: boolean;
}

export async function exportXliff(options: ExportOptions): Promise<ExportResult> {
  const units = await courseUnits(options.course, options.locale, options.module === undefined ? {} : { module: options.module });
  if (options.locale === units.sourceLocale) throw new Error(`"${options.locale}" is the language the course is written in; export a translation locale (${units.locales.filter((l) => l !== units.sourceLocale).join(', ')}).`);
  const xml = await writeXliff(units, options.version ?? '2.0');
  const file = resolve(options.out ?? `dist/xliff/${units.courseId}-${options.locale}${options.module ? `-${options.module}` : ''}.xlf`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, xml);
  const all = units.files.flatMap((f) => f.units);
  return { file, units: all.length, translated: all.filter((u) => u.target !== undefined).length, notInCourse: !units.locales.includes(options.locale) };
}
