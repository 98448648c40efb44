/**
 * Validates a YAML file against its committed editor schema with Ajv, the way an editor would:
 * the YAML is read with the default (core) schema, as the YAML language server reads it. Tests use
 * it to prove the schemas accept every real course file and every scaffolded one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { EDITOR_SCHEMAS, type SchemaKind } from './editor-schemas.ts';
import { SCHEMAS_DIR } from './modeline.ts';

export type YamlValidator = (kind: SchemaKind, yamlText: string) => string[];

/** A validator over the schemas in `schemas/` (the committed files, not freshly generated ones). */
export function schemaValidator(): YamlValidator {
  // Union types are used on purpose in translation schemas (translation-schema.ts).
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  // zod writes `format: uri` for `z.url()`; Ajv knows no formats without a plugin, and URL parsing is the same test.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  const compiled = new Map<SchemaKind, ValidateFunction>(
    EDITOR_SCHEMAS.map((s) => [s.kind, ajv.compile(JSON.parse(readFileSync(join(SCHEMAS_DIR, s.file), 'utf8')) as object)]),
  );
  return (kind, yamlText) => {
    const validate = compiled.get(kind)!;
    if (validate(parse(yamlText))) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  };
}
