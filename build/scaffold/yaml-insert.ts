/**
 * Adds to an authored YAML file without rewriting it. The yaml package's Document API finds
 * where a list or map is (its node ranges); the new text is then inserted there. Re-printing the
 * whole document would keep comments but re-flow folded text (`>-`) and respace flow lists
 * (`[en, nl]` → `[ en, nl ]`), and an author's file should change only where something was added.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ScaffoldError } from './file-plan.ts';

function parsed(text: string, file: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) throw new ScaffoldError(`${file} has a YAML error (${doc.errors[0]!.message.split('\n')[0]}); fix it first (the build shows where). Nothing was written.`);
  return { doc, lineCounter };
}

/** Offset of the start of the line after the one `offset` is on (or the text's end). */
function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** `block` (lines without indent) indented by `indent` spaces, ending in a newline. */
export const indented = (block: string, indent: number): string =>
  block
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '' : `${' '.repeat(indent)}${line}`))
    .join('\n') + '\n';

/**
 * Adds `item` (YAML text of one list entry without the leading `- `, its further lines indented
 * as if the entry's first line were at column 0) to the list at `path`:
 * at the end, or before the entry at index `before`. Flow lists (`[en, nl]`) take a scalar.
 */
export function insertInList(text: string, file: string, path: readonly (string | number)[], item: string, before?: number): string {
  const { doc } = parsed(text, file);
  const seq = doc.getIn(path, true) as Node | undefined;
  if (!isSeq(seq) || !seq.range) throw new ScaffoldError(`${file} has no list at \`${path.join('.')}\`; add one by hand first. Nothing was written.`);
  const withEnd = (out: string) => (out.endsWith('\n') ? out : `${out}\n`);
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range[1]);
    const at = before !== undefined && seq.items[before] ? (seq.items[before] as Node).range![0] : close;
    const entry = before !== undefined && seq.items[before] ? `${item}, ` : seq.items.length > 0 ? `, ${item}` : item;
    const pos = entry.startsWith(',') ? text.slice(0, at).trimEnd().length : at;
    return text.slice(0, pos) + entry + text.slice(pos);
  }
  const first = seq.items[0] as Node | undefined;
  const indent = first?.range ? first.range[0] - lineStart(text, first.range[0]) - 2 : 2;
  const [head, ...rest] = item.trimEnd().split('\n');
  const entry = `${' '.repeat(indent)}- ${head}\n${rest.length ? indented(rest.join('\n'), indent + 2) : ''}`;
  const target = before !== undefined ? (seq.items[before] as Node | undefined) : undefined;
  const pos = target?.range ? lineStart(text, target.range[0]) : nextLineStart(text, seq.range[1]);
  const base = pos === text.length ? withEnd(text) : text;
  return base.slice(0, pos) + entry + base.slice(pos);
}

/**
 * Adds `entry` (YAML text of one `key: ...` map entry, nested lines without indent) at the end
 * of the map at `path`. When the file has no map at `path`, the entry goes under a new
 * `path.at(-1):` at the end of the parent map.
 */
export function insertInMap(text: string, file: string, path: readonly string[], key: string, entry: string): string {
  const { doc } = parsed(text, file);
  const map = path.length === 0 ? doc.contents : (doc.getIn(path, true) as Node | undefined);
  if (map === null || map === undefined || (isScalar(map) && (map.value === null || map.value === ''))) {
    if (path.length === 0) return `${text === '' || text.endsWith('\n') ? text : `${text}\n`}${indented(entry, 0)}`;
    if (map !== undefined && map !== null) throw new ScaffoldError(`${file}: \`${path.join('.')}\` is empty; remove it or add \`${key}\` by hand. Nothing was written.`);
    return insertInMap(text, file, path.slice(0, -1), path.at(-1)!, `${path.at(-1)}:\n${indented(entry, 2)}`);
  }
  if (!isMap(map) || map.flow || !map.range) throw new ScaffoldError(`${file}: \`${path.join('.') || '(the file)'}\` is not a block map; add \`${key}\` by hand. Nothing was written.`);
  if (map.has(key)) throw new ScaffoldError(`${file} already has \`${[...path, key].join('.')}\`. Nothing was written.`);
  const firstKey = map.items[0]?.key as Node | undefined;
  const indent = firstKey?.range ? firstKey.range[0] - lineStart(text, firstKey.range[0]) : 0;
  const pos = nextLineStart(text, map.range[1]);
  const base = pos === text.length && !text.endsWith('\n') ? `${text}\n` : text;
  return base.slice(0, pos) + indented(entry, indent) + base.slice(pos);
}
