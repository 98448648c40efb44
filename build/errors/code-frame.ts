/**
 * A code frame: the lines just above a problem, the line itself marked with `>`, and carets
 * under the offending text. Plain text, so errors can be stored, compared in tests and coloured
 * later by the formatter.
 */

export interface FrameOptions {
  /** 1-based line and column of the first offending character. */
  line: number;
  column: number;
  /** How many characters to underline (at least 1; cut at the end of the line). */
  length?: number;
  /** Lines of context above the marked line. */
  above?: number;
}

/** `text` may be given already split into lines, for callers that frame one file many times. */
export function codeFrame(text: string | readonly string[], options: FrameOptions): string {
  const lines = typeof text === 'string' ? text.split(/\r?\n/) : text;
  const { line, column } = options;
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - (options.above ?? 2));
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= line; n++) {
    const marker = n === line ? '>' : ' ';
    // Tabs would shift the carets, so they are shown as single spaces.
    const content = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    out.push(` ${marker} ${String(n).padStart(width)} |${content ? ` ${content}` : ''}`);
  }
  const marked = lines[line - 1] ?? '';
  const start = Math.max(1, Math.min(column, marked.length + 1));
  const room = Math.max(1, marked.length - start + 1);
  const carets = '^'.repeat(Math.max(1, Math.min(options.length ?? 1, room)));
  out.push(`   ${' '.repeat(width)} | ${' '.repeat(start - 1)}${carets}`);
  return out.join('\n');
}
