/**
 * Formats zod issues about query parameters the way the statement messages read:
 * `query parameter limit: must be a non-negative integer`, or
 * `query: unknown parameter(s) actor; ...` for names the resource does not define.
 */
import type { z } from 'zod';
import { formatIssues } from './statement-validation.ts';
import { invalid, type XapiError } from './xapi-error.ts';

export function parameterError(issues: readonly z.core.$ZodIssue[], resource: string): XapiError {
  const messages = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `query: unknown parameter(s) ${issue.keys.join(', ')}; ${resource} does not define ${issue.keys.length > 1 ? 'them' : 'it'}, check the spelling`;
    const [name, ...rest] = issue.path;
    return formatIssues(`query parameter ${String(name)}`, [{ ...issue, path: rest }]);
  });
  return invalid(messages.join('; '));
}
