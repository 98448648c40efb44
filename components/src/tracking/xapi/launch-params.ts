/**
 * Launch parameters as the LMS puts them in the page URL: the Tin Can launch convention
 * (Rustici: `endpoint`, `auth`, `actor`, `registration`, `activity_id`) and the cmi5 one
 * (`endpoint`, `fetch`, `actor`, `registration`, `activityId`). They are untrusted input, so
 * each is checked by hand here (zod stays out of the player bundle) and every problem is
 * named at once. The actor is checked but kept as the LMS gave it (launch-actor.ts says why).
 */
import { readCmi5Actor, readTincanActor, type LaunchActor } from './launch-actor.ts';

export { learnerIdOf, type LaunchActor } from './launch-actor.ts';

export interface TincanLaunch {
  /** The LRS's xAPI endpoint, ending in `/`. */
  endpoint: string;
  /** The `Authorization` header value, e.g. `Basic dXNlcjpwYXNz`; absent when the LMS gives none. */
  auth?: string;
  actor: LaunchActor;
  registration?: string;
  activityId?: string;
}

export interface Cmi5Launch {
  endpoint: string;
  /** The one-time URL that hands out the session's auth token. */
  fetch: string;
  /** In cmi5 this is the launch actor exactly: its object for statements, its text for `agent` parameters. */
  actor: LaunchActor;
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
    actor: readTincanActor(p.get('actor'), problems),
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
    actor: readCmi5Actor(p.get('actor'), problems),
    registration: uuidParam(p.get('registration') ?? '', 'registration', problems),
    activityId: iriParam(p.get('activityId') ?? '', 'activityId', problems),
  };
  return done(launch, problems);
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
