/**
 * `workmentor xliff report`: how complete each translation is, per language and per module
 * (texts and whole pages alike), counted from the same units export writes. "Stale" is not
 * counted: the course keeps no record of which English text a translation was made from (the
 * worksheet, build/i18n-extract.ts, knows only missing and empty). Import warns instead, when
 * the English in an XLIFF file differs from the current English (`XliffSourceChanged`).
 */
import { courseUnits } from './course-units.ts';

export interface FileStatus {
  /** `course` or `module.<id>`. */
  file: string;
  translated: number;
  missing: number;
  /** Ids of the untranslated units. */
  missingIds: string[];
}

export interface LocaleStatus {
  locale: string;
  files: FileStatus[];
}

export async function translationStatus(root: string): Promise<LocaleStatus[]> {
  const { locales, sourceLocale } = await courseUnits(root, 'und');
  const out: LocaleStatus[] = [];
  for (const locale of locales.filter((l) => l !== sourceLocale)) {
    const course = await courseUnits(root, locale);
    out.push({
      locale,
      files: course.files.map((f) => {
        const missingIds = f.units.filter((u) => u.target === undefined).map((u) => u.id);
        return { file: f.id, translated: f.units.length - missingIds.length, missing: missingIds.length, missingIds };
      }),
    });
  }
  return out;
}

export function formatStatus(status: readonly LocaleStatus[]): string {
  const lines: string[] = [];
  for (const { locale, files } of status) {
    const width = Math.max(5, ...files.map((f) => f.file.length));
    const row = (name: string, done: number, missing: number): string => {
      const total = done + missing;
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      return `  ${name.padEnd(width)}  ${String(done).padStart(10)}  ${String(missing).padStart(7)}  ${String(percent).padStart(3)}%`;
    };
    lines.push(`"${locale}"`, `  ${'file'.padEnd(width)}  translated  missing  done`);
    for (const f of files) {
      lines.push(row(f.file, f.translated, f.missing));
      // A handful of missing ids is a to-do list; hundreds are better found in the XLIFF file.
      if (f.missing > 0 && f.missing <= 5) lines.push(...f.missingIds.map((id) => `    missing: ${id}`));
    }
    const done = files.reduce((n, f) => n + f.translated, 0);
    const missing = files.reduce((n, f) => n + f.missing, 0);
    lines.push(row('total', done, missing), '');
  }
  lines.push('Stale translations are not tracked (the course does not record which English a translation was made from); `xliff import` warns when the English in the XLIFF file differs from the current English.');
  return lines.join('\n');
}
