/**
 * The JSON Schemas editors use for the YAML files an author writes: which file of a course each
 * one is for, and how it is made. Course, module and cast files come from their zod schemas with
 * zod's own `z.toJSONSchema`; translation files from the translatable-text description
 * (translation-schema.ts). `npm run schemas` writes them to `schemas/` (generate.ts), and a test
 * fails when a zod schema changes without it.
 *
 * Generated from the input side (`io: 'input'`): what an author may write, so fields with a
 * default are optional. JSON Schema cannot express what the loader checks beyond one field's
 * shape: text is trimmed before "not empty" (so "   " passes the editor), and cross-references
 * (competence ids, `next` and `start` nodes, unique ids, the module id equal to its folder, a
 * quiz's `correct` option, `draw` within the pool, `write` or `sort` in an exercise, session-plan
 * minutes adding up, files such as pages, cover and cards existing, label lengths, `baseIri` and
 * source addresses being http(s)) are found by the build at `file:line:col`.
 */
import { z } from 'zod';
import { CastRegistrySchema } from '../../course/schema/cast-registry.ts';
import { CourseSchema } from '../../course/schema/course.ts';
import { ModuleSchema } from '../../course/schema/module.ts';
import { courseTexts, moduleTexts } from '../load/translatable.ts';
import { translationSchema, type JsonSchema } from './translation-schema.ts';

export type SchemaKind = 'course' | 'module' | 'course-translation' | 'module-translation' | 'cast';

export interface EditorSchema {
  kind: SchemaKind;
  /** File name under `schemas/`. */
  file: string;
  title: string;
  /** Globs (from the repository root) for `yaml.schemas` in .vscode/settings.json. */
  globs: readonly string[];
  build(): JsonSchema;
}

/** Draft-07: the newest draft the YAML language server (VS Code's Red Hat YAML) fully supports. */
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const GUIDE = 'See docs/content-guide.md; the build (`workmentor build`) checks everything this schema cannot.';

const fromZod = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', target: 'draft-07' }) as JsonSchema;

const fromTexts = (spec: Parameters<typeof translationSchema>[0]): JsonSchema => ({ $schema: DRAFT_07, ...translationSchema(spec) });

export const EDITOR_SCHEMAS: readonly EditorSchema[] = [
  { kind: 'course', file: 'course.schema.json', title: 'course.yaml: a WORKMENTOR course', globs: ['**/course.yaml'], build: () => fromZod(CourseSchema) },
  { kind: 'module', file: 'module.schema.json', title: 'module.yaml: one module of a WORKMENTOR course', globs: ['**/modules/*/module.yaml'], build: () => fromZod(ModuleSchema) },
  {
    kind: 'course-translation',
    file: 'course-translation.schema.json',
    title: 'i18n/<locale>.yaml: the translation of course.yaml',
    // Not `**/i18n/*.yaml`: that also matches module translations, and two schemas on one file
    // are combined by the YAML extension. Other course folders get the schema from their modeline.
    globs: ['course/content/i18n/*.yaml', 'tests/fixtures/course/i18n/*.yaml'],
    build: () => fromTexts(courseTexts),
  },
  {
    kind: 'module-translation',
    file: 'module-translation.schema.json',
    title: 'modules/<id>/i18n/<locale>.yaml: the translation of a module.yaml',
    globs: ['**/modules/*/i18n/*.yaml'],
    build: () => fromTexts(moduleTexts),
  },
  { kind: 'cast', file: 'cast.schema.json', title: 'cast.yaml: the faces of the people in the dialogues', globs: ['**/cast.yaml'], build: () => fromZod(CastRegistrySchema) },
];

/** The schema of one kind, with its title and a pointer to the guide, as written to `schemas/`. */
export function editorSchema(kind: SchemaKind): JsonSchema {
  const entry = EDITOR_SCHEMAS.find((s) => s.kind === kind)!;
  const { $schema, ...rest } = entry.build();
  return { $schema: $schema ?? DRAFT_07, title: entry.title, description: GUIDE, ...rest };
}

/** Which editor schema a file of a course folder follows, by its path inside the folder. */
export function schemaKindOf(pathInCourse: string): SchemaKind | undefined {
  const path = pathInCourse.split('\\').join('/');
  if (path === 'course.yaml') return 'course';
  if (path === 'cast.yaml') return 'cast';
  if (/^i18n\/[^/]+\.yaml$/.test(path)) return 'course-translation';
  if (/^modules\/[^/]+\/module\.yaml$/.test(path)) return 'module';
  if (/^modules\/[^/]+\/i18n\/[^/]+\.yaml$/.test(path)) return 'module-translation';
  return undefined;
}

export const schemaFileOf = (kind: SchemaKind): string => EDITOR_SCHEMAS.find((s) => s.kind === kind)!.file;
