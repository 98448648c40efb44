/**
 * The xAPI statement as zod schemas, one per version, encoding the specification's MUST
 * rules for statements (Data section of 1.0.3 and of IEEE 9274.1.1 / 2.0.0). Every rule that
 * fails becomes a zod issue whose path names the offending property, so the HTTP layer can
 * answer `statement.actor.mbox: must be a "mailto:" IRI`. Unknown properties are refused
 * (strict objects) and so are nulls, except inside extensions, whose values are free JSON.
 */
import { z } from 'zod';
import {
  isDuration,
  isIri,
  isLanguageTag,
  isMailtoIri,
  isSha1Hex,
  isTimestamp,
  isUuid,
} from './formats.ts';
import type { XapiVersion } from './versions.ts';

const iri = (what = 'an IRI') =>
  z.string({ error: `must be ${what} (a string such as "http://example.com/x")` }).refine(isIri, {
    message: `must be ${what}: an absolute IRI with a scheme, such as "http://example.com/x"`,
  });
const uuid = z
  .string({ error: 'must be a UUID string' })
  .refine(isUuid, { message: 'must be a UUID (RFC 4122 variant, e.g. "fd41c918-b88b-4b20-a0a5-a4c32391aaa0")' });
// At least one entry: an empty object is not a value outside extensions (XAPI-00001), and the
// conformance suite sends {} as a display, name and description expecting 400.
const languageMap = z
  .record(
    z.string().refine(isLanguageTag, { message: 'keys of a language map must be RFC 5646 language tags, e.g. "en-US"' }),
    z.string({ error: 'values of a language map must be strings' }),
    { error: 'must be a language map: an object of RFC 5646 tag → string' },
  )
  .refine((map) => Object.keys(map).length > 0, { message: 'must be a language map with at least one entry, e.g. {"en-US": "answered"}; leave the property out instead of sending {}' });
const extensions = z.record(
  z.string().refine(isIri, { message: 'extension keys must be IRIs' }),
  z.unknown(),
  { error: 'must be an extensions object: IRI keys → any JSON value' },
);
const timestamp = (version: XapiVersion) =>
  z.string({ error: 'must be an ISO 8601 timestamp string' }).refine((v) => isTimestamp(v, version === '2.0.0'), {
    message:
      version === '2.0.0'
        ? 'must be an RFC 3339 timestamp with a time zone offset, e.g. "2024-05-01T10:00:00.000Z" (not "-00:00")'
        : 'must be an ISO 8601 timestamp, e.g. "2024-05-01T10:00:00.000Z" (not "-00:00")',
  });

const IFI_KEYS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

const ifiFields = {
  mbox: z.string({ error: 'must be a "mailto:" IRI string' }).refine(isMailtoIri, { message: 'must be a "mailto:" IRI, e.g. "mailto:ana@example.com"' }).optional(),
  mbox_sha1sum: z.string({ error: 'must be a string' }).refine(isSha1Hex, { message: 'must be the hex SHA-1 of a mailto IRI (40 hex digits)' }).optional(),
  openid: iri('a URI').optional(),
  account: z
    .strictObject({ homePage: iri('an IRL'), name: z.string({ error: 'must be a string' }) }, { error: 'must be an Account object with homePage and name' })
    .optional(),
};

function countIfis(value: Record<string, unknown>): string[] {
  return IFI_KEYS.filter((key) => value[key] !== undefined);
}

export const AgentSchema = z
  .strictObject({ objectType: z.literal('Agent', { error: 'must be "Agent"' }).optional(), name: z.string({ error: 'must be a string' }).optional(), ...ifiFields }, { error: 'must be an Agent object' })
  .superRefine((agent, ctx) => {
    const ifis = countIfis(agent);
    if (ifis.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          ifis.length === 0
            ? 'an Agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account); it has none'
            : `an Agent must have exactly one inverse functional identifier; it has ${ifis.length} (${ifis.join(', ')})`,
      });
    }
  });

export const GroupSchema = z
  .strictObject({
    objectType: z.literal('Group', { error: 'must be "Group"' }),
    name: z.string({ error: 'must be a string' }).optional(),
    member: z.array(AgentSchema, { error: 'must be an array of Agents' }).optional(),
    ...ifiFields,
  }, { error: 'must be a Group object' })
  .superRefine((group, ctx) => {
    const ifis = countIfis(group);
    if (ifis.length > 1) {
      ctx.addIssue({ code: 'custom', message: `a Group must have at most one inverse functional identifier; it has ${ifis.length} (${ifis.join(', ')})` });
    }
    if (ifis.length === 0 && (group.member === undefined || group.member.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['member'], message: 'an anonymous Group (no inverse functional identifier) must list at least one member' });
    }
  });

export type Agent = z.infer<typeof AgentSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Actor = Agent | Group;

/** An Agent or a Group, chosen by objectType so errors point inside the right shape. */
export const ActorSchema = z.unknown().transform((value, ctx): Actor => {
  const isGroup = typeof value === 'object' && value !== null && (value as { objectType?: unknown }).objectType === 'Group';
  return isGroup ? forward<Actor>(GroupSchema, value, ctx) : forward<Actor>(AgentSchema, value, ctx);
});

/** Runs `schema` on `value`, copying its issues (paths intact) into the outer context. */
function forward<T>(schema: z.ZodType<T>, value: unknown, ctx: z.RefinementCtx): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: issue.path } as never);
  return z.NEVER;
}

const VerbSchema = z.strictObject({ id: iri(), display: languageMap.optional() }, { error: 'must be a Verb object with an id' });

const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'] as const;
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;
const ALLOWED_LISTS: Record<string, readonly string[]> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
};

const InteractionComponentSchema = z.strictObject({ id: z.string({ error: 'must be a string' }), description: languageMap.optional() }, { error: 'must be an interaction component {id, description}' });

const ActivityDefinitionSchema = z
  .strictObject({
    name: languageMap.optional(),
    description: languageMap.optional(),
    type: iri().optional(),
    moreInfo: iri('an IRL').optional(),
    extensions: extensions.optional(),
    interactionType: z.enum(INTERACTION_TYPES, { error: `must be one of ${INTERACTION_TYPES.join(', ')}` }).optional(),
    correctResponsesPattern: z.array(z.string({ error: 'must be a string' }), { error: 'must be an array of strings' }).optional(),
    choices: z.array(InteractionComponentSchema, { error: 'must be an array of interaction components' }).optional(),
    scale: z.array(InteractionComponentSchema, { error: 'must be an array of interaction components' }).optional(),
    source: z.array(InteractionComponentSchema, { error: 'must be an array of interaction components' }).optional(),
    target: z.array(InteractionComponentSchema, { error: 'must be an array of interaction components' }).optional(),
    steps: z.array(InteractionComponentSchema, { error: 'must be an array of interaction components' }).optional(),
  }, { error: 'must be an Activity Definition object' })
  .superRefine((definition, ctx) => {
    const allowed = definition.interactionType === undefined ? [] : (ALLOWED_LISTS[definition.interactionType] ?? []);
    for (const list of COMPONENT_LISTS) {
      const components = definition[list];
      if (components === undefined) continue;
      if (!allowed.includes(list)) {
        ctx.addIssue({
          code: 'custom',
          path: [list],
          message: `is not allowed for interactionType ${JSON.stringify(definition.interactionType ?? '(none)')}; only ${allowed.length ? allowed.join(', ') : 'no component list'} may be used`,
        });
      }
      const seen = new Set<string>();
      components.forEach((component, index) => {
        if (seen.has(component.id)) ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `duplicates the id "${component.id}"; ids within a component list must be distinct` });
        seen.add(component.id);
      });
    }
    if (definition.correctResponsesPattern !== undefined && definition.interactionType === undefined) {
      ctx.addIssue({ code: 'custom', path: ['interactionType'], message: 'is required when correctResponsesPattern is given' });
    }
  });

export const ActivitySchema = z.strictObject({
  objectType: z.literal('Activity', { error: 'must be "Activity"' }).optional(),
  id: iri(),
  definition: ActivityDefinitionSchema.optional(),
}, { error: 'must be an Activity object with an id' });
export type Activity = z.infer<typeof ActivitySchema>;

const StatementRefSchema = z.strictObject({ objectType: z.literal('StatementRef'), id: uuid }, { error: 'must be a StatementRef {objectType, id}' });

const ScoreSchema = z
  .strictObject({
    scaled: z.number({ error: 'must be a number' }).min(-1, { message: 'must be between -1 and 1' }).max(1, { message: 'must be between -1 and 1' }).optional(),
    raw: z.number({ error: 'must be a number' }).optional(),
    min: z.number({ error: 'must be a number' }).optional(),
    max: z.number({ error: 'must be a number' }).optional(),
  }, { error: 'must be a Score object' })
  .superRefine((score, ctx) => {
    if (score.min !== undefined && score.max !== undefined && score.min >= score.max) ctx.addIssue({ code: 'custom', path: ['min'], message: `must be less than max (${score.max})` });
    if (score.raw !== undefined && score.min !== undefined && score.raw < score.min) ctx.addIssue({ code: 'custom', path: ['raw'], message: `must not be below min (${score.min})` });
    if (score.raw !== undefined && score.max !== undefined && score.raw > score.max) ctx.addIssue({ code: 'custom', path: ['raw'], message: `must not be above max (${score.max})` });
  });

const ResultSchema = z.strictObject({
  score: ScoreSchema.optional(),
  success: z.boolean({ error: 'must be a boolean' }).optional(),
  completion: z.boolean({ error: 'must be a boolean' }).optional(),
  response: z.string({ error: 'must be a string' }).optional(),
  duration: z.string({ error: 'must be a string' }).refine(isDuration, { message: 'must be an ISO 8601 duration, e.g. "PT1M30S"' }).optional(),
  extensions: extensions.optional(),
}, { error: 'must be a Result object' });

const activityOrList = z.union([ActivitySchema, z.array(ActivitySchema)], { error: 'must be an Activity or an array of Activities' });
const ContextActivitiesSchema = z.strictObject({
  parent: activityOrList.optional(),
  grouping: activityOrList.optional(),
  category: activityOrList.optional(),
  other: activityOrList.optional(),
}, { error: 'must be a contextActivities object (parent, grouping, category, other)' })
  .refine((activities) => Object.keys(activities).length > 0, { message: 'must hold at least one of parent, grouping, category, other; leave contextActivities out instead of sending {}' });

const relevantTypes = z.array(iri(), { error: 'must be an array of IRIs' }).min(1, { message: 'must list at least one IRI when present' });
const ContextAgentSchema = z.strictObject({ objectType: z.literal('contextAgent'), agent: AgentSchema, relevantTypes: relevantTypes.optional() });
const ContextGroupSchema = z.strictObject({ objectType: z.literal('contextGroup'), group: GroupSchema, relevantTypes: relevantTypes.optional() });

function contextSchema(version: XapiVersion) {
  const base = {
    registration: uuid.optional(),
    instructor: ActorSchema.optional(),
    team: GroupSchema.optional(),
    contextActivities: ContextActivitiesSchema.optional(),
    revision: z.string({ error: 'must be a string' }).optional(),
    platform: z.string({ error: 'must be a string' }).optional(),
    language: z.string({ error: 'must be a string' }).refine(isLanguageTag, { message: 'must be an RFC 5646 language tag, e.g. "en-US"' }).optional(),
    statement: StatementRefSchema.optional(),
    extensions: extensions.optional(),
  };
  return version === '2.0.0'
    ? z.strictObject({ ...base, contextAgents: z.array(ContextAgentSchema).optional(), contextGroups: z.array(ContextGroupSchema).optional() }, { error: 'must be a Context object' })
    : z.strictObject(base, { error: 'must be a Context object' });
}

const AttachmentSchema = z.strictObject({
  usageType: iri(),
  display: languageMap,
  description: languageMap.optional(),
  contentType: z.string({ error: 'must be an Internet Media Type string' }).regex(/^[\w.+-]+\/[\w.+-]+/, { message: 'must be an Internet Media Type, e.g. "application/pdf"' }),
  length: z.number({ error: 'must be an integer' }).int({ message: 'must be an integer' }).nonnegative({ message: 'must not be negative' }),
  sha2: z.string({ error: 'must be a string' }).regex(/^[0-9a-fA-F]+$/, { message: 'must be the hex SHA-2 hash of the attachment' }),
  fileUrl: iri('an IRL').optional(),
}, { error: 'must be an Attachment object' });

/** Rules that need more than one property: context.revision/platform, voiding, objectType. */
function objectRules(value: { object: { objectType?: string | undefined }; context?: { revision?: string | undefined; platform?: string | undefined } | undefined }, ctx: z.RefinementCtx) {
  const objectType = value.object.objectType ?? 'Activity';
  if (objectType !== 'Activity' && value.context) {
    for (const key of ['revision', 'platform'] as const) {
      if (value.context[key] !== undefined) ctx.addIssue({ code: 'custom', path: ['context', key], message: `must not be used when the object is a ${objectType} (only when it is an Activity)` });
    }
  }
}

function statementObjectSchema(version: XapiVersion, allowSubStatement: boolean): z.ZodType<StatementObject> {
  return z.unknown().transform((value, ctx): StatementObject => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: 'must be an object (Activity, Agent, Group, StatementRef or SubStatement)' });
      return z.NEVER;
    }
    const objectType = (value as { objectType?: unknown }).objectType;
    switch (objectType) {
      case undefined:
      case 'Activity':
        return forward(ActivitySchema, value, ctx);
      case 'Agent':
        return forward(AgentSchema, value, ctx);
      case 'Group':
        return forward(GroupSchema, value, ctx);
      case 'StatementRef':
        return forward(StatementRefSchema, value, ctx);
      case 'SubStatement':
        if (!allowSubStatement) {
          ctx.addIssue({ code: 'custom', path: ['objectType'], message: 'a SubStatement must not contain another SubStatement' });
          return z.NEVER;
        }
        return forward(subStatementSchema(version), value, ctx) as unknown as StatementObject;
      default:
        ctx.addIssue({ code: 'custom', path: ['objectType'], message: `must be Activity, Agent, Group, StatementRef or SubStatement, not ${JSON.stringify(objectType)}` });
        return z.NEVER;
    }
  });
}

export type StatementObject =
  | Activity
  | Agent
  | Group
  | { objectType: 'StatementRef'; id: string }
  | ({ objectType: 'SubStatement' } & Record<string, unknown>);

const cache = new Map<string, z.ZodType<Statement>>();

function subStatementSchema(version: XapiVersion) {
  const key = `sub-${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const schema = z
    .strictObject({
      objectType: z.literal('SubStatement'),
      actor: ActorSchema,
      verb: VerbSchema,
      object: statementObjectSchema(version, false),
      result: ResultSchema.optional(),
      context: contextSchema(version).optional(),
      timestamp: timestamp(version).optional(),
      attachments: z.array(AttachmentSchema, { error: 'must be an array of Attachments' }).optional(),
    }, { error: 'must be a SubStatement (no id, stored, version or authority)' })
    .superRefine(objectRules);
  cache.set(key, schema as never);
  return schema;
}

/**
 * The validated statement. Written out rather than inferred because the object and actor
 * unions are built by transforms (to point errors inside the right shape), which zod infers as
 * unknown; it mirrors the output of `statementSchema()` and nothing else.
 */
export interface Statement {
  id?: string;
  actor: Actor;
  verb: { id: string; display?: Record<string, string> };
  object: StatementObject;
  result?: Record<string, unknown>;
  context?: Record<string, unknown> & { registration?: string; contextActivities?: Record<string, Activity | Activity[]> };
  timestamp?: string;
  stored?: string;
  authority?: Actor;
  version?: string;
  attachments?: Array<z.infer<typeof AttachmentSchema>>;
}

export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

/** The statement schema for a version (built once per version). */
export function statementSchema(version: XapiVersion): z.ZodType<Statement> {
  const cached = cache.get(version);
  if (cached) return cached;
  const schema = z
    .strictObject({
      id: uuid.optional(),
      actor: ActorSchema,
      verb: VerbSchema,
      object: statementObjectSchema(version, true),
      result: ResultSchema.optional(),
      context: contextSchema(version).optional(),
      timestamp: timestamp(version).optional(),
      stored: timestamp(version).optional(),
      authority: ActorSchema.optional(),
      // 1.0.3 (XAPI-00101): "1.0" or "1.0.x" only; a 2.0 request may carry either generation.
      version: (version === '2.0.0'
        ? z.string({ error: 'must be a string' }).regex(/^(1\.0|2\.0)(\.\d+)?$/, { message: 'must be a 1.0.x or 2.0.x version string, e.g. "2.0.0"' })
        : z.string({ error: 'must be a string' }).regex(/^1\.0(\.\d+)?$/, { message: 'must be "1.0" or a 1.0.x version string, e.g. "1.0.3", in an xAPI 1.0.3 request' })
      ).optional(),
      attachments: z.array(AttachmentSchema, { error: 'must be an array of Attachments' }).optional(),
    }, { error: 'must be a Statement object' })
    .superRefine((statement, ctx) => {
      objectRules(statement, ctx);
      if (statement.verb.id === VOIDED_VERB && statement.object.objectType !== 'StatementRef') {
        ctx.addIssue({ code: 'custom', path: ['object', 'objectType'], message: 'must be "StatementRef" in a voiding statement (verb http://adlnet.gov/expapi/verbs/voided)' });
      }
      const authority = statement.authority;
      if (authority && authority.objectType === 'Group') {
        if ((authority.member?.length ?? 0) !== 2) ctx.addIssue({ code: 'custom', path: ['authority', 'member'], message: 'a Group authority must have exactly two members (an OAuth consumer and a user)' });
        // The three-legged OAuth pair is an anonymous Group (XAPI-00098): no identifier of its own.
        for (const key of IFI_KEYS) {
          if (authority[key] !== undefined) ctx.addIssue({ code: 'custom', path: ['authority', key], message: 'a Group authority must be an anonymous Group (its two members identify it); leave out the Group\'s own identifier' });
        }
      }
    });
  cache.set(version, schema as never);
  return schema as never;
}
