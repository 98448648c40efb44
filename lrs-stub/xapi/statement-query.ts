/**
 * The query parameters of GET /statements as a zod schema: types, formats, the defaults the
 * spec names, and the rule that statementId / voidedStatementId only combine with
 * attachments and format. Unknown parameters are refused so a typo does not silently widen
 * a query.
 */
import { z } from 'zod';
import { ActorSchema } from './statement-schema.ts';
import { formatIssues } from './statement-validation.ts';
import { parameterError } from './parameter-issues.ts';
import { isIri, isTimestamp, isUuid } from './formats.ts';
import { invalid } from './xapi-error.ts';

const bool = (name: string) =>
  z.enum(['true', 'false'], { error: `${name} must be "true" or "false"` }).transform((v) => v === 'true');

const jsonActor = z.string().transform((value, ctx) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON-encoded Agent or identified Group, e.g. {"mbox":"mailto:ana@example.com"}' });
    return z.NEVER;
  }
  const result = ActorSchema.safeParse(parsed, { reportInput: true });
  if (!result.success) {
    ctx.addIssue({ code: 'custom', message: formatIssues('agent', result.error.issues) });
    return z.NEVER;
  }
  return result.data;
});

const timestampParam = z.string().refine((v) => isTimestamp(v, false), { message: 'must be an ISO 8601 timestamp, e.g. 2024-05-01T10:00:00Z' });

export const StatementQuerySchema = z
  .strictObject({
    statementId: z.string().refine(isUuid, { message: 'must be a UUID' }).optional(),
    voidedStatementId: z.string().refine(isUuid, { message: 'must be a UUID' }).optional(),
    agent: jsonActor.optional(),
    verb: z.string().refine(isIri, { message: 'must be an IRI' }).optional(),
    activity: z.string().refine(isIri, { message: 'must be an IRI' }).optional(),
    registration: z.string().refine(isUuid, { message: 'must be a UUID' }).optional(),
    related_activities: bool('related_activities').default(false),
    related_agents: bool('related_agents').default(false),
    since: timestampParam.optional(),
    until: timestampParam.optional(),
    limit: z
      .string()
      // Any number of digits: a limit above the server maximum is clamped, however large.
      .regex(/^\d+$/, { message: 'must be a non-negative integer (0 means the server maximum)' })
      .transform(Number)
      .default(0),
    format: z.enum(['ids', 'exact', 'canonical'], { error: 'must be ids, exact or canonical' }).default('exact'),
    attachments: bool('attachments').default(false),
    ascending: bool('ascending').default(false),
    more: z.string().optional(),
  })
  .superRefine((q, ctx) => {
    const single = q.statementId ?? q.voidedStatementId;
    if (q.statementId !== undefined && q.voidedStatementId !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['voidedStatementId'], message: 'cannot be combined with statementId; ask for one statement at a time' });
    }
  });

/** The parameters a statementId / voidedStatementId request may carry (XAPI-00150, XAPI-00151). */
const SINGLE_STATEMENT_PARAMS = new Set(['statementId', 'voidedStatementId', 'attachments', 'format']);

export type StatementQuery = z.infer<typeof StatementQuerySchema>;

/** Parses query-string parameters; throws an `invalid` XapiError naming the bad parameter. */
export function parseStatementQuery(params: Record<string, string | string[] | undefined>): StatementQuery {
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) throw invalid(`query parameter ${key}: given ${value.length} times; give it once`);
  }
  const single = ['statementId', 'voidedStatementId'].find((k) => params[k] !== undefined && params[k] !== '');
  if (single !== undefined) {
    // Checked on the parameters as given: limit, ascending and the related_* flags have
    // defaults after parsing, and even their default values are refused next to an id.
    const extra = Object.keys(params).filter((k) => !SINGLE_STATEMENT_PARAMS.has(k) && k in StatementQuerySchema.shape);
    if (extra.length > 0) throw invalid(`query parameter ${single}: can only be combined with attachments and format, not ${extra.join(', ')}`);
  }
  const result = StatementQuerySchema.safeParse(params, { reportInput: true });
  if (!result.success) throw parameterError(result.error.issues, 'the Statement resource');
  return result.data;
}
