/**
 * Validates a YAML file against its zod schema and turns every issue into a ContentError at the
 * exact node: unknown fields (with "did you mean"), missing fields, malformed ids and values out
 * of range. zod reports all issues in one pass, so one run shows every problem in the file.
 */
import type { z } from 'zod';
import { ID_PATTERN } from '../../course/schema/ids.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import { describeField, describePath, type Root } from './describe-path.ts';
import { describeExpected, fieldsAt, isIdSchema, optionsOf, schemaAt } from './schema-shape.ts';
import type { YamlFile } from './yaml-file.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

export interface SchemaCheck<T> {
  /** The parsed value (defaults filled) when the whole file is valid. */
  value?: T;
  errors: ContentError[];
  /** Paths that had issues, for rules that skip the broken parts and check the rest. */
  issuePaths: PropertyKey[][];
}

export function checkSchema<S extends z.ZodType>(schema: S, file: YamlFile, root: Root): SchemaCheck<z.output<S>> {
  if (!isRecord(file.data)) {
    const found = file.data === null || file.data === undefined ? 'empty' : Array.isArray(file.data) ? 'a list' : 'a single value';
    return { errors: [contentError('NotAMap', { file: file.file, found, fields: fieldsAt(schema, [], {}) }, file.locate([]))], issuePaths: [[]] };
  }
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return { value: result.data, errors: [], issuePaths: [] };
  const issues = result.error.issues as Issue[];
  const renamed = renamedFields(issues, schema, file.data);
  const errors = issues
    .filter((issue) => !(isMissing(issue) && renamed.has(pathKey(issue.path))))
    .flatMap((issue) => issueErrors(issue, schema, file, root));
  return { errors, issuePaths: issues.map((i) => [...i.path]) };
}

const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join('\u0000');
/** zod reports an unknown discriminator with the whole entry as input; the value itself is what is wrong. */
function discriminatorValue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !('discriminator' in issue) || typeof issue.discriminator !== 'string') return issue;
  const entry = issue.input;
  if (entry === null || typeof entry !== 'object') return issue;
  return { ...issue, input: (entry as Record<string, unknown>)[issue.discriminator] };
}

const isMissing = (issue: Issue): boolean => discriminatorValue(issue).input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union');

/**
 * A mistyped field is both unknown and, under its right name, missing. The "did you mean" on the
 * unknown one says it all, so the missing one is left out: these are the paths it would have.
 */
function renamedFields(issues: Issue[], schema: z.ZodType, data: unknown): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = fieldsAt(schema, issue.path, data);
    for (const key of issue.keys) {
      const suggestion = closest(key, allowed);
      if (suggestion) paths.add(pathKey([...issue.path, suggestion]));
    }
  }
  return paths;
}

function issueErrors(original: Issue, schema: z.ZodType, file: YamlFile, root: Root): ContentError[] {
  const issue = discriminatorValue(original);
  const data = file.data;
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsAt(schema, path, data);
    const owner = describePath(data, path, root);
    return issue.keys.map((field) => {
      const suggestion = closest(field, allowed);
      return contentError('UnknownField', { field, owner, allowed, ...(suggestion ? { suggestion } : {}) }, file.locate([...path, field], { part: 'key' }));
    });
  }
  const { field, owner } = describeField(data, path, root);
  const expectedSchema = schemaAt(schema, path, data);
  // An unknown discriminator (`type`, `kind`) comes with its allowed values; the schema walk cannot pick a member.
  const unionOptions = issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : undefined;
  const expected = unionOptions ? `one of: ${unionOptions.join(', ')}` : describeExpected(expectedSchema);
  if (isMissing(issue)) {
    return [contentError('MissingField', { field, owner, expected }, file.locate(path.slice(0, -1)))];
  }
  const at = file.locate(path);
  if (isIdSchema(expectedSchema) && typeof issue.input === 'string') {
    const suggestion = kebab(issue.input);
    return [contentError('InvalidId', { field, owner, value: issue.input, problem: issue.message, ...(suggestion ? { suggestion } : {}) }, at)];
  }
  const options = unionOptions ?? optionsOf(expectedSchema);
  const subject = typeof path.at(-1) === 'number' ? describePath(data, path, root) : `\`${field}\` in ${owner}`;
  const suggestion = typeof issue.input === 'string' && options.length > 0 ? closest(issue.input, options) : undefined;
  return [
    contentError(
      'InvalidValue',
      { subject, problem: problemOf(issue, options), advice: adviceFor(issue, expected), ...(suggestion ? { suggestion } : {}) },
      at,
    ),
  ];
}

/** The middle of "`score` in choice "x" … must be at most 10, but is 12". */
function problemOf(issue: Issue, options: string[]): string {
  const input = issue.input;
  // The content model's own messages are written as predicates ("is empty", "is not a version like 1.0.0").
  const own = issue.message.startsWith('is ') ? issue.message : undefined;
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      if (own) return own;
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const bound = `${issue.code === 'too_big' ? 'at most' : 'at least'} ${limit}`;
      if (Array.isArray(input)) {
        return issue.code === 'too_big'
          ? `has ${input.length} entries, but at most ${limit} are allowed`
          : `needs ${bound} ${limit === 1 ? 'entry' : 'entries'}, but has ${input.length}`;
      }
      if (typeof input === 'string') return `must be ${bound} characters long, but has ${input.length}`;
      return `must be ${bound}, but is ${String(input)}`;
    }
    case 'invalid_value':
    case 'invalid_union':
      return `is ${shown(input)}, which is not one of: ${options.join(', ')}`;
    case 'invalid_type':
      return `should be ${describeType(issue.expected)}, but is ${shown(input)}`;
    case 'invalid_format':
      return own ? `${own}: ${shown(input)}` : `is not a valid ${issue.format}: ${shown(input)}`;
    default:
      return own ?? `is not valid (${issue.message})`;
  }
}

function adviceFor(issue: Issue, expected: string): string {
  // YAML reads unquoted 1.0 as a number and true as a boolean; the fix is quotes, not another value.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) {
    return 'put the value in quotes so YAML reads it as text.';
  }
  return `use ${expected}.`;
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a map of fields',
  };
  return names[expected] ?? expected;
}

/** How a wrong value reads in a message. */
function shown(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 59)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  return String(value);
}

/** The kebab-case form of a mistyped id, if there is a sensible one. */
function kebab(value: string): string | undefined {
  const id = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id && ID_PATTERN.test(id) && id !== value ? id : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
