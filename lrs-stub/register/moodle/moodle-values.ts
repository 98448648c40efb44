/**
 * Reading the values Moodle writes into its exports: grades as `grade_format_gradevalue` formats
 * them ("54.00", "54,00" where the language's decimal separator is a comma, "54.00 %", "-" for
 * no grade) and dates as `userdate` formats them (the completion report uses the language's
 * `strftimedatetimeshort`: "21/06/24, 14:05" in English; other languages use - or . between
 * day, month and year, or write the month's name). A value this cannot read is never guessed:
 * the row goes to the report with the value quoted.
 */

export type GradeValue = { kind: 'grade'; value: number } | { kind: 'none' } | { kind: 'unreadable' };

export function readGrade(cell: string): GradeValue {
  const text = cell.trim();
  if (text === '' || text === '-' || text === '–') return { kind: 'none' };
  const match = /^(-?\d+)(?:[.,](\d+))?\s*%?$/.exec(text.replace(/\u00A0/g, ' '));
  if (!match) return { kind: 'unreadable' };
  return { kind: 'grade', value: Number(`${match[1]}.${match[2] ?? '0'}`) };
}

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  // English, Dutch and Norwegian month names (Moodle's long date formats), and their usual abbreviations.
  ['january', 'januari', 'januar', 'jan'],
  ['february', 'februari', 'februar', 'feb'],
  ['march', 'maart', 'mars', 'mar', 'mrt'],
  ['april', 'apr'],
  ['may', 'mei', 'mai'],
  ['june', 'juni', 'jun'],
  ['july', 'juli', 'jul'],
  ['august', 'augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'desember', 'dec', 'des'],
];
MONTH_NAMES.forEach((names, month) => {
  for (const name of names) MONTHS[name] = month + 1;
});

const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, dayOfMonth: number): string | undefined {
  const full = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(full, month - 1, dayOfMonth));
  if (date.getUTCFullYear() !== full || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return undefined;
  return `${full}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** The day (YYYY-MM-DD) a Moodle date cell names, or undefined when it cannot be read for sure. */
export function readMoodleDay(cell: string, order: DateOrder = 'dmy'): string | undefined {
  const text = cell.trim().toLowerCase();
  if (/^\d{9,11}$/.test(text)) {
    const date = new Date(Number(text) * 1000);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|t)/.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:\.?,?\s|$)/.exec(text);
  if (numeric) {
    const [a, b, c] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (numeric[1]!.length === 4 || order === 'ymd') return day(a, b, c);
    return order === 'mdy' ? day(c, a, b) : day(c, b, a);
  }
  // "Friday, 21 June 2024, 2:05 PM", "fredag 21. juni 2024", "vrijdag 21 juni 2024"
  const named = /(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})/.exec(text) ?? /([a-zæøå]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (named) {
    const [dayText, monthText] = /^\d/.test(named[1]!) ? [named[1]!, named[2]!] : [named[2]!, named[1]!];
    const month = MONTHS[monthText];
    return month === undefined ? undefined : day(Number(named[3]), month, Number(dayText));
  }
  return undefined;
}

/** A Unix time cell ("Last downloaded from this course") as an ISO instant. */
export function readUnixTime(cell: string): string | undefined {
  if (!/^\d{9,11}$/.test(cell.trim())) return undefined;
  const date = new Date(Number(cell.trim()) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** "54.00": grades in messages as Moodle shows them, two decimals. */
export const showGrade = (value: number): string => value.toFixed(2);
