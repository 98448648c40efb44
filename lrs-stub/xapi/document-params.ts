/**
 * The query parameters of the three document resources (State, Activity Profile, Agent
 * Profile) as zod schemas, turned into a store scope plus a document id. Unknown parameters
 * are refused, like on the Statement resource.
 */
import { z } from 'zod';
import type { DocumentKind, DocumentScope } from '../store/store.ts';
import { ifiKey } from './agent-ifi.ts';
import { isIri, isTimestamp, isUuid, timestampMillis } from './formats.ts';
import { ActorSchema } from './statement-schema.ts';
import { formatIssues } from './statement-validation.ts';
import { invalid } from './xapi-error.ts';
import { parameterError } from './parameter-issues.ts';

const agentParam = z.string({ error: 'is required: a JSON-encoded Agent, e.g. {"mbox":"mailto:ana@example.com"}' }).transform((value, ctx) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON-encoded Agent, e.g. {"mbox":"mailto:ana@example.com"}' });
    return z.NEVER;
  }
  const result = ActorSchema.safeParse(parsed, { reportInput: true });
  if (!result.success) {
    ctx.addIssue({ code: 'custom', message: formatIssues('agent', result.error.issues) });
    return z.NEVER;
  }
  const ifi = ifiKey(result.data);
  if (ifi === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must identify one Agent or identified Group (it has no inverse functional identifier)' });
    return z.NEVER;
  }
  return ifi;
});
const activityId = z.string({ error: 'is required: the IRI of the Activity' }).refine(isIri, { message: 'must be an IRI' });
const docId = z.string().min(1, { message: 'must not be empty' });
const since = z
  .string()
  .refine((v) => isTimestamp(v, false), { message: 'must be an ISO 8601 timestamp' })
  .transform((v) => new Date(timestampMillis(v)).toISOString());

const schemas = {
  state: z.strictObject({
    activityId,
    agent: agentParam,
    registration: z.string().refine(isUuid, { message: 'must be a UUID' }).transform((v) => v.toLowerCase()).optional(),
    stateId: docId.optional(),
    since: since.optional(),
  }),
  'activity-profile': z.strictObject({ activityId, profileId: docId.optional(), since: since.optional() }),
  'agent-profile': z.strictObject({ agent: agentParam, profileId: docId.optional(), since: since.optional() }),
};

export interface DocumentTarget {
  scope: DocumentScope;
  /** The stateId / profileId, when given. */
  id?: string;
  since?: string;
  /** The name of the id parameter, for messages. */
  idName: 'stateId' | 'profileId';
}

export function parseDocumentParams(kind: DocumentKind, params: Record<string, unknown>): DocumentTarget {
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) throw invalid(`query parameter ${key}: given ${value.length} times; give it once`);
  }
  const result = schemas[kind].safeParse(params, { reportInput: true });
  if (!result.success) throw parameterError(result.error.issues, `the ${kind} resource`);
  const p = result.data as { activityId?: string; agent?: string; registration?: string; stateId?: string; profileId?: string; since?: string };
  const target: DocumentTarget = {
    scope: { kind, activityId: p.activityId ?? '', agent: p.agent ?? '', registration: p.registration ?? '' },
    idName: kind === 'state' ? 'stateId' : 'profileId',
  };
  const id = p.stateId ?? p.profileId;
  if (id !== undefined) target.id = id;
  if (p.since !== undefined) target.since = p.since;
  return target;
}
