import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SESSION_URL } from '../../app/session.ts';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { fixtureApi } from '../../test-support/fixture-api.ts';
import { apiError, type MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, textOf } from '../../test-support/render.ts';
import './wm-dashboard-app.ts';
import { LARGE_TEXT_CLASS, type WmDashboardApp } from './wm-dashboard-app.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const beforeEach: (body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const testPage = `${location.pathname}${location.search}`;

async function startApp(api: MockApi, path = '/dashboard'): Promise<WmDashboardApp> {
  history.replaceState(null, '', path);
  const app = await fixture<WmDashboardApp>(html`<wm-dashboard-app .api=${api.client()}></wm-dashboard-app>`);
  await waitUntil(() => app.shadowRoot!.querySelector('main > :not(p.muted)'), 'the app has started');
  return app;
}

/** The element that is the current page (a panel or a view), or the app's own h1. */
const main = (app: WmDashboardApp) => $(app, 'main');
const pageHeading = (app: WmDashboardApp): HTMLElement | null => {
  const own = main(app).querySelector<HTMLElement>(':scope > h1');
  if (own) return own;
  const view = main(app).querySelector(':scope > :is(wm-items-panel, wm-dialogues-panel, wm-rubrics-panel, wm-learners-panel, wm-learner-view, wm-live-sessions, wm-live-console, wm-register-view, wm-login)');
  return view?.shadowRoot?.querySelector<HTMLElement>('h1') ?? null;
};
const focusedDeep = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const navLinks = (app: WmDashboardApp) => $$<HTMLAnchorElement>(app, 'nav a');
const announcement = (app: WmDashboardApp) => textOf(app, '.announcer');
const allSettled = (app: WmDashboardApp) =>
  waitUntil(() => {
    const busy: Element[] = [];
    const walk = (root: Element | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.getAttribute('aria-busy') === 'true') busy.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(app.shadowRoot!);
    return busy.length === 0;
  }, 'every panel has loaded');

describe('<wm-dashboard-app>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    history.replaceState(null, '', testPage);
    document.documentElement.classList.remove(LARGE_TEXT_CLASS);
    localStorage.clear();
    await setDashboardLanguage('en');
  });

  it('shows the login when nobody is signed in, then the page asked for', async () => {
    const api = fixtureApi({ loggedIn: false });
    const app = await startApp(api, '/dashboard/dialogues?cohort=2026-spring');
    const login = $(app, 'wm-login');
    expect(navLinks(app)).to.have.length(0);
    await audit(app, 'login');
    $<HTMLInputElement>(login, '#username').focus();
    await sendKeys({ type: 'ines.coordinator' });
    $<HTMLInputElement>(login, '#password').focus();
    await sendKeys({ type: 'secret' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => main(app).querySelector('wm-dialogues-panel'), 'the dialogues page');
    await waitUntil(() => focusedDeep()?.localName === 'h1', 'focus on the page heading');
    expect(focusedDeep()!.textContent).to.equal('Dialogue paths');
    expect(api.to('/dashboard/api/dialogues')[0]!.url.search).to.equal('?cohort=2026-spring');
  });

  it('draws the overview with its three panels under one h1, and a navigation that marks where we are', async () => {
    const app = await startApp(fixtureApi());
    expect(pageHeading(app)!.textContent).to.equal('How the course is going');
    expect([...main(app).children].map((el) => el.localName)).to.deep.equal(['wm-filter-bar', 'h1', 'wm-funnel-panel', 'wm-scores-panel', 'wm-time-panel']);
    expect(navLinks(app).map((a) => a.textContent)).to.deep.equal(['Overview', 'Quiz items', 'Dialogues', 'Feedback exercises', 'Learners', 'Live sessions', 'Register']);
    expect(navLinks(app)[0]!.getAttribute('aria-current')).to.equal('page');
    expect(textOf(app, '.account')).to.equal('Signed in as ines.coordinator, coordinator');
    expect(document.title).to.equal('Overview – WORKMENTOR Coordinators\' dashboard');
    await allSettled(app);
    await audit(app, 'overview');
  });

  it('changes page without reloading, moves focus to the new h1, and keeps the filters in the address', async () => {
    const api = fixtureApi();
    const app = await startApp(api, '/dashboard?language=nl');
    const items = navLinks(app).find((a) => a.textContent === 'Quiz items')!;
    expect(new URL(items.href).search).to.equal('?language=nl');
    items.click();
    await waitUntil(() => main(app).querySelector('wm-items-panel'), 'the items page');
    expect(location.pathname + location.search).to.equal('/dashboard/items?language=nl');
    await waitUntil(() => focusedDeep()?.textContent === 'Quiz item analysis', 'focus on the page heading');
    expect(items.getAttribute('aria-current')).to.equal('page');
    history.back();
    await waitUntil(() => main(app).querySelector('wm-funnel-panel'), 'back on the overview');
    expect(location.pathname).to.equal('/dashboard');
  });

  it('writes a filter change into the address, reloads the panels with it and says so', async () => {
    const api = fixtureApi();
    const app = await startApp(api);
    const bar = $(app, 'wm-filter-bar');
    await waitUntil(() => bar.shadowRoot!.querySelector('#cohort option[value="bouw-gent"]'), 'the options');
    const select = $<HTMLSelectElement>(bar, '#cohort');
    select.value = 'bouw-gent';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => api.to('/dashboard/api/funnel').length === 2, 'the funnel loads again');
    expect(api.to('/dashboard/api/funnel')[1]!.url.search).to.equal('?cohort=bouw-gent');
    expect(location.search).to.equal('?cohort=bouw-gent');
    await waitUntil(() => announcement(app) === 'Filters changed: the panels are reloading.', 'announced');
    $<HTMLButtonElement>(bar, '.reset button').click();
    await waitUntil(() => location.search === '', 'the address is clean again');
    await waitUntil(() => announcement(app) === 'Filters reset: showing everything recorded.', 'announced');
  });

  it('shows viewers no learners: no link, and a page that says why', async () => {
    const app = await startApp(fixtureApi({ role: 'viewer' }), '/dashboard/learners/l-1');
    expect(navLinks(app).map((a) => a.textContent)).not.to.include('Learners');
    expect(navLinks(app).map((a) => a.textContent)).not.to.include('Live sessions');
    expect(pageHeading(app)!.textContent).to.equal('For coordinators only');
    expect(main(app).querySelector('wm-learner-view')).to.equal(null);
    await audit(app, 'viewer on a learner page');
    history.replaceState(null, '', '/dashboard/live/session-1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => pageHeading(app)?.textContent === 'For coordinators only' && !main(app).querySelector('wm-live-console'), 'no console for a viewer');
  });

  it('opens the live sessions from the navigation, with focus on the page’s heading and no filters', async () => {
    const app = await startApp(fixtureApi());
    navLinks(app).find((a) => a.textContent === 'Live sessions')!.click();
    await waitUntil(() => main(app).querySelector('wm-live-sessions'), 'the live sessions page');
    expect(location.pathname).to.equal('/dashboard/live');
    expect(main(app).querySelector('wm-filter-bar')).to.equal(null);
    await waitUntil(() => focusedDeep()?.textContent === 'Live sessions', 'focus on the page heading');
    expect(navLinks(app).find((a) => a.getAttribute('aria-current'))!.textContent).to.equal('Live sessions');
    expect(document.title).to.equal('Live sessions – WORKMENTOR Coordinators\' dashboard');
  });

  it('opens a learner from the list and comes back after an erasure, saying what happened', async () => {
    const api = fixtureApi();
    api.on('DELETE', '/dashboard/api/learners/l-1', { statements: 1, documents: 0, derived: 0 });
    const app = await startApp(api, '/dashboard/learners');
    const list = $(app, 'wm-learners-panel');
    await waitUntil(() => list.shadowRoot!.querySelector('#learners tbody a'), 'the list');
    $<HTMLAnchorElement>(list, '#learners tbody a').click();
    const view = await waitUntil(() => main(app).querySelector('wm-learner-view'), 'the learner page').then(() => $(app, 'wm-learner-view'));
    expect(location.pathname).to.equal('/dashboard/learners/l-1');
    await waitUntil(() => view.shadowRoot!.querySelector('button.erase'), 'the learner');
    expect(navLinks(app).find((a) => a.getAttribute('aria-current'))!.textContent).to.equal('Learners');
    $<HTMLButtonElement>(view, 'button.erase').click();
    const dialog = $(view, 'wm-erase-dialog');
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog[open]'), 'the dialog');
    await sendKeys({ type: 'lena.vermeulen@example.be' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => location.pathname === '/dashboard/learners' && main(app).querySelector('wm-learners-panel'), 'back on the list');
    await waitUntil(() => announcement(app) === 'The data of Lena Vermeulen has been erased.', 'announced');
    expect(api.to('/dashboard/api/learners/l-1', 'DELETE')[0]!.headers.get('x-csrf-token')).to.equal('csrf-coordinator-token');
  });

  it('brings back the login with a note when the session ends, and logs out with the CSRF token', async () => {
    const api = fixtureApi();
    const app = await startApp(api, '/dashboard/feedback');
    api.on('GET', '/dashboard/api/scores', apiError(401, 'no session'));
    navLinks(app)[0]!.click();
    await waitUntil(() => main(app).querySelector('wm-login'), 'the login');
    expect(textOf($(app, 'wm-login'), '.notice')).to.equal('Your session has ended. Log in again to carry on where you were.');
    expect(location.pathname).to.equal('/dashboard', 'still on the page the coordinator was on');

    const again = await startApp(fixtureApi(), '/register');
    const logoutApi = fixtureApi();
    again.api = logoutApi.client('csrf-xyz');
    await again.updateComplete;
    $<HTMLButtonElement>(again, 'button.logout').click();
    await waitUntil(() => main(again).querySelector('wm-login'), 'the login');
    expect(logoutApi.to(SESSION_URL, 'DELETE')[0]!.headers.get('x-csrf-token')).to.equal('csrf-xyz');
    expect(textOf($(again, 'wm-login'), '.notice')).to.equal('You have logged out.');
    await waitUntil(() => focusedDeep()?.textContent === 'Log in', 'focus on the login heading');
  });

  it('switches the language of everything and remembers it', async () => {
    const app = await startApp(fixtureApi());
    const select = $<HTMLSelectElement>(app, '#ui-language');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => pageHeading(app)?.textContent === 'Hoe de cursus loopt', 'Dutch');
    expect(document.documentElement.lang).to.equal('nl');
    expect(localStorage.getItem('wm-dashboard-language')).to.equal('nl');
    expect(navLinks(app)[1]!.textContent).to.equal('Toetsvragen');
    const funnel = $(app, 'wm-funnel-panel');
    await waitUntil(() => funnel.shadowRoot!.querySelector('h2')?.textContent === 'Trechter van voltooiing', 'the panels too');
    document.documentElement.lang = 'en';
  });

  it('makes all text larger for a projector, and says the button is pressed', async () => {
    const app = await startApp(fixtureApi());
    const button = $<HTMLButtonElement>(app, 'button.large-text');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await app.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).to.equal(true);
    expect(localStorage.getItem('wm-dashboard-large-text')).to.equal('true');
    button.click();
    await app.updateComplete;
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).to.equal(false);
    expect(localStorage.getItem('wm-dashboard-large-text')).to.equal(null);
  });

  it('says when an address is no page, and when the server cannot be reached at all', async () => {
    const app = await startApp(fixtureApi(), '/dashboard/nothing/here');
    expect(pageHeading(app)!.textContent).to.equal('Page not found');
    await audit(app, 'not found');
    const api = fixtureApi();
    api.on('GET', SESSION_URL, apiError(502, 'bad gateway'));
    const down = await startApp(api);
    expect(textOf(down, 'main .notice.bad')).to.include('The dashboard could not reach its server');
  });
});
