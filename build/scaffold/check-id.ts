/**
 * Ids given on the command line are checked with the content model's own rule
 * (course/schema/ids.ts) before anything is planned, so a scaffold never writes a file the build
 * would then refuse, and the author reads the rule itself rather than a file:line:col later.
 */
import { IdSchema } from '../../course/schema/ids.ts';
import { ScaffoldError } from './file-plan.ts';

/** `value` if it is a valid id; otherwise a ScaffoldError that names the rule. */
export function checkId(what: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new ScaffoldError(`Give the ${what} id, for example "first-day".`);
  const result = IdSchema.safeParse(value);
  if (result.success) return value;
  const rules = result.error.issues.map((i) => i.message).join(' and ');
  throw new ScaffoldError(
    `"${value}" cannot be a ${what} id: it ${rules}. Ids are kebab-case: lower-case letters and digits in words joined by single hyphens, at most 64 characters, like "first-day". Nothing was written.`,
  );
}
