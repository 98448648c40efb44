/**
 * Launch parameters as the LMS puts them in the page URL: the Tin Can launch convention
 * (Rustici: `endpoint`, `auth`, `actor`, `registration`, `activity_id`) and the cmi5 one
 * (`endpoint`, `fetch`, `actor`, `registration`, `activityId`). They are untrusted input, so
 * each is checked by hand here (zod stays out of the player bundle) and every problem is
 * named at once.
 */
import type { Agent } from './xapi-statement.ts';

export interface TincanLaunch {
  /** The LRS's xAPI endpoint, ending in `/`. */
  endpoint: string;
  /** The `Authorization` header value, e.g. `Basic dXNlcjpwYXNz`; absent when the LMS gives none. */
  auth?: string;
  actor: Agent;
  registration?: string;
  activityId?: string;
}

export interface Cmi5Launch {
  endpoint: string;
  /** The one-time URL that hands out the session's auth token. */
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

/** Thrown when the launch URL cannot be used; `message` lists every problem. */
export class LaunchError extends Error {
  override readonly name = 'LaunchError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

export function readTincanLaunch(search: string): TincanLaunch {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  const launch = {
    endpoint: endpointParam(p, 'endpoint', problems),
    actor: actorParam(p.get('actor'), problems),
  } as TincanLaunch;
  const auth = p.get('auth');
  if (auth) launch.auth = auth;
  const registration = p.get('registration');
  if (registration) launch.registration = uuidParam(registration, 'registration', problems);
  const activityId = p.get('activity_id');
  if (activityId) launch.activityId = iriParam(activityId, 'activity_id', problems);
  return done(launch, problems);
}

export function readCmi5Launch(search: string): Cmi5Launch {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  const launch: Cmi5Launch = {
    endpoint: endpointParam(p, 'endpoint', problems),
    fetch: endpointParam(p, 'fetch', problems).replace(/\/$/, ''),
    actor: actorParam(p.get('actor'), problems),
    registration: uuidParam(p.get('registration') ?? '', 'registration', problems),
    activityId: iriParam(p.get('activityId') ?? '', 'activityId', problems),
  };
  return done(launch, problems);
}

/** The learner's identifier as one string: mbox, sha1 sum, OpenID or account name. */
export function learnerIdOf(actor: Agent): string {
  return actor.mbox ?? actor.mbox_sha1sum ?? actor.openid ?? actor.account!.name;
}

function done<T>(launch: T, problems: string[]): T {
  if (problems.length > 0) throw new LaunchError(`The launch URL cannot be used: ${problems.join('; ')}.`);
  return launch;
}

function endpointParam(p: URLSearchParams, name: string, problems: string[]): string {
  const value = p.get(name) ?? '';
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href.replace(/\/?$/, '/');
  } catch {
    // Reported below.
  }
  problems.push(`"${name}" must be an http(s) URL, got ${JSON.stringify(value.slice(0, 80))}`);
  return '';
}

function uuidParam(value: string, name: string, problems: string[]): string {
  if (!UUID.test(value)) problems.push(`"${name}" must be a UUID`);
  return value.toLowerCase();
}

function iriParam(value: string, name: string, problems: string[]): string {
  if (!IRI.test(value)) problems.push(`"${name}" must be an absolute IRI`);
  return value;
}

/**
 * The actor as an xAPI Agent with exactly one identifier. Older Tin Can LMSs send every value
 * as a one-element array and the account as `accountServiceHomePage`/`accountName`, so both
 * forms are read.
 */
function actorParam(json: string | null, problems: string[]): Agent {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '');
  } catch {
    problems.push('"actor" must be an Agent as JSON');
    return {} as Agent;
  }
  const o = (raw ?? {}) as Record<string, unknown>;
  const one = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
  const str = (v: unknown): string | undefined => (typeof one(v) === 'string' && (one(v) as string) !== '' ? (one(v) as string) : undefined);
  const agent: Agent = { objectType: 'Agent' } as Agent;
  const name = str(o.name);
  if (name) agent.name = name;
  const mbox = str(o.mbox);
  const sha1 = str(o.mbox_sha1sum);
  const openid = str(o.openid);
  const account = one(o.account) as Record<string, unknown> | undefined;
  const homePage = str(account?.homePage ?? account?.accountServiceHomePage);
  const accountName = str(account?.name ?? account?.accountName);
  const ids = [mbox, sha1, openid, account].filter((v) => v !== undefined).length;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || ids !== 1) {
    problems.push('"actor" must have exactly one of mbox, mbox_sha1sum, openid or account');
  } else if (mbox !== undefined) {
    if (/^mailto:[^@\s]+@[^@\s]+$/.test(mbox)) agent.mbox = mbox;
    else problems.push('"actor.mbox" must be a mailto: IRI');
  } else if (sha1 !== undefined) {
    if (/^[0-9a-f]{40}$/i.test(sha1)) agent.mbox_sha1sum = sha1;
    else problems.push('"actor.mbox_sha1sum" must be 40 hex digits');
  } else if (openid !== undefined) {
    if (IRI.test(openid)) agent.openid = openid;
    else problems.push('"actor.openid" must be a URI');
  } else if (homePage && IRI.test(homePage) && accountName) {
    agent.account = { homePage, name: accountName };
  } else {
    problems.push('"actor.account" must have a homePage IRI and a name');
  }
  return agent;
}
