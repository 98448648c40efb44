/**
 * `workmentor xliff export|import|report`: a translation round trip through CAT tools. Parsed
 * apart from the build's options because its options (--xliff-version, --module) mean nothing
 * to `build`.
 *
 *   workmentor xliff export --locale nl [--course DIR] [--out FILE] [--xliff-version 2.0|1.2] [--module ID]
 *   workmentor xliff import FILE [--course DIR]
 *   workmentor xliff report [--course DIR]
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { LocaleSchema } from '../../course/schema/ids.ts';
import { formatErrors } from '../errors/format-errors.ts';
import { ScaffoldError } from '../scaffold/file-plan.ts';
import { exportXliff } from './export-xliff.ts';
import { importSummary, importXliff } from './import-xliff.ts';
import { formatStatus, translationStatus } from './translation-status.ts';
import { XLIFF_VERSIONS, type XliffVersion } from './xliff-document.ts';

export const XLIFF_USAGE = `Usage:
  workmentor xliff export --locale LOCALE [--course DIR] [--out FILE] [--xliff-version 2.0|1.2] [--module ID]
  workmentor xliff import FILE [--course DIR]
  workmentor xliff report [--course DIR]

  export   every translatable text (and every page and template, as whole Markdown) for LOCALE,
           with the current translations as targets (default dist/xliff/<course-id>-<locale>.xlf)
  import   checks a translated XLIFF (2.0 or 1.2) and, if nothing is wrong, writes it into the
           course's i18n YAML and Markdown files; nothing is written on any error
  report   translated and missing texts per language and module`;

const color = process.stdout.isTTY && !process.env.NO_COLOR;

export async function xliffCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        course: { type: 'string' },
        locale: { type: 'string' },
        out: { type: 'string' },
        'xliff-version': { type: 'string' },
        module: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${XLIFF_USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [action, file] = positionals;
  const course = values.course ?? 'course/content';
  if (values.help || !action) {
    console.log(XLIFF_USAGE);
    return values.help ? 0 : 2;
  }
  if (action === 'export') {
    const locale = values.locale;
    if (!locale || !LocaleSchema.safeParse(locale).success) {
      console.error(locale ? `"${locale}" is not a locale (a language tag such as nl or nb).` : 'Give the language to export: --locale nl.');
      return 2;
    }
    const version = values['xliff-version'] ?? '2.0';
    if (!(XLIFF_VERSIONS as readonly string[]).includes(version)) {
      console.error(`Unknown XLIFF version "${version}". Choose from: ${XLIFF_VERSIONS.join(', ')}.`);
      return 2;
    }
    const result = await exportXliff({ course, locale, version: version as XliffVersion, ...(values.out ? { out: values.out } : {}), ...(values.module ? { module: values.module } : {}) });
    console.log(`Wrote ${relative(process.cwd(), result.file)}: ${result.units} units, ${result.translated} already translated, ${result.units - result.translated} to translate.`);
    if (result.notInCourse) console.log(`Note: "${locale}" is not in \`locales\` in course.yaml yet; add it there before importing.`);
    return 0;
  }
  if (action === 'import') {
    if (!file) {
      console.error('Give the XLIFF file to import: workmentor xliff import translated.xlf');
      return 2;
    }
    let result;
    try {
      result = await importXliff(course, await readFile(file, 'utf8'), file);
    } catch (error) {
      if (!(error instanceof ScaffoldError)) throw error;
      console.error(error.message);
      return 1;
    }
    // Units without a target are normal in a half-done file: one line says how many, so the
    // problems that refuse the import are not buried under them (one frame each was 103 frames).
    const untranslated = result.problems.filter((p) => p.name === 'XliffTargetMissing');
    const shown = result.problems.filter((p) => p.name !== 'XliffTargetMissing');
    if (shown.length > 0) console.error(formatErrors(shown, { color }));
    if (!result.ok && untranslated.length > 0) console.error(`${untranslated.length} unit(s) have no target yet (first: ${untranslated.slice(0, 3).map((p) => p.file + ':' + p.line).join(', ')}).`);
    if (!result.ok) return 1;
    console.log(importSummary(result));
    return 0;
  }
  if (action === 'report') {
    console.log(formatStatus(await translationStatus(course)));
    return 0;
  }
  console.error(`Unknown xliff action "${action}".\n${XLIFF_USAGE}`);
  return 2;
}
