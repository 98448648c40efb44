import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../../../../components/src/test-support/reflow.ts';
import type { WmNavigateEvent } from '../../app/events.ts';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { liveCatalog, liveScreen, liveSessionList } from '../../test-support/live-fixtures.ts';
import { deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import './wm-live-sessions.ts';
import type { WmLiveSessions } from './wm-live-sessions.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const CATALOG = '/live/api/catalog';
const SESSIONS = '/live/api/sessions';

const fixtures = () => new MockApi().on('GET', CATALOG, liveCatalog).on('GET', SESSIONS, liveSessionList);
const render = (api: MockApi) => renderWithApi<WmLiveSessions>(html`<wm-live-sessions></wm-live-sessions>`, api.client('csrf-live'));
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('form.start, .no-modules') && el.shadowRoot!.querySelector('.sessions'), 'the page shows');
const options = (el: Element, id: string) => $$<HTMLOptionElement>(el, `#${id} option`).map((option) => [option.value, option.textContent!.trim()]);

async function choose(el: WmLiveSessions, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<wm-live-sessions>', () => {
  afterEach(async () => {
    await resetReflow();
    await setDashboardLanguage('en');
  });

  it('offers the catalog’s modules, each only in its own languages, named in the session’s language', async () => {
    const catalog = deferred<Response>();
    const el = await render(fixtures().on('GET', CATALOG, () => catalog.promise));
    expect(textOf(el, 'h1')).to.equal('Live sessions');
    await audit(el, 'loading');
    catalog.resolve(json(liveCatalog));
    await ready(el);
    expect(options(el, 'module')).to.deep.equal([
      ['feedback', 'Giving and asking for feedback'],
      ['being-a-mentor', 'Being a mentor'],
      ['safety-first', 'Sikkerhet først'],
    ]);
    expect(options(el, 'locale')).to.deep.equal([
      ['en', 'English'],
      ['nl', 'Dutch'],
      ['nb', 'Norwegian Bokmål'],
    ]);
    expect($<HTMLSelectElement>(el, '#locale').value).to.equal('en', 'the dashboard’s language first');
    expect(textOf(el, '#module-steps')).to.equal('5 steps the room can do live.');

    await choose(el, 'locale', 'nl');
    expect(options(el, 'module').map(([, title]) => title)).to.deep.equal(['Feedback geven en vragen', 'Mentor zijn', 'Sikkerhet først'], 'titles follow the session’s language');

    await choose(el, 'module', 'safety-first');
    expect(options(el, 'locale')).to.deep.equal([['nb', 'Norwegian Bokmål']]);
    expect($<HTMLSelectElement>(el, '#locale').value).to.equal('nb');
    expect(textOf(el, '#module-steps')).to.equal('2 steps the room can do live.');

    await choose(el, 'module', 'being-a-mentor');
    expect(options(el, 'locale').map(([value]) => value)).to.deep.equal(['en', 'nl'], 'in the catalog’s order');
    expect($<HTMLSelectElement>(el, '#locale').value).to.equal('en', 'back to the dashboard’s language, which this module has');
    await audit(el, 'ready');
  });

  it('explains what “with the name they type” puts in the learning records', async () => {
    const el = await render(fixtures());
    await ready(el);
    expect(textOf(el, 'fieldset legend')).to.equal('Participants appear in the learning records as');
    expect($<HTMLInputElement>(el, '#record-anonymous').checked).to.equal(true, 'anonymous unless chosen');
    const named = $<HTMLInputElement>(el, '#record-named');
    expect(textOf(el, `#${named.getAttribute('aria-describedby')}`)).to.include('goes into this LRS’s learning records (xAPI statements)');
  });

  it('starts a session with the module, language and record choice, then opens its console', async () => {
    const api = fixtures().on('POST', SESSIONS, () => json(liveScreen('waiting'), 201));
    const el = await render(api);
    await ready(el);
    await choose(el, 'locale', 'nl');
    $<HTMLInputElement>(el, '#record-named').click();
    await el.updateComplete;
    const navigated = oneEvent(el, 'wm-navigate') as Promise<WmNavigateEvent>;
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    const event = await navigated;
    expect(event.href).to.equal('/dashboard/live/session-1');
    const [post] = api.to(SESSIONS, 'POST');
    expect(JSON.parse(post!.body!)).to.deep.equal({ moduleId: 'feedback', locale: 'nl', recordAs: 'named' });
    expect(post!.headers.get('x-csrf-token')).to.equal('csrf-live');
  });

  it('says why a session could not start, and keeps focus on the button', async () => {
    const answer = deferred<Response>();
    const api = fixtures().on('POST', SESSIONS, () => answer.promise);
    const el = await render(api);
    await ready(el);
    const submit = $<HTMLButtonElement>(el, 'button[type=submit]');
    submit.focus();
    submit.click();
    await el.updateComplete;
    expect(submit.textContent!.trim()).to.equal('Starting the session…');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    submit.click();
    expect(api.to(SESSIONS, 'POST')).to.have.length(1, 'one start at a time');
    answer.resolve(json({ status: 409, error: 'Conflict', message: 'The module has nothing a room can do live.', code: 'empty-plan' }, 409));
    await waitUntil(() => textOf(el, '.failure') !== '', 'the failure');
    expect($(el, '.failure').getAttribute('role')).to.equal('alert');
    expect(textOf(el, '.failure')).to.include('The module has nothing a room can do live.');
    expect(el.shadowRoot!.activeElement).to.equal(submit);
    await audit(el, 'start failed');
  });

  it('lists the coordinator’s sessions, each opening its console, and says they are deleted', async () => {
    const el = await render(fixtures());
    await ready(el);
    const rows = rowsOf($(el, '#sessions'));
    const started = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-03-03T08:30:00.000Z'));
    expect(rows[0]).to.deep.equal(['QW4-ZP9', 'Mentor zijn', 'Dutch', 'Voting', '14', started]);
    expect(rows[1]!.slice(0, 5)).to.deep.equal(['KMP-7RX', 'Giving and asking for feedback', 'English', 'Finished', '3']);
    const links = $$<HTMLAnchorElement>(el, '#sessions a.code');
    expect(links.map((a) => new URL(a.href).pathname)).to.deep.equal(['/dashboard/live/session-2', '/dashboard/live/session-1']);
    expect(links[0]!.getAttribute('aria-label')).to.equal('Open the console of session QW4-ZP9');
    expect(textOf(el, '.deleted')).to.equal('Sessions, and the names participants typed in them, are deleted 7 days after their last change. Download what you want to keep before then.');
    await audit(el, 'with sessions');

    const empty = await render(fixtures().on('GET', SESSIONS, { sessions: [], retentionHours: 36 }));
    await ready(empty);
    expect(textOf(empty, '.sessions .empty')).to.equal('You have not started a session yet.');
    expect(textOf(empty, '.deleted')).to.include('deleted 36 hours after their last change');
    await audit(empty, 'no sessions');
  });

  it('says so when no module can be run live', async () => {
    const el = await render(fixtures().on('GET', CATALOG, { locales: ['en'], modules: [] }));
    await ready(el);
    expect(textOf(el, '.no-modules')).to.include('No module can be run live yet');
    expect($$(el, 'form')).to.have.length(0);
    await audit(el, 'no modules');
  });

  it('is filled in and sent by keyboard alone', async () => {
    const api = fixtures().on('POST', SESSIONS, () => json(liveScreen('waiting'), 201));
    const el = await render(api);
    await ready(el);
    $<HTMLInputElement>(el, '#record-anonymous').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>(el, '#record-named').checked).to.equal(true, 'arrows move within the one radio group');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button[type=submit]'));
    const navigated = oneEvent(el, 'wm-navigate');
    await sendKeys({ press: 'Enter' });
    await navigated;
    expect(JSON.parse(api.to(SESSIONS, 'POST')[0]!.body!)).to.deep.equal({ moduleId: 'feedback', locale: 'en', recordAs: 'named' });
  });

  it('speaks Dutch and Norwegian too', async () => {
    await setDashboardLanguage('nl');
    const el = await render(fixtures());
    await ready(el);
    expect(textOf(el, 'h1')).to.equal('Groepssessies');
    expect($<HTMLSelectElement>(el, '#locale').value).to.equal('nl', 'the dashboard’s language first');
    expect(options(el, 'module')[0]![1]).to.equal('Feedback geven en vragen');
    await setDashboardLanguage('nb');
    await el.updateComplete;
    expect(textOf(el, 'button[type=submit]')).to.equal('Start økten');
  });

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name}`, async () => {
      await useReflowCase(c);
      const el = await render(fixtures());
      await ready(el);
      await expectNoSidewaysScroll(el, 'start page');
    });
  }
});
