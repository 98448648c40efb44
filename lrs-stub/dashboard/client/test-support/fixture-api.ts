/**
 * A MockApi that answers every route the dashboard calls with the fixtures, as the real LRS
 * would for a coordinator (or a viewer, or an empty store): the starting point of the app's
 * tests, which then replace the one route they are about.
 */
import { DASHBOARD_API } from '../../../analytics/dashboard-api.ts';
import { REGISTER_API } from '../../../register/register-api.ts';
import { liveApi } from '../api/live-api.ts';
import { SESSION_URL } from '../app/session.ts';
import { liveCatalog, liveSessionList } from './live-fixtures.ts';
import { apiError, json, MockApi } from './mock-api.ts';
import { panelFixtures } from './panel-fixtures.ts';
import * as people from './people-fixtures.ts';

export interface FixtureApiOptions {
  role?: 'coordinator' | 'viewer';
  loggedIn?: boolean;
  empty?: boolean;
}

export function fixtureApi({ role = 'coordinator', loggedIn = true, empty = false }: FixtureApiOptions = {}): MockApi {
  const session = role === 'viewer' ? people.viewerSession : people.coordinatorSession;
  const api = new MockApi();
  api.on('GET', SESSION_URL, () => (loggedIn ? json(session) : apiError(401, 'no session')));
  api.on('POST', SESSION_URL, session);
  api.on('DELETE', SESSION_URL, () => new Response(null, { status: 204 }));
  const panels = panelFixtures(empty);
  for (const [panel, answer] of Object.entries(panels)) api.on('GET', `${DASHBOARD_API}/${panel}`, answer);
  api.on('GET', /^\/dashboard\/api\/learners\/[^/]+$/, people.learnerDetail);
  api.on('GET', `${REGISTER_API}/entries`, empty ? people.emptyRegister : people.registerList);
  api.on('GET', liveApi.catalog, liveCatalog);
  api.on('GET', liveApi.sessions, empty ? { ...liveSessionList, sessions: [] } : liveSessionList);
  return api;
}
