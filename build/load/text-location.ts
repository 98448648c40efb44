/** A location (with code frame) from a character offset in a non-YAML file such as a page's Markdown. */
import { codeFrame } from '../errors/code-frame.ts';
import type { Location } from '../errors/content-error.ts';

export function locationAt(file: string, text: string, offset: number, length = 1): Location {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { file, line, column, frame: codeFrame(text, { line, column, length }) };
}
