import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { emptyFunnel, funnel } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-funnel-panel.ts';
import type { WmFunnelPanel } from './wm-funnel-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const FUNNEL = '/dashboard/api/funnel';
const ready = (el: WmFunnelPanel) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the panel shows its answer');

async function renderPanel(api: MockApi, filters = {}): Promise<WmFunnelPanel> {
  return renderWithApi<WmFunnelPanel>(html`<wm-funnel-panel .filters=${filters}></wm-funnel-panel>`, api.client());
}

describe('<wm-funnel-panel>', () => {
  afterEach(async () => {
    await setDashboardLanguage('en');
  });

  it('says what is loading in a live region while the funnel loads', async () => {
    const answer = deferred<Response>();
    const api = new MockApi().on('GET', FUNNEL, () => answer.promise);
    const el = await renderPanel(api);
    expect(textOf(el, '[role="status"]')).to.equal('Loading the completion funnel…');
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    await audit(el, 'loading');
    answer.resolve(json(funnel));
    await ready(el);
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('false');
    expect(textOf(el, '[role="status"]')).to.equal('');
  });

  it('shows every stage as a number and as a chart, with the numbers in a table on request', async () => {
    const el = await renderPanel(new MockApi().on('GET', FUNNEL, funnel));
    await ready(el);
    const stats = $$(el, '.stats > div').map((div) => [textOf(div as HTMLElement, 'dt'), textOf(div as HTMLElement, 'dd')]);
    expect(stats).to.deep.equal([
      ['Started', '124'],
      ['Completed (57.3%)', '71'],
      ['Passed the final assessment (51.6%)', '64'],
      ['Certified (46.8%)', '58'],
    ]);
    const chart = $<WmChart>(el, 'figure#course wm-chart, figure wm-chart');
    await waitUntil(() => chart.instance, 'the chart is drawn');
    expect(chart.instance!.data.datasets[0]!.data).to.deep.equal([124, 71, 64, 58]);
    expect($(chart, 'canvas').getAttribute('role')).to.equal('img');
    expect($(chart, 'canvas').getAttribute('aria-label')).to.include('Learners at each stage of the course');
    await audit(el, 'data');

    const toggle = $<HTMLButtonElement>(el, 'button.table-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = $<HTMLTableElement>(el, `#${toggle.getAttribute('aria-controls')} table`);
    expect(table.caption!.textContent).to.equal('Learners at each stage of the course');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(rowsOf(table)).to.deep.equal([
      ['Started', '124', '100%'],
      ['Completed', '71', '57.3%'],
      ['Passed the final assessment', '64', '51.6%'],
      ['Certified', '58', '46.8%'],
    ]);
    await audit(el, 'table view open');
  });

  it('names modules per course language when there are several, and links the CSV with the filters', async () => {
    const api = new MockApi().on('GET', FUNNEL, funnel);
    const el = await renderPanel(api, { cohort: '2026-spring', from: '2026-03-01' });
    await ready(el);
    expect(api.to(FUNNEL)[0]!.url.search).to.equal('?from=2026-03-01&cohort=2026-spring');
    const csv = $$<HTMLAnchorElement>(el, 'a.csv');
    expect(csv).to.have.length(2);
    expect(new URL(csv[0]!.href).pathname + new URL(csv[0]!.href).search).to.equal('/dashboard/api/funnel?from=2026-03-01&cohort=2026-spring&format=csv');
    expect(csv[0]!.hasAttribute('download')).to.equal(true);
    const modules = $$<WmChart>(el, 'wm-chart')[1]!;
    await waitUntil(() => modules.instance, 'the module chart is drawn');
    expect(modules.spec!.labels[0]).to.equal('Being a mentor: why it matters and what it takes (English)');
    expect(modules.spec!.series.map((s) => s.label)).to.deep.equal(['Started', 'Completed']);
  });

  it('loads again with the new filters, dropping the answer to the old ones', async () => {
    const first = deferred<Response>();
    const api = new MockApi().on('GET', FUNNEL, (request) => (request.url.searchParams.get('language') === 'nl' ? json(funnel) : first.promise));
    const el = await renderPanel(api);
    el.filters = { language: 'nl' };
    await ready(el);
    first.resolve(json({ ...funnel, course: { started: 1, completed: 0, passed: 0, certified: 0 } }));
    await el.updateComplete;
    expect(api.to(FUNNEL).map((r) => r.url.search)).to.deep.equal(['', '?language=nl']);
    expect(textOf(el, '.stats > div:first-child dd')).to.equal('124');
  });

  it('says no statements are recorded yet and how to send some', async () => {
    const el = await renderPanel(new MockApi().on('GET', FUNNEL, emptyFunnel));
    await ready(el);
    expect(textOf(el, '.notice .notice-title')).to.equal('No statements yet');
    expect($$(el, '.notice li')).to.have.length(3);
    expect(textOf(el, '.notice')).to.include('npm run lrs:import');
    await audit(el, 'empty');
  });

  it('says nothing matches when filters are applied and the answer is empty', async () => {
    const el = await renderPanel(new MockApi().on('GET', FUNNEL, emptyFunnel), { cohort: 'nobody' });
    await ready(el);
    expect(textOf(el, '.notice .notice-title')).to.equal('Nothing matches these filters');
    await audit(el, 'empty with filters');
  });

  it('explains a server failure with its request id and loads again on "Try again"', async () => {
    let calls = 0;
    const api = new MockApi().on('GET', FUNNEL, () => (++calls === 1 ? json({ status: 500, error: 'Internal Server Error', message: 'x', requestId: 'req-42' }, 500) : json(funnel)));
    const el = await renderPanel(api);
    await waitUntil(() => el.shadowRoot!.querySelector('.notice.bad'), 'the error shows');
    expect(textOf(el, '[role="status"]')).to.include('This panel could not be loaded');
    expect(textOf(el, '[role="status"]')).to.include('req-42');
    await audit(el, 'error');
    $<HTMLButtonElement>(el, '.notice.bad button').click();
    await ready(el);
    expect(calls).to.equal(2);
    expect(el.shadowRoot!.querySelector('.notice.bad')).to.equal(null);
  });

  it('tells the app the session ended when the API answers 401', async () => {
    const el = await renderWithApi<WmFunnelPanel>(html`<wm-funnel-panel></wm-funnel-panel>`, new MockApi().on('GET', FUNNEL, () => new Promise<Response>((resolve) => setTimeout(() => resolve(apiError(401, 'no session')), 0))).client());
    await oneEvent(el, 'wm-session-expired');
  });

  it('refuses an answer that does not match the contract instead of drawing it', async () => {
    const el = await renderPanel(new MockApi().on('GET', FUNNEL, { course: { started: 'many' }, modules: [] }));
    await waitUntil(() => el.shadowRoot!.querySelector('.notice.bad'), 'the error shows');
    expect(textOf(el, '.notice.bad')).to.include('not what this dashboard expects');
  });

  it('writes numbers as the chosen language does', async () => {
    await setDashboardLanguage('nl');
    const el = await renderPanel(new MockApi().on('GET', FUNNEL, { ...funnel, course: { ...funnel.course, started: 1234 } }));
    await ready(el);
    expect(textOf(el, '.stats > div:first-child dd')).to.equal('1.234');
  });

  it('shows module names from the statements as text, never as markup', async () => {
    const names = XSS_VALUES.map((value, i) => ({ moduleId: `m${i}`, names: { en: value }, language: i % 2 ? 'en' : 'nl', started: 3, completed: 1 }));
    const el = await renderPanel(new MockApi().on('GET', FUNNEL, { ...funnel, modules: names }));
    await ready(el);
    $$<HTMLButtonElement>(el, 'button.table-toggle').forEach((b) => b.click());
    await el.updateComplete;
    await expectRenderedAsText(el);
    expect(textOf(el, 'figure:nth-of-type(2) tbody tr:first-child th')).to.equal(XSS.img);
  });
});
