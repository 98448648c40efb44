/**
 * Test support: ADL's reference cmi5 player, CATAPULT, as an AU meets it, in a `fetch` the
 * tracker is given. The shapes are the ones CATAPULT writes, read from github.com/adlnet/CATAPULT:
 *
 * - `player/service/plugins/routes/v1/courses.js` (commit 00f796bc), route
 *   `POST /course/{id}/launch-url/{auIndex}`: the LMS.LaunchData document is
 *   `{launchMode, masteryScore, moveOn, launchParameters, contextTemplate}` in that order, then
 *   `entitlementKey`, then `returnURL` if the launch request had a returnUrl. masteryScore is
 *   the AU's from cmi5.xml, `null` when it has none (`validateAU`); launchParameters is left
 *   out (undefined) when there are none; entitlementKey is `{}` when neither cmi5.xml nor the
 *   request gives one. The context template is
 *   `{contextActivities: {grouping: [{id: <cmi5.xml AU id>}]}, extensions: {<sessionid>: <uuid>}}`
 *   (no objectType). The launch URL's `activityId` is CATAPULT's own AU id,
 *   `https://w3id.org/xapi/cmi5/catapult/player/course/<uuid>/au/<index>`, and its `actor` is
 *   `JSON.stringify` of the actor in the launch request.
 * - The actor in the launch request: Moodle's cmi5 plugin (github.com/adlnet/Moodle-mod_cmi5launch,
 *   `classes/local/cmi5_connectors.php`, commit 0b5ba8a1) sends `{"account":{"homePage":…,"name":
 *   <Moodle username>}}`, no objectType, no name. CATAPULT's own test suite (`cts/client/src/
 *   components/authenticated/test/new.vue`, commit 0dffe71f) creates `{objectType: "Agent",
 *   name, account: {name, homePage: "urn:catapult-cts:<sha>"}}`, stores it in a MySQL JSON
 *   column (`player/migrations/030-table-registrations.js`, commit 8c54beff) and launches with
 *   the object read back from it; MySQL returns JSON object keys sorted by length, so the
 *   launch URL carries `{"name":…,"account":{"name":…,"homePage":…},"objectType":"Agent"}`
 *   (that order is MySQL's documented key sorting, inferred, not seen in a capture).
 * - `player/service/plugins/routes/lrs.js` (commit 02347c00), the LRS proxy the AU talks to:
 *   every statement's actor and the parsed `agent` parameter of every State and Agent Profile
 *   request must deep-equal the registration's actor (`Hoek.deepEqual`, key order ignored,
 *   an extra or missing property not), else 401; no statement before the learner preferences
 *   were fetched (200 or 404); completed, passed, failed and terminated need a duration.
 */
import { randomUUID } from 'node:crypto';

export const CATAPULT_ACTIVITY_ID = 'https://w3id.org/xapi/cmi5/catapult/player/course/4b0f5b0e-3c1d-4a53-9a8e-2f0c6d1e7a90/au/0';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** The actor Moodle's cmi5 plugin has CATAPULT put in the launch URL. */
export const MOODLE_ACTOR = '{"account":{"homePage":"https://moodle.example.org","name":"ilse.peeters"}}';
/** The actor CATAPULT's test suite launches with, keys as MySQL hands them back. */
export const CTS_ACTOR = '{"name":"Ilse Peeters","account":{"name":"3f9c2a1","homePage":"urn:catapult-cts:8d41e07"},"objectType":"Agent"}';

export interface CatapultLaunch {
  /** The AU id in cmi5.xml (the publisher id in the context template). */
  publisherId: string;
  /** The launch URL's `actor`, as text. */
  actor: string;
  masteryScore: number | null;
  moveOn: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  launchMode?: 'Normal' | 'Browse' | 'Review';
  returnURL?: string;
}

/** LMS.LaunchData exactly as CATAPULT serialises it. */
export function catapultLaunchData(launch: CatapultLaunch, sessionId: string): string {
  return JSON.stringify({
    launchMode: launch.launchMode ?? 'Normal',
    masteryScore: launch.masteryScore,
    moveOn: launch.moveOn,
    launchParameters: undefined,
    contextTemplate: { contextActivities: { grouping: [{ id: launch.publisherId }] }, extensions: { [SESSION_ID]: sessionId } },
    entitlementKey: {},
    ...(launch.returnURL ? { returnURL: launch.returnURL } : {}),
  });
}

/** What the AU sent: each request's method, URL and body text, in order. */
export interface CatapultRequest {
  method: string;
  url: URL;
  body: string | undefined;
}

export interface CatapultPlayer {
  /** The launch URL the LMS opens. */
  url: string;
  fetch: typeof fetch;
  requests: CatapultRequest[];
  /** Statements the proxy accepted, as the JSON text the AU sent. */
  statements: string[];
  /** What the proxy refused, with CATAPULT's reason. */
  refused: string[];
  registration: string;
}

/** A launch through CATAPULT: the launch URL, and a fetch that plays its fetch URL and LRS proxy. */
export function catapultPlayer(launch: CatapultLaunch): CatapultPlayer {
  const origin = 'https://catapult.example.org/player';
  const registration = randomUUID();
  const sessionId = randomUUID();
  const registered: unknown = JSON.parse(launch.actor);
  const launchData = catapultLaunchData(launch, sessionId);
  const state = new Map<string, string>();
  let prefsFetched = false;
  const player: CatapultPlayer = { url: '', fetch: undefined!, requests: [], statements: [], refused: [], registration };
  const params = new URLSearchParams({ endpoint: `${origin}/lrs`, fetch: `${origin}/fetch-url/17`, actor: launch.actor, activityId: CATAPULT_ACTIVITY_ID, registration });
  player.url = `https://content.example.org/workmentor/index.html?${params}`;

  const answer = (status: number, body?: unknown) => new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status });
  const refuse = (reason: string) => (player.refused.push(reason), answer(401, { message: reason }));

  player.fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? init.body : undefined;
    player.requests.push({ method, url, body });
    if (url.pathname.endsWith('/fetch-url/17')) return answer(200, { 'auth-token': 'c2Vzc2lvbi0xNw==' });
    const resource = url.pathname.replace(/^\/player\/lrs\//, '');
    if (resource === 'activities/state' || resource === 'agents/profile') {
      if (!sameJson(JSON.parse(url.searchParams.get('agent') ?? 'null'), registered)) return refuse(`8.1.3.0-3 agent of ${resource} ${url.searchParams.get('stateId') ?? url.searchParams.get('profileId')}`);
    }
    if (resource === 'agents/profile') {
      prefsFetched = true;
      return answer(404);
    }
    if (resource === 'activities/state') {
      const id = url.searchParams.get('stateId')!;
      if (id === 'LMS.LaunchData') return method === 'GET' ? answer(200, launchData) : refuse('10.2.1.0-5 AU changed LMS.LaunchData');
      if (method === 'PUT') return (state.set(id, body!), answer(204));
      return state.has(id) ? answer(200, state.get(id)) : answer(404);
    }
    if (resource === 'statements' && method === 'GET') return answer(200, { statements: [], more: '' });
    if (resource === 'statements') {
      if (!prefsFetched) return refuse('11.0.0.0-3 learner preferences not yet retrieved');
      const list = JSON.parse(body!) as Array<{ actor: unknown; verb: { id: string }; result?: { duration?: string }; context?: { contextActivities?: { category?: Array<{ id: string }> } } }>;
      for (const statement of Array.isArray(list) ? list : [list]) {
        if (!sameJson(statement.actor, registered)) return refuse(`8.1.3.0-3 statement actor ${JSON.stringify(statement.actor)}`);
        const defined = statement.context?.contextActivities?.category?.some((c) => c.id === 'https://w3id.org/xapi/cmi5/context/categories/cmi5');
        const timed = /\/(completed|passed|failed|terminated)$/.test(statement.verb.id);
        if (defined && timed && !statement.result?.duration) return refuse(`9.5.4.1 no duration in ${statement.verb.id}`);
      }
      player.statements.push(body!);
      return answer(method === 'PUT' ? 204 : 200, method === 'PUT' ? undefined : []);
    }
    return answer(404);
  };
  return player;
}

/** Deep equality of parsed JSON, key order ignored, as `Hoek.deepEqual` compares actors. */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
