/**
 * The dashboard's pages and their addresses. The server sends the same index.html for every
 * one of them (serve-dashboard.ts), so each is a real URL that can be bookmarked, reloaded and
 * opened in a new tab; the filters ride along in the query string (dashboard-query.ts).
 */
export type View = 'overview' | 'items' | 'dialogues' | 'rubrics' | 'learners' | 'learner' | 'live' | 'live-console' | 'register' | 'not-found';

export interface Route {
  view: View;
  /** The learner of the `learner` view (an opaque id from the API). */
  learnerId?: string;
  /** The live session of the `live-console` view (an opaque id from the live API). */
  sessionId?: string;
}

/** The pages in the navigation, in order. */
export const NAV_VIEWS = ['overview', 'items', 'dialogues', 'rubrics', 'learners', 'live', 'register'] as const satisfies readonly View[];

const PATHS: Record<Exclude<View, 'learner' | 'live-console' | 'not-found'>, string> = {
  overview: '/dashboard',
  items: '/dashboard/items',
  dialogues: '/dashboard/dialogues',
  rubrics: '/dashboard/feedback',
  learners: '/dashboard/learners',
  live: '/dashboard/live',
  register: '/register',
};

/** The pages one level under a list page, each named by an id in its last segment. */
const DETAIL_PAGES = [
  { view: 'learner', pattern: /^\/dashboard\/learners\/([^/]+)$/, key: 'learnerId' },
  { view: 'live-console', pattern: /^\/dashboard\/live\/([^/]+)$/, key: 'sessionId' },
] as const;

export function routeFromPath(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const [view, viewPath] of Object.entries(PATHS)) if (path === viewPath) return { view: view as View };
  for (const { view, pattern, key } of DETAIL_PAGES) {
    const match = path.match(pattern);
    if (!match) continue;
    try {
      return { view, [key]: decodeURIComponent(match[1]!) };
    } catch {
      return { view: 'not-found' };
    }
  }
  return { view: 'not-found' };
}

export function pathOf(route: Route): string {
  if (route.view === 'learner') return `${PATHS.learners}/${encodeURIComponent(route.learnerId ?? '')}`;
  if (route.view === 'live-console') return `${PATHS.live}/${encodeURIComponent(route.sessionId ?? '')}`;
  if (route.view === 'not-found') return PATHS.overview;
  return PATHS[route.view];
}

/** The register and learner pages take no dashboard filters. */
export const takesFilters = (view: View): boolean => view === 'overview' || view === 'items' || view === 'dialogues' || view === 'rubrics' || view === 'learners';

/**
 * Learners and a learner's page are for coordinators only (the API refuses viewers too), and so
 * are live sessions: running one is a coordinator's login (lrs-stub/live/live-protocol.ts).
 */
export const forCoordinators = (view: View): boolean => view === 'learners' || view === 'learner' || view === 'live' || view === 'live-console';

/** The navigation entry a page belongs to: a detail page marks its list. */
export const navViewOf = (view: View): View => (view === 'learner' ? 'learners' : view === 'live-console' ? 'live' : view);

/** True for an address this app draws itself (not the APIs under it, not a download). */
export function isAppPath(pathname: string): boolean {
  if (/^\/(dashboard|register)\/api(\/|$)/.test(pathname)) return false;
  return /^\/dashboard(\/|$)/.test(pathname) || /^\/register(\/|$)/.test(pathname);
}
