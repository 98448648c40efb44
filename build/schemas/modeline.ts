/**
 * The `# yaml-language-server: $schema=<path>` first line that ties a YAML file to its editor
 * schema, whatever the editor's settings (a course folder outside this repository too). The path
 * is relative to the file, so it works on any checkout; it is a comment, so the loader ignores it.
 */
import { dirname, join, relative, sep } from 'node:path';
import { schemaFileOf, schemaKindOf, type SchemaKind } from './editor-schemas.ts';

/** The committed schemas folder at the repository root. */
export const SCHEMAS_DIR = join(import.meta.dirname, '../../schemas');

const PREFIX = '# yaml-language-server: $schema=';

/** The modeline for the file at `absFile` that follows schema `kind`. */
export function modelineFor(absFile: string, kind: SchemaKind): string {
  const path = relative(dirname(absFile), join(SCHEMAS_DIR, schemaFileOf(kind))).split(sep).join('/');
  return `${PREFIX}${path}`;
}

/** The modeline for `pathInCourse` in the course at `courseRoot`, or undefined for a file without a schema. */
export function modelineInCourse(courseRoot: string, pathInCourse: string): string | undefined {
  const kind = schemaKindOf(pathInCourse);
  return kind && modelineFor(join(courseRoot, pathInCourse), kind);
}

/** The schema path a file's first-line modeline names, or undefined without one. */
export function modelineOf(text: string): string | undefined {
  const first = text.split('\n', 1)[0]!.trimEnd();
  return first.startsWith(PREFIX) ? first.slice(PREFIX.length) : undefined;
}

/** `text` with `modeline` as its first line, replacing an older modeline there. */
export function withModeline(text: string, modeline: string): string {
  if (modelineOf(text) === undefined) return `${modeline}\n${text}`;
  const rest = text.indexOf('\n');
  return rest < 0 ? `${modeline}\n` : `${modeline}\n${text.slice(rest + 1)}`;
}
