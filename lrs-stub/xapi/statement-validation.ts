/**
 * Turns a request body into validated statements, or one `invalid` error whose message lists
 * every broken rule as `statement.<path>: <what is wrong>` (prefixed with the batch index for
 * arrays), so a client sees all its mistakes at once and each points at its property.
 */
import type { z } from 'zod';
import { statementSchema, type Statement } from './statement-schema.ts';
import type { XapiVersion } from './versions.ts';
import { invalid } from './xapi-error.ts';

const MAX_LISTED_PROBLEMS = 10;

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `has unknown propert${issue.keys.length > 1 ? 'ies' : 'y'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} (xAPI allows only the properties it defines, and extensions for the rest)`;
  }
  if (issue.code === 'invalid_type' && issue.input === null) return 'must not be null; omit the property instead';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  return issue.message;
}

export function formatIssues(root: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`))
      .join('');
    return `${root}${path}: ${describe(issue)}`;
  });
  if (issues.length > MAX_LISTED_PROBLEMS) lines.push(`(and ${issues.length - MAX_LISTED_PROBLEMS} more problems)`);
  return lines.join('; ');
}

/** Validates one statement; throws an `invalid` XapiError naming each offending property. */
export function validateStatement(value: unknown, version: XapiVersion, root = 'statement'): Statement {
  const result = statementSchema(version).safeParse(value, { reportInput: true });
  if (!result.success) throw invalid(formatIssues(root, result.error.issues));
  return result.data;
}

/** A POST body is one statement or an array of them; PUT takes exactly one. */
export function validateStatementBody(body: unknown, version: XapiVersion): Statement[] {
  if (Array.isArray(body)) {
    if (body.length === 0) throw invalid('statements: the batch is empty; send at least one statement');
    return body.map((item, index) => validateStatement(item, version, `statements[${index}]`));
  }
  return [validateStatement(body, version)];
}
