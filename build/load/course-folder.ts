/**
 * Listing an authored course folder: module folders, page files, media files and translation
 * files. Missing folders are simply empty (a module without pages is fine), so callers report
 * what is missing in the author's terms.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Names of entries in `dir` of the given kind, sorted; empty when `dir` does not exist. A
 * symbolic link counts as what it points to, so the author hears about the link itself (it may
 * lead out of the course, see authored-text.ts) rather than that the file is missing.
 */
export async function listNames(dir: string, kind: 'file' | 'dir'): Promise<string[]> {
  return (await listEntries(dir)).filter((e) => e.kind === kind).map((e) => e.name);
}

/** Every file under `dir`, as paths relative to it with forward slashes. Linked folders are not entered (a link may lead round in a circle). */
export async function listFilesDeep(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await listEntries(dir)) {
    if (entry.kind === 'dir' && !entry.link) for (const inner of await listFilesDeep(join(dir, entry.name))) out.push(`${entry.name}/${inner}`);
    if (entry.kind === 'file') out.push(entry.name);
  }
  return out.sort();
}

interface Entry {
  name: string;
  kind: 'file' | 'dir' | 'other';
  link: boolean;
}

async function listEntries(dir: string): Promise<Entry[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const out: Entry[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (!e.isSymbolicLink()) {
      out.push({ name: e.name, kind: e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other', link: false });
      continue;
    }
    // A link that leads nowhere (or round in a circle) is listed as a file, so reading it reports what is wrong.
    const target = await stat(join(dir, e.name)).catch(() => undefined);
    out.push({ name: e.name, kind: target?.isDirectory() ? 'dir' : target && !target.isFile() ? 'other' : 'file', link: true });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `nl.yaml` → `nl`; undefined for files that are not `<locale>.yaml`. */
export const localeOfYaml = (name: string): string | undefined => /^([A-Za-z-]+)\.ya?ml$/.exec(name)?.[1];
