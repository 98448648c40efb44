/**
 * JSON Schemas for translation files (`i18n/<locale>.yaml`), derived from the same description
 * the loader uses (build/load/translatable.ts). Translation files have no zod schema: the loader
 * reads them as flat keys and compares them with the source's keys. Deriving the editor schema
 * from `courseTexts` / `moduleTexts` keeps one source of truth, so a new translatable field shows
 * up in editors after `npm run schemas`.
 *
 * What the schema can and cannot say. It gives the structure and completion of keys (`title`,
 * `activities.<id>.nodes.<id>.choices.<id>.text`, ...), but ids are free keys: which activities,
 * nodes or choices exist is in module.yaml, so an unknown id (`TranslationKeyUnknown`) and a
 * missing key (`TranslationKeyMissing`) are found by the build, not the editor. Per activity it
 * offers the fields of every activity type at once, since the type is written in module.yaml.
 */
import type { TextSpec } from '../load/translatable.ts';

export type JsonSchema = Record<string, unknown>;

/**
 * The loader reads translation files with YAML's failsafe schema, so `no`, `1.10` or `true` are
 * text there; an editor reads them as a boolean or number. Both are accepted so the editor never
 * flags what the build takes. An empty value is null to an editor, which is rightly flagged
 * (`TranslationEmpty` in the build).
 */
const TEXT_TYPES = ['string', 'number', 'boolean'];

/** Keys written with dots (`activities.intro.title: …`) are valid anywhere; the build checks them. */
const DOTTED_KEYS = { '^[^.]+\\.': {} };

export function translationSchema(spec: TextSpec): JsonSchema {
  switch (spec.kind) {
    case 'text':
      return { type: TEXT_TYPES, description: spec.limit ? `Translated text, at most ${spec.limit} characters.` : 'Translated text.' };
    case 'texts':
      return { type: 'array', minItems: 1, items: { type: TEXT_TYPES }, description: 'A list of texts in this language (for example the accepted answers of a fill-in item).' };
    case 'fields':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(spec.fields).map(([name, field]) => [name, translationSchema(field)])),
        patternProperties: DOTTED_KEYS,
        additionalProperties: false,
      };
    case 'list':
      return spec.keyBy === 'id'
        ? { type: 'object', description: 'Keyed by the ids in the source file.', additionalProperties: translationSchema(spec.item) }
        : {
            description: 'A list in the same order and of the same length as in the source file (or a map keyed by 0, 1, 2, ...).',
            anyOf: [
              { type: 'array', items: translationSchema(spec.item) },
              { type: 'object', patternProperties: { '^[0-9]+$': translationSchema(spec.item) }, additionalProperties: false },
            ],
          };
    case 'inner':
      // The entry is the key itself (a dialogue line is translated as its text alone).
      return translationSchema(spec.spec);
    case 'variant':
      return mergedCases(Object.values(spec.cases));
  }
}

/**
 * The fields of every case in one object: in a translation file an activity's type is not
 * written, so completion offers what any activity type may translate. Two cases that give one
 * field different shapes would make that impossible, so that stops the generator.
 */
function mergedCases(cases: TextSpec[]): JsonSchema {
  const fields: Record<string, TextSpec> = {};
  for (const spec of cases) {
    if (spec.kind !== 'fields') throw new Error(`A variant case of kind "${spec.kind}" cannot be merged into one translation schema.`);
    for (const [name, field] of Object.entries(spec.fields)) {
      const seen = fields[name];
      if (seen && JSON.stringify(seen) !== JSON.stringify(field)) {
        throw new Error(`Field "${name}" is translated differently by two activity types; the translation schema cannot offer both.`);
      }
      fields[name] = field;
    }
  }
  return translationSchema({ kind: 'fields', fields });
}
