/**
 * The dashboard's pages and their addresses. The server sends the same index.html for every
 * one of them (serve-dashboard.ts), so each is a real URL that can be bookmarked, reloaded and
 * opened in a new tab; the filters ride along in the query string (dashboard-query.ts).
 */
export type View = 'overview' | 'items' | 'dialogues' | 'rubrics' | 'learners' | 'learner' | 'register' | 'not-found';

export interface Route {
  view: View;
  /** The learner of the `learner` view (an opaque id from the API). */
  learnerId?: string;
}

/** The pages in the navigation, in order. */
export const NAV_VIEWS = ['overview', 'items', 'dialogues', 'rubrics', 'learners', 'register'] as const satisfies readonly View[];

const PATHS: Record<Exclude<View, 'learner' | 'not-found'>, string> = {
  overview: '/dashboard',
  items: '/dashboard/items',
  dialogues: '/dashboard/dialogues',
  rubrics: '/dashboard/feedback',
  learners: '/dashboard/learners',
  register: '/register',
};

export function routeFromPath(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const [view, viewPath] of Object.entries(PATHS)) if (path === viewPath) return { view: view as View };
  const learner = path.match(/^\/dashboard\/learners\/([^/]+)$/);
  if (learner) {
    try {
      return { view: 'learner', learnerId: decodeURIComponent(learner[1]!) };
    } catch {
      return { view: 'not-found' };
    }
  }
  return { view: 'not-found' };
}

export function pathOf(route: Route): string {
  if (route.view === 'learner') return `${PATHS.learners}/${encodeURIComponent(route.learnerId ?? '')}`;
  if (route.view === 'not-found') return PATHS.overview;
  return PATHS[route.view];
}

/** The register and learner pages take no dashboard filters. */
export const takesFilters = (view: View): boolean => view === 'overview' || view === 'items' || view === 'dialogues' || view === 'rubrics' || view === 'learners';

/** Learners and a learner's page are for coordinators only (the API refuses viewers too). */
export const forCoordinators = (view: View): boolean => view === 'learners' || view === 'learner';

/** True for an address this app draws itself (not the APIs under it, not a download). */
export function isAppPath(pathname: string): boolean {
  if (/^\/(dashboard|register)\/api(\/|$)/.test(pathname)) return false;
  return /^\/dashboard(\/|$)/.test(pathname) || /^\/register(\/|$)/.test(pathname);
}
