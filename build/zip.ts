/**
 * Reproducible zips with archiver: entries sorted by path and stamped with one fixed date, so
 * the same sources always give byte-identical packages (an LMS re-upload then changes nothing).
 */
import { ZipArchive } from 'archiver';
import type { FileSet } from './context.ts';

/** 1 January 2020, local-time independent (archiver writes DOS times in local time otherwise). */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export async function zipFiles(files: FileSet): Promise<Buffer> {
  const archive = new ZipArchive({ zlib: { level: 9 }, forceLocalTime: false });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    archive.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.on('end', () => resolve(Buffer.concat(chunks)));
    archive.on('error', reject);
  });
  for (const p of [...files.keys()].sort()) archive.append(files.get(p)!, { name: p, date: FIXED_DATE, mode: 0o644 });
  await archive.finalize();
  return done;
}
