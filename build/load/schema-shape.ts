/**
 * Reads the zod content model at a data path: which fields an object allows (for "did you mean"
 * on unknown fields) and how to describe the value a field expects (for "add `x:` with ...").
 * Messages are derived from the schema itself, so they stay right when the model changes.
 */
import type { z } from 'zod';
import { IdSchema, LocaleSchema, TextSchema } from '../../course/schema/ids.ts';
import type { DataPath } from './yaml-file.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
  in?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional', 'catch']);

/** Strips optional/default wrappers and picks the union member the data selects. */
function resolve(schema: z.ZodType | undefined, data: unknown): z.ZodType | undefined {
  let s = schema;
  while (s) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'union' && def.discriminator && def.options) {
      const wanted = (data as Record<string, unknown> | undefined)?.[def.discriminator];
      const match = def.options.find((o) => defOf(o).shape?.[def.discriminator!] && literalValues(defOf(o).shape![def.discriminator!]!).includes(wanted));
      if (!match) return s;
      s = match;
    } else return s;
  }
  return s;
}

const literalValues = (schema: z.ZodType): unknown[] => defOf(schema).values ?? [];

/** The schema of the value at `path` inside data validated by `root`. */
export function schemaAt(root: z.ZodType, path: DataPath, data: unknown): z.ZodType | undefined {
  let schema = resolve(root, data);
  let value: unknown = data;
  for (const segment of path) {
    if (!schema) return undefined;
    const def = defOf(schema);
    if (def.type === 'object') schema = def.shape?.[String(segment)];
    else if (def.type === 'array') schema = def.element;
    // A map keyed by name (the cast registry): every key holds the same kind of value.
    else if (def.type === 'record') schema = def.valueType;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    schema = resolve(schema, value);
  }
  return schema;
}

/** Field names an object schema allows at `path` (empty if it is not an object). */
export function fieldsAt(root: z.ZodType, path: DataPath, data: unknown): string[] {
  const schema = schemaAt(root, path, data);
  const shape = schema ? defOf(schema).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

/** Allowed values of an enum or literal schema (empty for anything else). */
export function optionsOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(schema);
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  if (def.type === 'literal') return (def.values ?? []).map(String);
  if (def.type === 'union' && def.discriminator && def.options) {
    return def.options.flatMap((o) => literalValues(defOf(o).shape?.[def.discriminator!] ?? o).map(String));
  }
  return [];
}

export const isIdSchema = (schema: z.ZodType | undefined): boolean => schema === IdSchema;

/** "a whole number from 0 to 10", "one of: good, acceptable, poor", ... */
export function describeExpected(schema: z.ZodType | undefined): string {
  if (!schema) return 'a value';
  if (schema === IdSchema) return 'a kebab-case id such as "greet-apprentice"';
  if (schema === TextSchema) return 'text';
  if (schema === LocaleSchema) return 'a language tag such as de, nb or pt-BR (the shortest code of a real language, lower case: nl, not dut or NL)';
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'text';
    case 'number': {
      const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const kind = n.isInt ? 'a whole number' : 'a number';
      const min = Number.isFinite(n.minValue) ? n.minValue : undefined;
      const max = Number.isFinite(n.maxValue) && (n.maxValue ?? 0) < Number.MAX_SAFE_INTEGER ? n.maxValue : undefined;
      if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
      if (min !== undefined) return `${kind} of at least ${min}`;
      return kind;
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
    case 'literal':
    case 'union': {
      const options = optionsOf(schema);
      return options.length === 1 ? `"${options[0]}"` : `one of: ${options.join(', ')}`;
    }
    case 'array':
      return 'a list (entries on their own lines starting with "- ")';
    case 'object':
      return 'its fields indented below it';
    default:
      return 'a value';
  }
}
