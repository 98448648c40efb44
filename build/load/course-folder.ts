/**
 * Listing an authored course folder: module folders, page files, media files and translation
 * files. Missing folders are simply empty (a module without pages is fine), so callers report
 * what is missing in the author's terms.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Names of entries in `dir` of the given kind, sorted; empty when `dir` does not exist. */
export async function listNames(dir: string, kind: 'file' | 'dir'): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => (kind === 'dir' ? e.isDirectory() : e.isFile()))
      .map((e) => e.name)
      .filter((name) => !name.startsWith('.'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFilesDeep(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await listNames(dir, 'dir')) {
    for (const inner of await listFilesDeep(join(dir, name))) out.push(`${name}/${inner}`);
  }
  out.push(...(await listNames(dir, 'file')));
  return out.sort();
}

/** `nl.yaml` → `nl`; undefined for files that are not `<locale>.yaml`. */
export const localeOfYaml = (name: string): string | undefined => /^([A-Za-z-]+)\.ya?ml$/.exec(name)?.[1];
