/**
 * Where a <file> or a unit is in an XLIFF text, so import problems point at `file:line:col` with
 * a code frame like build errors do. The xliff package returns data without positions; the ids
 * are NMTOKENs (letters, digits, `.-_:`), so finding `id="…"` after its <file> is exact enough.
 */
import { codeFrame } from '../errors/code-frame.ts';
import type { Location } from '../errors/content-error.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class XliffLocator {
  private readonly lines: string[];

  constructor(
    readonly fileName: string,
    private readonly text: string,
  ) {
    this.lines = text.split(/\r?\n/);
  }

  /** The <file> element with this id (2.0) or original (1.2). */
  file(fileId: string): Location {
    return this.offsetAt(this.fileOffset(fileId), 5);
  }

  /** The unit's <target> if it has one, else the unit's start tag. */
  unit(fileId: string, unitId: string): Location {
    const from = Math.max(0, this.fileOffset(fileId));
    const start = new RegExp(`<(?:unit|trans-unit)\\b[^>]*?\\sid\\s*=\\s*["']${escape(unitId)}["']`, 'g');
    start.lastIndex = from;
    const match = start.exec(this.text);
    if (!match) return this.offsetAt(from, 1);
    const end = this.text.slice(match.index).search(/<\/(?:unit|trans-unit)>/);
    const target = this.text.slice(match.index, end < 0 ? undefined : match.index + end).search(/<target\b/);
    return target < 0 ? this.offsetAt(match.index, match[0].length) : this.offsetAt(match.index + target, 7);
  }

  /** A 1-based line and column the XML parser gave. */
  at(line: number, column: number): Location {
    return line > 0 ? this.withFrame(line, Math.max(1, column), 1) : { file: this.fileName, line: 0, column: 0 };
  }

  private fileOffset(fileId: string): number {
    return this.text.search(new RegExp(`<file\\b[^>]*?\\s(?:id|original)\\s*=\\s*["']${escape(fileId)}["']`));
  }

  private offsetAt(offset: number, length: number): Location {
    if (offset < 0) return { file: this.fileName, line: 0, column: 0 };
    const before = this.text.slice(0, offset).split(/\r?\n/);
    return this.withFrame(before.length, (before.at(-1)?.length ?? 0) + 1, length);
  }

  private withFrame(line: number, column: number, length: number): Location {
    const lines = this.lines;
    return {
      file: this.fileName,
      line,
      column,
      get frame() {
        return codeFrame(lines, { line, column, length });
      },
    };
  }
}
