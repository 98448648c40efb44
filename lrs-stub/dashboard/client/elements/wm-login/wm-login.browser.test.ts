import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WmSessionStartEvent } from '../../app/events.ts';
import { SESSION_URL } from '../../app/session.ts';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { apiError, deferred, MockApi } from '../../test-support/mock-api.ts';
import { coordinatorSession } from '../../test-support/people-fixtures.ts';
import { $, audit, renderWithApi, textOf } from '../../test-support/render.ts';
import './wm-login.ts';
import type { WmLogin } from './wm-login.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const render = (api: MockApi, notice = '') => renderWithApi<WmLogin>(html`<wm-login .notice=${notice}></wm-login>`, api.client());
const problem = (el: WmLogin) => textOf(el, '[role="alert"]');

async function logIn(el: WmLogin, username: string, password: string): Promise<void> {
  $<HTMLInputElement>(el, '#username').focus();
  if (username) await sendKeys({ type: username });
  $<HTMLInputElement>(el, '#password').focus();
  if (password) await sendKeys({ type: password });
  await sendKeys({ press: 'Enter' });
}

describe('<wm-login>', () => {
  afterEach(() => setDashboardLanguage('en'));

  it('is a labelled form with an empty alert region', async () => {
    const el = await render(new MockApi());
    expect(textOf(el, 'label[for="username"]')).to.equal('Username');
    expect($(el, '#password').getAttribute('autocomplete')).to.equal('current-password');
    expect(problem(el)).to.equal('');
    await audit(el, 'empty');
  });

  it('asks for what is missing and moves focus there, without asking the server', async () => {
    const api = new MockApi();
    const el = await render(api);
    await logIn(el, 'ines', '');
    await waitUntil(() => problem(el) !== '', 'the problem is said');
    expect(problem(el)).to.equal('Fill in both your username and your password.');
    expect($(el, '#password').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#username').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#password'));
    expect(api.requests).to.have.length(0);
    await audit(el, 'missing password');
  });

  it('logs in and reports the session', async () => {
    const api = new MockApi().on('POST', SESSION_URL, coordinatorSession);
    const el = await render(api);
    const started = oneEvent(el, 'wm-session-start') as Promise<WmSessionStartEvent>;
    await logIn(el, 'ines.coordinator', 'correct horse battery');
    expect((await started).session).to.deep.equal(coordinatorSession);
    expect(JSON.parse(api.to(SESSION_URL)[0]!.body!)).to.deep.equal({ username: 'ines.coordinator', password: 'correct horse battery' });
    expect(api.to(SESSION_URL)[0]!.headers.get('content-type')).to.equal('application/json');
  });

  it('says the username or password is wrong without saying which, and selects the password', async () => {
    const el = await render(new MockApi().on('POST', SESSION_URL, apiError(401, 'login: the username or the password is wrong')));
    await logIn(el, 'ines', 'nope');
    await waitUntil(() => problem(el) !== '', 'the problem is said');
    expect(problem(el)).to.equal('The username or the password is wrong, or the account is disabled. Check both and try again.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#password'));
    await audit(el, 'wrong');
  });

  it('says how many seconds to wait after too many attempts, from Retry-After', async () => {
    const el = await render(new MockApi().on('POST', SESSION_URL, apiError(429, 'login: too many failed attempts; try again in 30 s', { 'retry-after': '30' })));
    await logIn(el, 'ines', 'nope');
    await waitUntil(() => problem(el) !== '', 'the problem is said');
    expect(problem(el)).to.equal('Too many failed attempts. Try again in 30 seconds.');
    await audit(el, 'throttled');
  });

  it('reads the wait from the message when there is no Retry-After, in the chosen language', async () => {
    await setDashboardLanguage('nb');
    const el = await render(new MockApi().on('POST', SESSION_URL, apiError(429, 'login: too many failed attempts; try again in 1 s')));
    await logIn(el, 'ines', 'nope');
    await waitUntil(() => problem(el) !== '', 'the problem is said');
    expect(problem(el)).to.equal('For mange mislykkede forsøk. Prøv igjen om 1 sekund.');
  });

  it('says when the server cannot be reached, and shows the busy state while it waits', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('POST', SESSION_URL, () => answer.promise));
    await logIn(el, 'ines', 'pw');
    await waitUntil(() => $<HTMLButtonElement>(el, 'button').disabled, 'busy');
    expect(textOf(el, 'button')).to.equal('Logging in…');
    await audit(el, 'busy');
    answer.reject(new TypeError('Failed to fetch'));
    await waitUntil(() => problem(el) !== '', 'the problem is said');
    expect(problem(el)).to.include('could not be reached');
  });

  it('shows why the coordinator is here again (the session ended)', async () => {
    const el = await render(new MockApi(), 'Your session has ended. Log in again to carry on where you were.');
    expect(textOf(el, '.notice')).to.equal('Your session has ended. Log in again to carry on where you were.');
    await audit(el, 'with notice');
  });
});
