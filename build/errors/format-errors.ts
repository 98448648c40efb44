/**
 * Renders content errors for a terminal: one block per problem (name, place, what, why, fix,
 * code frame) and a closing count, so an author can work down the list in one pass.
 */
import type { ContentError } from './content-error.ts';

export interface FormatOptions {
  /** ANSI colours; pass `process.stdout.isTTY && !process.env.NO_COLOR`. */
  color: boolean;
}

const ansi = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;

export function formatErrors(errors: readonly ContentError[], options: FormatOptions): string {
  const paint = (style: keyof typeof ansi, text: string): string =>
    options.color ? `\u001b[${ansi[style]}m${text}\u001b[0m` : text;
  const blocks = errors.map((e) => {
    const warning = e.severity === 'warning';
    const place = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
    const lines = [
      `${paint(warning ? 'yellow' : 'red', warning ? 'warning' : 'error')} ${paint('bold', e.name)}  ${paint('cyan', place)}`,
      `  ${e.what}`,
      `  ${paint('dim', 'why:')} ${e.why}`,
      `  ${paint('dim', 'fix:')} ${e.fix}`,
    ];
    if (e.frame) {
      for (const frameLine of e.frame.split('\n')) {
        const isMark = frameLine.startsWith(' >') || /^\s+\|\s+\^/.test(frameLine);
        lines.push(isMark ? paint(warning ? 'yellow' : 'red', frameLine) : paint('dim', frameLine));
      }
    }
    return lines.join('\n');
  });
  return [...blocks, summary(errors)].join('\n\n') + '\n';
}

/** "3 errors in 2 files; nothing was written." and the like. */
export function summary(errors: readonly ContentError[]): string {
  const errorCount = errors.filter((e) => e.severity !== 'warning').length;
  const warningCount = errors.length - errorCount;
  const files = new Set(errors.map((e) => e.file)).size;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = [errorCount > 0 ? plural(errorCount, 'error') : '', warningCount > 0 ? plural(warningCount, 'warning') : '']
    .filter(Boolean)
    .join(' and ');
  if (!counts) return 'No problems found.';
  return `${counts} in ${plural(files, 'file')}${errorCount > 0 ? '; nothing was written.' : '.'}`;
}
