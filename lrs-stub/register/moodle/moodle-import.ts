/**
 * Registering the learners a Moodle export says passed, for schools whose course ran as a
 * SCORM package in Moodle (no statements reach the LRS then). Two exports are understood:
 *
 * - the grade export (Grades → Export → Plain text file): a row passes when its final grade,
 *   by default the course total (real value, else percentage), is at least the pass grade, by
 *   default the course's pass mark (course.yaml mastery.passMark); the date awarded is the
 *   export's "Last downloaded from this course" time, the only date in that file;
 * - the course completion report's CSV download: a row passes when "Course complete" holds a
 *   date, which is the date awarded.
 *
 * Every row ends up in exactly one place: added, already registered (the same identifier and
 * course version are in the register, from the LRS, an earlier import or an earlier row), or
 * unmatched, with its line and a reason a coordinator can act on. The rows are registered in
 * one transaction: a file that cannot be read (moodle-file-error.ts) registers nothing.
 */
import { z } from 'zod';
import { cleanName, normalizeEmail } from '../learner-identity.ts';
import type { MoodleImportReport } from '../register-api.ts';
import type { RegisterCourse } from '../register-course.ts';
import type { NewEntry, RegisterStore, StoredEntry } from '../register-store.ts';
import { type CsvTable, parseCsvTable, decodeCsvBytes } from './moodle-csv-file.ts';
import { MoodleFileError } from './moodle-file-error.ts';
import { type ColumnMap, courseTotalColumn, type GradeColumn, mapColumns, namedColumn } from './moodle-headers.ts';
import { type DateOrder, readGrade, readMoodleDay, readUnixTime, showGrade } from './moodle-values.ts';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** What a coordinator may set (query parameters of the import request). */
export const MoodleImportOptionsSchema = z.strictObject({
  /** The header of the final grade column, exactly as in the file; default: the course total. */
  gradeColumn: z.string().trim().min(1).max(300).optional(),
  /** The lowest passing grade, in the grade column's own unit; default: the course's pass mark. */
  passGrade: z.coerce.number({ error: 'passGrade: must be a number, like 60 or 60.5' }).min(0).max(100_000).optional(),
  /** The course version the certificates are for; default: the register's configured one. */
  courseVersion: z.string().trim().min(1).max(50).optional(),
  /** The language the certificates were earned in, when the file has no language column. */
  language: z.string().regex(LANGUAGE_TAG, { error: 'language: a language tag like en, nl or nb' }).optional(),
  /** How the file writes dates: day/month/year (Moodle's English and Dutch), month/day/year (US English) or year-month-day. */
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).default('dmy'),
});
export type MoodleImportOptions = z.infer<typeof MoodleImportOptionsSchema>;

/** What the import assumed, returned with the report so the coordinator can see and change it. */
export interface MoodleImportSettings {
  format: 'grade-export' | 'completion-report';
  gradeColumn: string | null;
  passGrade: number | null;
  courseVersion: string;
  language: string;
  dateOrder: DateOrder;
  separator: 'comma' | 'semicolon' | 'tab' | 'colon';
}

export interface MoodleImportContext {
  register: RegisterStore;
  course: RegisterCourse;
  /** The register's configured course version. */
  courseVersion: string;
  now?: Date;
}

export type MoodleImportResult = MoodleImportReport & { settings: MoodleImportSettings };

type Decision = { kind: 'entry'; entry: NewEntry } | { kind: 'unmatched'; reason: string };

const SEPARATORS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', ':': 'colon' } as const;

/** The row as header → value, header names made unique so no cell is lost. */
function rowRecord(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  header.forEach((name, index) => {
    let key = name === '' ? `column ${index + 1}` : name;
    for (let n = 2; key in record; n += 1) key = `${name} (${n})`;
    record[key] = cells[index] ?? '';
  });
  return record;
}

interface Plan {
  settings: MoodleImportSettings;
  grade?: GradeColumn;
  columns: ColumnMap;
  exportedAt?: string;
}

function plan(table: CsvTable, options: MoodleImportOptions, context: MoodleImportContext): Plan {
  const columns = mapColumns(table.header);
  const headers = table.header.map((h) => `"${h}"`).join(', ');
  const common = {
    courseVersion: options.courseVersion ?? context.courseVersion,
    language: options.language ?? context.course.sourceLocale,
    dateOrder: options.dateOrder,
    separator: SEPARATORS[table.delimiter],
  };
  if (columns.email === undefined && columns.idNumber === undefined && columns.username === undefined) {
    throw new MoodleFileError(
      `no "Email address", "ID number" or "Username" column, so no row can be matched to a learner (the headers are ${headers}); include the email address in the export (it is one of Moodle's user identity fields)`,
      1,
    );
  }
  if (options.gradeColumn === undefined && columns.courseComplete !== undefined) {
    return { columns, settings: { format: 'completion-report', gradeColumn: null, passGrade: null, ...common } };
  }
  const grade = options.gradeColumn === undefined ? courseTotalColumn(table.header) : namedColumn(table.header, options.gradeColumn);
  if (!grade) {
    throw new MoodleFileError(
      options.gradeColumn === undefined
        ? `neither a "Course total" grade column nor a "Course complete" column (the headers are ${headers}); export the grades with the course total, or the course completion report, or name the final grade column with gradeColumn`
        : `there is no column "${options.gradeColumn}" (the headers are ${headers}); give gradeColumn exactly as the header is written`,
      1,
    );
  }
  if (grade.display === 'letter') {
    throw new MoodleFileError(`the grade column "${grade.header}" holds letters, not numbers; export the grades as real values or percentages`, 1);
  }
  const exportedCell = columns.timeExported === undefined ? undefined : table.rows[0]?.cells[columns.timeExported];
  const exportedAt = exportedCell === undefined ? undefined : readUnixTime(exportedCell);
  return {
    columns,
    grade,
    ...(exportedAt === undefined ? {} : { exportedAt }),
    settings: { format: 'grade-export', gradeColumn: grade.header, passGrade: options.passGrade ?? context.course.passMark, ...common },
  };
}

function decide(cells: readonly string[], line: number, plan: Plan, context: MoodleImportContext, importedAt: string): Decision {
  const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
  const { columns, settings } = plan;

  const email = cell(columns.email);
  const idNumber = cell(columns.idNumber);
  const username = cell(columns.username);
  const emailUsable = /^[^@\s]+@[^@\s]+$/.test(email);
  let identity: Pick<NewEntry, 'identifier' | 'identifierType'>;
  if (emailUsable) identity = { identifierType: 'emailAddress', identifier: normalizeEmail(email) };
  else if (idNumber !== '') identity = { identifierType: 'accountId', identifier: idNumber };
  else if (username !== '') identity = { identifierType: 'accountId', identifier: username };
  else if (email !== '') return { kind: 'unmatched', reason: `"${email}" is not an email address, and there is no ID number` };
  else return { kind: 'unmatched', reason: 'no email address or ID number' };

  let awardedOn: string;
  let awardedAt: string;
  if (settings.format === 'completion-report') {
    const completed = cell(columns.courseComplete);
    if (completed === '') return { kind: 'unmatched', reason: 'no completion date: Moodle does not count the course as complete for this learner' };
    const day = readMoodleDay(completed, settings.dateOrder);
    if (!day) return { kind: 'unmatched', reason: `the completion date "${completed}" is not a date this import can read (it reads day/month/year as Moodle writes it; set dateOrder if the file uses another order)` };
    if (day > importedAt.slice(0, 10)) return { kind: 'unmatched', reason: `the completion date ${day} is in the future` };
    awardedOn = day;
    awardedAt = `${day}T00:00:00Z`;
  } else {
    const grade = plan.grade!;
    const value = readGrade(cell(grade.index));
    if (value.kind === 'none') return { kind: 'unmatched', reason: `no grade in "${grade.header}"` };
    if (value.kind === 'unreadable') return { kind: 'unmatched', reason: `the grade "${cell(grade.index)}" in "${grade.header}" is not a number` };
    if (value.value < settings.passGrade!) return { kind: 'unmatched', reason: `grade ${showGrade(value.value)} is below the pass grade ${showGrade(settings.passGrade!)}` };
    awardedAt = plan.exportedAt ?? importedAt;
    awardedOn = awardedAt.slice(0, 10);
  }

  const fullName = cell(columns.fullName);
  const name = cleanName(fullName !== '' ? fullName : [cell(columns.firstName), cell(columns.lastName)].filter(Boolean).join(' '));
  const language = cell(columns.language);
  return {
    kind: 'entry',
    entry: {
      ...identity,
      name,
      awardedOn,
      awardedAt,
      language: LANGUAGE_TAG.test(language) ? language : settings.language,
      courseVersion: settings.courseVersion,
      source: 'moodle-csv',
      sourceRef: `moodle-csv ${importedAt} line ${line}`,
    },
  };
}

/** Reads a Moodle export and registers every learner in it who passed; throws MoodleFileError for an unreadable file. */
export function importMoodleCsv(bytes: Buffer, options: MoodleImportOptions, context: MoodleImportContext): MoodleImportResult {
  const table = parseCsvTable(decodeCsvBytes(bytes));
  const importPlan = plan(table, options, context);
  const now = context.now ?? new Date();
  const importedAt = now.toISOString();
  const added: StoredEntry[] = [];
  const unmatched: MoodleImportReport['unmatched'] = [];
  let alreadyRegistered = 0;
  context.register.transaction(() => {
    for (const { line, cells } of table.rows) {
      const decision = decide(cells, line, importPlan, context, importedAt);
      if (decision.kind === 'unmatched') {
        unmatched.push({ line, reason: decision.reason, row: rowRecord(table.header, cells) });
        continue;
      }
      const result = context.register.add(decision.entry, now);
      if (result.added) added.push(result.entry);
      else if ('erasedOn' in result) {
        unmatched.push({
          line,
          reason: `this learner's data was erased at their request on ${result.erasedOn}, after this certificate was awarded; it stays erased (erase them in Moodle too, so the next export leaves them out)`,
          row: rowRecord(table.header, cells),
        });
      } else alreadyRegistered += 1;
    }
  });
  return { rows: table.rows.length, added, alreadyRegistered, unmatched, settings: importPlan.settings };
}
