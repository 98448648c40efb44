/**
 * Joining a session: `POST /live/api/join` with the code and the name, and what each answer
 * means for the person holding the phone. The route answers 200 with the participant's id and
 * rejoin token, or a JSON error (`{ error: { code, message } }`): 404 when no running session
 * has that code, 409 when it is full or finished, 429 when this address tried too often (with
 * Retry-After), 400 when the name breaks the rules. Anything else (no network, a proxy's HTML
 * page, a 5xx) is "could not reach the session".
 */
import { JoinedSchema, LIVE_API, type Joined } from '../../../../live/live-protocol.ts';

export const JOIN_URL = `${LIVE_API}/join`;

export type JoinProblem =
  | { kind: 'no-session' }
  | { kind: 'full' }
  | { kind: 'finished' }
  | { kind: 'throttled'; seconds: number }
  | { kind: 'bad-name' }
  | { kind: 'unreachable' };

export type JoinOutcome = { ok: true; joined: Joined } | { ok: false; problem: JoinProblem };

/** When a 429 says nothing about how long to wait: the route's window is a minute. */
const DEFAULT_WAIT_SECONDS = 60;

export async function requestJoin(fetcher: typeof fetch, body: { code: string; displayName: string }): Promise<JoinOutcome> {
  let response: Response;
  try {
    response = await fetcher(JOIN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, problem: { kind: 'unreachable' } };
  }
  if (response.ok) {
    const parsed = JoinedSchema.safeParse(await response.json().catch(() => undefined));
    return parsed.success ? { ok: true, joined: parsed.data } : { ok: false, problem: { kind: 'unreachable' } };
  }
  return { ok: false, problem: await problemOf(response) };
}

async function problemOf(response: Response): Promise<JoinProblem> {
  switch (response.status) {
    case 404:
      return { kind: 'no-session' };
    case 409:
      return (await errorCode(response)) === 'session-full' ? { kind: 'full' } : { kind: 'finished' };
    case 429:
      return { kind: 'throttled', seconds: retryAfterSeconds(response.headers.get('retry-after')) };
    case 400:
      return { kind: 'bad-name' };
    default:
      return { kind: 'unreachable' };
  }
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Retry-After in seconds (an HTTP date is turned into the seconds until it), at least 1. */
function retryAfterSeconds(header: string | null): number {
  if (!header) return DEFAULT_WAIT_SECONDS;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
  return Number.isFinite(seconds) ? Math.max(1, seconds) : DEFAULT_WAIT_SECONDS;
}
