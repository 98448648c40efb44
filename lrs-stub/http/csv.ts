/**
 * CSV downloads for coordinators, who open them in Excel or LibreOffice: quoting by
 * csv-stringify (node-csv, the well-kept one; RFC 4180 quoting we would otherwise get wrong
 * at the edges), and every cell guarded against formula injection (OWASP "CSV Injection"):
 * a learner who types `=HYPERLINK(...)` as their name must not get a live formula into the
 * coordinator's spreadsheet. A cell starting with = + - @ tab or carriage return gets a
 * leading apostrophe, which spreadsheets show as text; numbers are written as numbers, so a
 * negative score stays a number.
 *
 * A UTF-8 byte order mark leads the file: without it Excel reads "Ayşe" as "AyÅŸe".
 */
import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text a spreadsheet will not evaluate. */
export function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV document: a header row, then the rows, CRLF line ends, BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = stringify([header.map(safeCell), ...rows.map((row) => row.map(safeCell))], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
  return `\uFEFF${body}`;
}

/** Sends rows as a CSV download named `filename` (ASCII; no path). */
export function sendCsv(reply: FastifyReply, filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): FastifyReply {
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${safeName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(toCsv(header, rows));
}
