/**
 * A CSV file exported from Moodle, as a header and rows that know their line in the file.
 *
 * Moodle writes UTF-8 (with a byte order mark from some spreadsheets that re-save it), or
 * UTF-16LE with tabs for the completion report's "Excel" download; the grade export lets the
 * teacher choose comma, semicolon, tab or colon as separator, so the separator is taken from
 * the header line. Parsing is csv-parse's (RFC 4180 quoting, quoted commas and line breaks),
 * strict about column counts: a row with more or fewer cells than the header means the file is
 * damaged, and the import stops at that line rather than guess which cell is which.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { MoodleFileError } from './moodle-file-error.ts';

export type Delimiter = ',' | ';' | '\t' | ':';

export interface CsvRow {
  /** The line in the file where the row starts (1 is the header). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: Delimiter;
}

const WHAT_TO_DO = 'export it again from Moodle (Grades → Export → Plain text file, or the course completion report\'s CSV download) and import that file unchanged';

/** The file's text: UTF-8 (BOM or not) or UTF-16 with a BOM. */
export function decodeCsvBytes(bytes: Buffer): string {
  if (bytes.length === 0) throw new MoodleFileError(`the file is empty; ${WHAT_TO_DO}`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new MoodleFileError(
      `the file is not UTF-8 text (Moodle writes UTF-8; a spreadsheet may have re-saved it in another encoding). Save it as "CSV UTF-8" or ${WHAT_TO_DO}`,
    );
  }
}

/** The separator of the header line: the most frequent of tab, semicolon and comma outside quotes; colon only if none. */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>([[',', 0], [';', 0], ['\t', 0], [':', 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  let best: Delimiter | undefined;
  for (const candidate of ['\t', ';', ','] as const) {
    if (counts.get(candidate)! > 0 && (best === undefined || counts.get(candidate)! > counts.get(best)!)) best = candidate;
  }
  // A colon also sits inside Moodle's own headers ("Quiz: Final assessment (Real)").
  return best ?? (counts.get(':')! > 0 ? ':' : ',');
}

/** Where a record starts: csv-parse reports the line it ends on. */
function startLine(endLine: number, raw: string): number {
  const record = raw.replace(/^(\r?\n|\r)+/, '').replace(/(\r?\n|\r)$/, '');
  return endLine - (record.match(/\r?\n|\r/g)?.length ?? 0);
}

export function parseCsvTable(source: string): CsvTable {
  const text = source.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, info: true, raw: true, relax_column_count: false }) as never;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new MoodleFileError(`${error.message.replace(/ (at|on) line \d+/, '')}; the file is damaged or was edited by hand: ${WHAT_TO_DO}`, line);
    }
    throw error;
  }
  const [head, ...body] = records;
  if (!head) throw new MoodleFileError(`the file has no header row; ${WHAT_TO_DO}`);
  const header = head.record.map((cell) => cell.trim());
  if (header.length < 2) {
    throw new MoodleFileError(`the header has one column only ("${header[0] ?? ''}"), so the separator could not be told (comma, semicolon, tab or colon); ${WHAT_TO_DO}`, 1);
  }
  return {
    header,
    delimiter,
    rows: body.map((entry) => ({ line: startLine(entry.info.lines, entry.raw), cells: entry.record.map((cell) => cell.trim()) })),
  };
}
