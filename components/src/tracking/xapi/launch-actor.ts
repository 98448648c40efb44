/**
 * The learner as the LMS names them in the launch URL's `actor` parameter, checked but kept
 * as given. Why kept: ADL's reference cmi5 player (CATAPULT, `player/service/plugins/routes/
 * lrs.js`) compares the actor of every statement and the `agent` parameter of every State and
 * Agent Profile request with the launch actor by deep equality, and answers 401 when they
 * differ. A learner it launches for Moodle's cmi5 plugin is `{"account":{"homePage":…,"name":…}}`
 * with no `objectType`; adding one (or dropping a field we do not know) made it refuse every
 * request, so the AU recorded nothing. The cmi5 spec (8.1.3) says the same: use the actor value.
 *
 * So the Agent for statements is the parsed object itself, unchanged, and the `agent`
 * parameter is the LMS's own text, byte for byte. Only the old Tin Can form (every value a
 * one-element array, `accountServiceHomePage`/`accountName`), which no xAPI 1.0 LRS accepts
 * in a statement, is rewritten as an xAPI 1.0 Agent, and only for the Tin Can launch: a cmi5
 * LMS has no such form to send.
 */
import type { Agent } from './xapi-statement.ts';

export interface LaunchActor {
  /** The statements' `actor`: the LMS's object as parsed (or, old Tin Can form only, rewritten). */
  agent: Agent;
  /** The `agent` parameter of State, Agent Profile and statement queries: the LMS's text when `agent` is its object. */
  json: string;
}

const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** The cmi5 launch's actor, exactly as given. */
export function readCmi5Actor(json: string | null, problems: string[]): LaunchActor {
  const raw = parse(json, problems);
  if (raw === undefined) return { agent: {}, json: json ?? '' };
  checkAgent(raw, problems);
  return { agent: raw as Agent, json: json! };
}

/** The Tin Can launch's actor: as given when it is an xAPI 1.0 Agent, rewritten when it is the old form. */
export function readTincanActor(json: string | null, problems: string[]): LaunchActor {
  const raw = parse(json, problems);
  if (raw === undefined) return { agent: {}, json: json ?? '' };
  if (!isOldTincanForm(raw)) {
    checkAgent(raw, problems);
    return { agent: raw as Agent, json: json! };
  }
  const agent = fromOldTincanForm(raw);
  checkAgent(agent as Record<string, unknown>, problems);
  return { agent, json: JSON.stringify(agent) };
}

/** The learner's identifier as one string: mbox, sha1 sum, OpenID or account name. */
export function learnerIdOf(actor: Agent): string {
  return actor.mbox ?? actor.mbox_sha1sum ?? actor.openid ?? actor.account!.name;
}

function parse(json: string | null, problems: string[]): Record<string, unknown> | undefined {
  try {
    const raw: unknown = JSON.parse(json ?? '');
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return raw as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  problems.push('"actor" must be an Agent as a JSON object');
  return undefined;
}

/** Exactly one inverse functional identifier, well formed: what the learner id and the LRS key on. */
function checkAgent(o: Record<string, unknown>, problems: string[]): void {
  if (o.objectType !== undefined && o.objectType !== 'Agent') problems.push(`"actor.objectType" must be Agent (a learner), got ${JSON.stringify(o.objectType)}`);
  const given = IFIS.filter((key) => o[key] !== undefined && o[key] !== null);
  if (given.length !== 1) {
    problems.push(`"actor" must have exactly one of mbox, mbox_sha1sum, openid or account${given.length ? ` (has ${given.join(', ')})` : ''}`);
    return;
  }
  const value = o[given[0]!];
  switch (given[0]) {
    case 'mbox':
      if (typeof value !== 'string' || !/^mailto:[^@\s]+@[^@\s]+$/.test(value)) problems.push('"actor.mbox" must be a mailto: IRI');
      break;
    case 'mbox_sha1sum':
      if (typeof value !== 'string' || !/^[0-9a-f]{40}$/i.test(value)) problems.push('"actor.mbox_sha1sum" must be 40 hex digits');
      break;
    case 'openid':
      if (typeof value !== 'string' || !IRI.test(value)) problems.push('"actor.openid" must be a URI');
      break;
    case 'account': {
      const account = value as Record<string, unknown>;
      const ok = typeof account === 'object' && typeof account.homePage === 'string' && IRI.test(account.homePage) && typeof account.name === 'string' && account.name !== '';
      if (!ok) problems.push('"actor.account" must have a homePage IRI and a name');
    }
  }
  if (o.name !== undefined && typeof o.name !== 'string') problems.push('"actor.name" must be a string');
}

/** Tin Can 0.9/0.95: values in one-element arrays, the account as accountServiceHomePage/accountName. */
function isOldTincanForm(o: Record<string, unknown>): boolean {
  const account = o.account as Record<string, unknown> | undefined;
  return ['name', ...IFIS].some((key) => Array.isArray(o[key])) || (typeof account === 'object' && account !== null && ('accountServiceHomePage' in account || 'accountName' in account));
}

function fromOldTincanForm(o: Record<string, unknown>): Agent {
  const one = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
  const str = (v: unknown): string | undefined => (typeof one(v) === 'string' && one(v) !== '' ? (one(v) as string) : undefined);
  const agent: Agent = { objectType: 'Agent' };
  const name = str(o.name);
  if (name) agent.name = name;
  for (const key of ['mbox', 'mbox_sha1sum', 'openid'] as const) {
    const value = str(o[key]);
    if (value) agent[key] = value;
  }
  const account = one(o.account) as Record<string, unknown> | undefined;
  if (account) {
    const homePage = str(account.homePage ?? account.accountServiceHomePage);
    const accountName = str(account.name ?? account.accountName);
    agent.account = { homePage: homePage ?? '', name: accountName ?? '' };
  }
  return agent;
}
