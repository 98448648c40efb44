/**
 * Finds the text in built course data by its zod schema: every value the content model declares
 * as `TextSchema` (what an author writes and a translator translates) and a page's compiled
 * `html`. The split (split-course.ts) blanks that text to keep a course's structure without its
 * words. Reading the schema, not a list of field names, keeps the split right when the model
 * grows: a new text field is text because its schema says so, and a new id, number or flag
 * stays because it is not text.
 */
import type { z } from 'zod';
import { PageDataSchema } from '../../course/schema/course-data.ts';
import { TextSchema } from '../../course/schema/ids.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional', 'catch']);

/** Schemas whose values are text: translated text, and a page's Markdown compiled to HTML. */
const TEXT = new Set<z.ZodType>([TextSchema, PageDataSchema.shape.html]);

/** Strips optional/default wrappers and picks the member of a discriminated union the data selects. */
function resolve(schema: z.ZodType | undefined, data: unknown): z.ZodType | undefined {
  let s = schema;
  while (s && !TEXT.has(s)) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'union' && def.discriminator && def.options) {
      const wanted = (data as Record<string, unknown> | undefined)?.[def.discriminator];
      s = def.options.find((o) => (defOf(defOf(o).shape?.[def.discriminator!] ?? o).values ?? []).includes(wanted));
    } else return s;
  }
  return s;
}

/** What becomes of the text, and of lists, on the way through the data. */
export interface TextVisitor {
  /** The replacement for a text at `path` (field names and list positions). */
  text(value: string, path: readonly (string | number)[]): unknown;
  /**
   * The replacement for a list of texts (a fill-in's accepted answers, whose number differs per
   * locale); by default each text is replaced on its own.
   */
  texts?(values: string[], path: readonly (string | number)[]): unknown[];
  /** The replacement for any other list at `path`, or undefined to walk into it. */
  list?(value: unknown[], path: readonly (string | number)[]): unknown[] | undefined;
}

/**
 * A copy of `data` (valid for `schema`) with every text replaced as `visit` says. Values the
 * schema does not describe are kept as they are.
 */
export function mapText<T>(schema: z.ZodType, data: T, visit: TextVisitor): T {
  return walk(schema, data, visit, []) as T;
}

function walk(schema: z.ZodType | undefined, data: unknown, visit: TextVisitor, path: (string | number)[]): unknown {
  const s = resolve(schema, data);
  if (!s) return data;
  if (TEXT.has(s)) return typeof data === 'string' ? visit.text(data, path) : data;
  const def = defOf(s);
  if (def.type === 'array' && Array.isArray(data)) {
    const element = resolve(def.element, undefined);
    const ofText = element !== undefined && TEXT.has(element);
    if (ofText && visit.texts) return visit.texts(data as string[], path);
    return (ofText ? undefined : visit.list?.(data, path)) ?? data.map((item, i) => walk(def.element, item, visit, [...path, i]));
  }
  if (def.type === 'object' && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, walk(def.shape?.[key], value, visit, [...path, key])]));
  }
  return data;
}
