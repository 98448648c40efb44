import { describe, expect, it } from 'vitest';
import { isAppPath, pathOf, routeFromPath } from './routes.ts';

describe('the dashboard’s addresses', () => {
  it('names a page for every address the app draws', () => {
    expect(routeFromPath('/dashboard')).toEqual({ view: 'overview' });
    expect(routeFromPath('/dashboard/')).toEqual({ view: 'overview' });
    expect(routeFromPath('/dashboard/feedback')).toEqual({ view: 'rubrics' });
    expect(routeFromPath('/register')).toEqual({ view: 'register' });
    expect(routeFromPath('/dashboard/learners/l%2F3%20x')).toEqual({ view: 'learner', learnerId: 'l/3 x' });
    expect(routeFromPath('/dashboard/learners/%E0%A4%A')).toEqual({ view: 'not-found' });
    expect(routeFromPath('/dashboard/nothing')).toEqual({ view: 'not-found' });
  });

  it('writes a learner’s id safely into the path and back', () => {
    const path = pathOf({ view: 'learner', learnerId: 'a/b?c#d' });
    expect(path).toBe('/dashboard/learners/a%2Fb%3Fc%23d');
    expect(routeFromPath(path)).toEqual({ view: 'learner', learnerId: 'a/b?c#d' });
  });

  it('leaves the APIs under its prefixes alone', () => {
    expect(isAppPath('/dashboard/items')).toBe(true);
    expect(isAppPath('/register')).toBe(true);
    expect(isAppPath('/dashboard/api/funnel')).toBe(false);
    expect(isAppPath('/register/api/entries')).toBe(false);
    expect(isAppPath('/dashboards')).toBe(false);
    expect(isAppPath('/xapi/statements')).toBe(false);
  });
});
