/**
 * `npm run schemas`: writes the editor schemas to `schemas/` from the zod schemas and the
 * translatable-text description (editor-schemas.ts), and gives every YAML file of the course in
 * course/content the modeline that names its schema. Run it after changing course/schema/ or
 * build/load/translatable.ts; build/schemas/schemas.test.ts fails until it has run.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EDITOR_SCHEMAS, editorSchema } from './editor-schemas.ts';
import { modelineInCourse, modelineOf, SCHEMAS_DIR, withModeline } from './modeline.ts';

/** Each schema file's name and its text, as committed. */
export function renderSchemas(): Map<string, string> {
  return new Map(EDITOR_SCHEMAS.map((s) => [s.file, `${JSON.stringify(editorSchema(s.kind), null, 2)}\n`]));
}

/** Every YAML file of the course at `root` that has an editor schema, by its path inside the course. */
export async function courseYamlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((path) => modelineInCourse(root, path) !== undefined)
    .sort();
}

/** Adds or corrects the modeline of every schema-bound YAML file in `root`; returns the files changed. */
export async function stampModelines(root: string): Promise<string[]> {
  const changed: string[] = [];
  for (const path of await courseYamlFiles(root)) {
    const file = join(root, path);
    const text = await readFile(file, 'utf8');
    const modeline = modelineInCourse(root, path)!;
    if (modelineOf(text) === modeline.slice(modeline.indexOf('=') + 1)) continue;
    await writeFile(file, withModeline(text, modeline));
    changed.push(path);
  }
  return changed;
}

const REAL_COURSE = join(import.meta.dirname, '../../course/content');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [file, text] of renderSchemas()) await writeFile(join(SCHEMAS_DIR, file), text);
  console.log(`Wrote ${EDITOR_SCHEMAS.length} schemas to schemas/.`);
  const stamped = await stampModelines(REAL_COURSE);
  if (stamped.length > 0) console.log(`Added the schema modeline to ${stamped.length} file(s) in course/content:\n  ${stamped.join('\n  ')}`);
}
