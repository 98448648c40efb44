import { describe, expect, it } from 'vitest';
import { forCoordinators, isAppPath, NAV_VIEWS, navViewOf, pathOf, routeFromPath, takesFilters } from './routes.ts';

describe('the dashboard’s addresses', () => {
  it('names a page for every address the app draws', () => {
    expect(routeFromPath('/dashboard')).toEqual({ view: 'overview' });
    expect(routeFromPath('/dashboard/')).toEqual({ view: 'overview' });
    expect(routeFromPath('/dashboard/feedback')).toEqual({ view: 'rubrics' });
    expect(routeFromPath('/register')).toEqual({ view: 'register' });
    expect(routeFromPath('/dashboard/learners/l%2F3%20x')).toEqual({ view: 'learner', learnerId: 'l/3 x' });
    expect(routeFromPath('/dashboard/learners/%E0%A4%A')).toEqual({ view: 'not-found' });
    expect(routeFromPath('/dashboard/nothing')).toEqual({ view: 'not-found' });
    expect(routeFromPath('/dashboard/live')).toEqual({ view: 'live' });
    expect(routeFromPath('/dashboard/live/')).toEqual({ view: 'live' });
    expect(routeFromPath('/dashboard/live/3f6c2a1e-9b7d')).toEqual({ view: 'live-console', sessionId: '3f6c2a1e-9b7d' });
    expect(routeFromPath('/dashboard/live/%E0%A4%A')).toEqual({ view: 'not-found' });
    expect(routeFromPath('/dashboard/live/a/b')).toEqual({ view: 'not-found' });
  });

  it('writes a live session’s id safely into the path and back', () => {
    const path = pathOf({ view: 'live-console', sessionId: 'a/b?c#d' });
    expect(path).toBe('/dashboard/live/a%2Fb%3Fc%23d');
    expect(routeFromPath(path)).toEqual({ view: 'live-console', sessionId: 'a/b?c#d' });
    expect(pathOf({ view: 'live' })).toBe('/dashboard/live');
  });

  it('offers live sessions in the navigation, to coordinators only and without the dashboard filters', () => {
    expect(NAV_VIEWS).toContain('live');
    expect(NAV_VIEWS).not.toContain('live-console');
    expect(forCoordinators('live')).toBe(true);
    expect(forCoordinators('live-console')).toBe(true);
    expect(forCoordinators('overview')).toBe(false);
    expect(takesFilters('live')).toBe(false);
    expect(takesFilters('live-console')).toBe(false);
    expect(navViewOf('live-console')).toBe('live');
    expect(navViewOf('learner')).toBe('learners');
    expect(navViewOf('items')).toBe('items');
  });

  it('writes a learner’s id safely into the path and back', () => {
    const path = pathOf({ view: 'learner', learnerId: 'a/b?c#d' });
    expect(path).toBe('/dashboard/learners/a%2Fb%3Fc%23d');
    expect(routeFromPath(path)).toEqual({ view: 'learner', learnerId: 'a/b?c#d' });
  });

  it('leaves the APIs under its prefixes alone', () => {
    expect(isAppPath('/dashboard/items')).toBe(true);
    expect(isAppPath('/register')).toBe(true);
    expect(isAppPath('/dashboard/live/abc')).toBe(true);
    expect(isAppPath('/live/api/sessions')).toBe(false);
    expect(isAppPath('/live/room/abc')).toBe(false);
    expect(isAppPath('/dashboard/api/funnel')).toBe(false);
    expect(isAppPath('/register/api/entries')).toBe(false);
    expect(isAppPath('/dashboards')).toBe(false);
    expect(isAppPath('/xapi/statements')).toBe(false);
  });
});
