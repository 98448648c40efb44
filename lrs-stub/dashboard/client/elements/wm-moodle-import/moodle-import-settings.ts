/**
 * The Moodle import's settings, both ways: what the coordinator set in the form, as the query
 * parameters the route reads (register-api-routes.ts parses `request.query` with
 * moodle-import.ts's MoodleImportOptionsSchema), and what the import assumed, the `settings`
 * the server sends back with its report. The contract's MoodleImportReportSchema leaves
 * `settings` out and moodle-import.ts types it with an interface only; the dashboard parses
 * every answer at the boundary, so it needs a schema. The type assertion at the end makes
 * `npm run typecheck` fail the moment this schema and the interface disagree. (Better still:
 * add the settings to the contract in register-api.ts.)
 */
import { z } from 'zod';
import type { MoodleImportOptions, MoodleImportSettings } from '../../../../register/moodle/moodle-import.ts';
import { MoodleImportReportSchema } from '../../../../register/register-api.ts';

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** The server's date order when none is sent. */
export const DEFAULT_DATE_ORDER: DateOrder = 'dmy';

/** The languages the register's certificates come in. */
export const CERTIFICATE_LANGUAGES = ['en', 'nl', 'nb'] as const;

export const MoodleImportSettingsSchema = z.object({
  format: z.enum(['grade-export', 'completion-report']),
  gradeColumn: z.string().nullable(),
  passGrade: z.number().nullable(),
  courseVersion: z.string(),
  language: z.string(),
  dateOrder: z.enum(DATE_ORDERS),
  separator: z.enum(['comma', 'semicolon', 'tab', 'colon']),
});

/**
 * The report with what the import assumed. When the answer arrives the rows are already
 * registered, so settings this dashboard cannot read (a server newer than the page) are left
 * out rather than turning a finished import into a failure.
 */
export const MoodleImportAnswerSchema = MoodleImportReportSchema.extend({ settings: MoodleImportSettingsSchema.optional().catch(undefined) });
export type MoodleImportAnswer = z.infer<typeof MoodleImportAnswerSchema>;

const OPTION_NAMES = ['gradeColumn', 'passGrade', 'courseVersion', 'language', 'dateOrder'] as const satisfies readonly (keyof MoodleImportOptions)[];

/**
 * The query string for the form's settings, `?`-prefixed, or '' when nothing is set. Empty
 * fields are left out so the server's defaults apply, and so is the default date order: an
 * untouched form sends the same request as a page without settings.
 */
export function importQuery(form: FormData): string {
  const query = new URLSearchParams();
  for (const name of OPTION_NAMES) {
    const value = form.get(name);
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed === '' || (name === 'dateOrder' && trimmed === DEFAULT_DATE_ORDER)) continue;
    query.set(name, trimmed);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

type Parsed = z.infer<typeof MoodleImportSettingsSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: the schema's type and moodle-import.ts's interface are the same. */
export const MOODLE_IMPORT_SETTINGS_SCHEMA_MATCHES: Same<Parsed, MoodleImportSettings> = true;
