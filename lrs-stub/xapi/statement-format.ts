/**
 * The three response formats of GET /statements: `exact` (as stored), `ids` (agents, groups,
 * activities and verbs reduced to what identifies them) and `canonical` (language maps cut
 * down to the one language the client prefers, from Accept-Language).
 */
import type { Statement } from './statement-schema.ts';

export type StatementFormat = 'exact' | 'ids' | 'canonical';

const ACTOR_KEYS = ['objectType', 'mbox', 'mbox_sha1sum', 'openid', 'account'];

function idsActor(actor: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ACTOR_KEYS) if (actor[key] !== undefined) out[key] = actor[key];
  const anonymous = !ACTOR_KEYS.slice(1).some((k) => actor[k] !== undefined);
  if (anonymous && Array.isArray(actor.member)) out.member = (actor.member as Record<string, unknown>[]).map(idsActor);
  return out;
}

function idsObject(object: Record<string, unknown>): Record<string, unknown> {
  const type = object.objectType ?? 'Activity';
  // The id alone: objectType defaults to Activity, and the conformance suite counts the keys
  // of an ids-format Activity (exactly one, XAPI-00171).
  if (type === 'Activity') return { id: object.id };
  if (type === 'Agent' || type === 'Group') return idsActor(object);
  if (type === 'SubStatement') return idsParts(object);
  return object;
}

function idsParts(part: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...part };
  out.actor = idsActor(part.actor as Record<string, unknown>);
  out.verb = { id: (part.verb as { id: string }).id };
  out.object = idsObject(part.object as Record<string, unknown>);
  if (part.authority) out.authority = idsActor(part.authority as Record<string, unknown>);
  const context = part.context as Record<string, unknown> | undefined;
  if (context) {
    const c: Record<string, unknown> = { ...context };
    if (context.instructor) c.instructor = idsActor(context.instructor as Record<string, unknown>);
    if (context.team) c.team = idsActor(context.team as Record<string, unknown>);
    if (context.contextActivities) {
      const ca: Record<string, unknown> = {};
      for (const [k, list] of Object.entries(context.contextActivities as Record<string, Record<string, unknown>[]>)) ca[k] = list.map(idsObject);
      c.contextActivities = ca;
    }
    out.context = c;
  }
  return out;
}

const LANGUAGE_MAP_KEYS = new Set(['display', 'name', 'description']);

function pickLanguage(map: Record<string, string>, preferred: readonly string[]): Record<string, string> {
  const tags = Object.keys(map);
  for (const want of preferred) {
    const exact = tags.find((t) => t.toLowerCase() === want.toLowerCase());
    if (exact) return { [exact]: map[exact]! };
    const prefix = tags.find((t) => t.toLowerCase().split('-')[0] === want.toLowerCase().split('-')[0]);
    if (prefix) return { [prefix]: map[prefix]! };
  }
  const first = tags[0];
  return first === undefined ? {} : { [first]: map[first]! };
}

function canonicalize(value: unknown, preferred: readonly string[], key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => canonicalize(v, preferred));
  if (value === null || typeof value !== 'object') return value;
  if (key !== undefined && LANGUAGE_MAP_KEYS.has(key) && Object.values(value).every((v) => typeof v === 'string')) {
    return pickLanguage(value as Record<string, string>, preferred);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'extensions' ? v : canonicalize(v, preferred, k);
  return out;
}

/** Languages from an Accept-Language header, most preferred first. */
export function preferredLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag);
}

export function formatStatement(statement: Statement, format: StatementFormat, languages: readonly string[] = []): Statement {
  if (format === 'ids') return idsParts(statement as unknown as Record<string, unknown>) as unknown as Statement;
  if (format === 'canonical') return canonicalize(statement, languages) as Statement;
  return statement;
}
