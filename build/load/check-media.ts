/**
 * The media files pages show, checked before they ship: each is a file inside the course folder
 * of a sane size, an image type browsers show in a page, with content that is that image (not a
 * web page renamed `.png`), and an SVG is a still picture (svg-check.ts). Packages are served
 * from the LMS's own web address, so a media file that can run would run as the learner.
 */
import { extname } from 'node:path';
import { contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import { readAuthoredFile, readAuthoredText } from './authored-text.ts';
import { checkSvg } from './svg-check.ts';
import { locationAt } from './text-location.ts';

/** Learners download every image with the package, often on a phone: no course picture needs more. */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;

/** Raster formats by extension, each with how to recognise its first bytes. */
const RASTER: Record<string, { name: string; test: (b: Buffer) => boolean }> = {
  '.png': { name: 'a PNG', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  '.jpg': { name: 'a JPEG', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.gif': { name: 'a GIF', test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  '.webp': { name: 'a WebP', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  '.avif': { name: 'an AVIF', test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(b.subarray(8, 12).toString('latin1')) },
};
RASTER['.jpeg'] = RASTER['.jpg']!;

export const IMAGE_EXTENSIONS = [...Object.keys(RASTER), '.svg'];

/** At most this many SVG findings per file: one file full of event handlers needs one fix, not a page of errors. */
const MAX_SVG_FINDINGS = 5;

/** `file` is relative to the course root (`modules/<id>/media/<name>`). */
export async function checkMedia(root: string, file: string): Promise<ContentError[]> {
  const ext = extname(file).toLowerCase();
  if (!IMAGE_EXTENSIONS.includes(ext)) {
    return [contentError('MediaTypeNotAllowed', { file, ext, allowed: IMAGE_EXTENSIONS }, wholeFile(file))];
  }
  if (ext === '.svg') return checkSvgFile(root, file);
  const read = await readAuthoredFile(root, file, { maxBytes: MAX_MEDIA_BYTES, kind: 'media' });
  if (read === undefined) return [];
  if ('error' in read) return [read.error];
  // Browsers show any of these formats whatever the extension says; anything else is a broken image or worse.
  if (Object.values(RASTER).some((format) => format.test(read.bytes))) return [];
  return [contentError('MediaNotAnImage', { file, expected: RASTER[ext]!.name, found: describeContent(read.bytes) }, wholeFile(file))];
}

async function checkSvgFile(root: string, file: string): Promise<ContentError[]> {
  const read = await readAuthoredText(root, file, { maxBytes: MAX_MEDIA_BYTES, kind: 'media' });
  if (read === undefined) return [];
  if ('error' in read) return [read.error];
  const seen = new Set<string>();
  const errors: ContentError[] = [];
  for (const problem of checkSvg(read.text)) {
    if (seen.has(problem.found) || errors.length >= MAX_SVG_FINDINGS) continue;
    seen.add(problem.found);
    const at = locationAt(file, read.text, problem.offset, problem.length);
    errors.push(
      problem.kind === 'unsafe'
        ? contentError('UnsafeSvg', { found: problem.found, effect: problem.effect }, at)
        : contentError('SvgUnreadable', { problem: problem.found }, at),
    );
  }
  return errors;
}

function describeContent(bytes: Buffer): string {
  const start = bytes.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  if (bytes.length === 0) return 'nothing (it is empty)';
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) return 'an SVG drawing (name it .svg)';
  if (start.startsWith('<')) return 'HTML or XML text';
  if (start.startsWith('%pdf')) return 'a PDF document';
  if (start.startsWith('pk')) return 'a ZIP archive or an Office document';
  if (bytes.subarray(4, 12).toString('latin1').startsWith('ftyphei')) return 'a HEIC photo (from a phone), which most browsers cannot show';
  return 'something that is not a PNG, JPEG, GIF, WebP or AVIF image';
}
