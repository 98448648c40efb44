/**
 * Reading an authored file (YAML, Markdown, SVG) the way the loader can trust it: a regular file
 * inside the course folder, of a sane size, UTF-8, without invisible control characters. Every
 * way a file can fail that is an authoring mistake with a place (a folder named course.yaml, a
 * link to a file elsewhere on the computer, a page that is really an image, a UTF-16 file, a NUL
 * pasted from another program), never a stack trace or text with garbage in it.
 */
import { isUtf8 } from 'node:buffer';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import { formatBytes } from '../report.ts';
import { locationAt } from './text-location.ts';

export type AuthoredBytes = { bytes: Buffer } | { error: ContentError };
export type AuthoredText = { text: string } | { error: ContentError };

export interface ReadOptions {
  /** Largest size accepted, in bytes. */
  maxBytes?: number;
  /** Which limit (and advice) applies. */
  kind?: 'text' | 'media';
}

/** No authored YAML or Markdown file comes near this (the largest module.yaml is about 35 KB). */
export const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * `file` is relative to `root`, with forward slashes. Undefined when there is nothing at that
 * name (callers say what is missing in their own terms).
 */
export async function readAuthoredFile(root: string, file: string, options: ReadOptions = {}): Promise<AuthoredBytes | undefined> {
  const checked = await checkedPath(root, file);
  if (checked === undefined || 'error' in checked) return checked;
  const maxBytes = options.maxBytes ?? MAX_TEXT_BYTES;
  if (checked.size > maxBytes) {
    const params = { file, size: formatBytes(checked.size), limit: formatBytes(maxBytes), kind: options.kind ?? 'text' };
    return { error: contentError('FileTooLarge', params, wholeFile(file)) };
  }
  try {
    return { bytes: await readFile(checked.path) };
  } catch (error) {
    return { error: unreadable(file, error) };
  }
}

/** Reads a text file and checks its encoding and characters. */
export async function readAuthoredText(root: string, file: string, options: ReadOptions = {}): Promise<AuthoredText | undefined> {
  const read = await readAuthoredFile(root, file, options);
  if (read === undefined || 'error' in read) return read;
  const problem = textProblem(file, read.bytes);
  if (problem) return { error: problem };
  // A UTF-8 byte order mark is harmless; the text starts after it.
  return { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** A `LinkOutsideCourse` error when `file` (a file or a folder) resolves to somewhere outside the course folder. */
export async function linkedOutside(root: string, file: string): Promise<ContentError | undefined> {
  const [real, realRoot] = await Promise.all([realpath(join(root, file)).catch(() => undefined), realpath(root)]);
  if (real === undefined) return undefined;
  const rel = relative(realRoot, real);
  return rel.startsWith('..') || isAbsolute(rel) ? contentError('LinkOutsideCourse', { file, target: real }, wholeFile(file)) : undefined;
}

/** The path to read once it is known to be a regular file inside the course folder. */
async function checkedPath(root: string, file: string): Promise<{ path: string; size: number } | { error: ContentError } | undefined> {
  const path = join(root, file);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const link = await lstat(path).then((l) => l.isSymbolicLink(), () => false);
      return link ? { error: contentError('NotAFile', { file, found: 'a symbolic link to something that does not exist' }, wholeFile(file)) } : undefined;
    }
    if (code === 'ELOOP') return { error: contentError('NotAFile', { file, found: 'a symbolic link that leads round in a circle' }, wholeFile(file)) };
    return { error: unreadable(file, error) };
  }
  // Checked before the kind, so a link to a folder elsewhere is reported as the link it is.
  const outside = await linkedOutside(root, file);
  if (outside) return { error: outside };
  if (!info.isFile()) {
    const found = info.isDirectory() ? 'a folder' : 'a special file (a device, pipe or socket)';
    return { error: contentError('NotAFile', { file, found }, wholeFile(file)) };
  }
  return { path, size: info.size };
}

function unreadable(file: string, error: unknown): ContentError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `the system reports ${code ?? String(error)}`;
  return contentError('FileUnreadable', { file, reason }, wholeFile(file));
}

/** Byte order marks of the encodings people save text in by mistake (UTF-32 before UTF-16: they share a prefix). */
const BOMS: [string, number[]][] = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
];

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL, a bell',
  0x08: 'BACKSPACE',
  0x0b: 'a vertical tab',
  0x0c: 'a form feed, a page break',
  0x1b: 'ESC, an escape',
  0x7f: 'DEL',
};

function textProblem(file: string, bytes: Buffer): ContentError | undefined {
  const bom = BOMS.find(([, marks]) => marks.every((b, i) => bytes[i] === b));
  if (bom) {
    return contentError('WrongEncoding', { file, found: `it is saved as ${bom[0]} (it starts with that encoding's byte order mark)` }, wholeFile(file));
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    // Lossy text for the frame: the valid part before the bad byte is exactly what the author wrote.
    const lossy = visible(bytes.toString('utf8'));
    const offset = bytes.subarray(0, bad).toString('utf8').length;
    const binary = looksBinary(bytes);
    const found = binary
      ? 'it looks like a binary file (an image, a document or an archive), not text'
      : `byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} here is not UTF-8; the file is probably saved in an older encoding such as Windows-1252 or Latin-1`;
    return contentError('WrongEncoding', { file, found }, binary ? wholeFile(file) : locationAt(file, lossy, offset));
  }
  const text = bytes.toString('utf8');
  const matches = [...text.matchAll(CONTROL)];
  const first = matches[0];
  if (!first) return undefined;
  const codePoint = first[0].codePointAt(0)!;
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const params = { code, name: CONTROL_NAMES[codePoint] ?? 'a control character', more: matches.length - 1 };
  return contentError('ControlCharacter', params, locationAt(file, visible(text), first.index));
}

/** Control characters as visible symbols (␀, ␛, …), one for one, so a code frame shows where they are. */
const visible = (text: string): string =>
  text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
  });

/** Binary formats are full of NULs; text in another encoding has some bytes above 0x7F, not most. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return true;
  let high = 0;
  for (const byte of sample) if (byte >= 0x80) high++;
  return high > sample.length * 0.3;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}
