import { expect, html, waitUntil } from '@open-wc/testing';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { emptyTime, time } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-time-panel.ts';
import type { WmTimePanel } from './wm-time-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const TIME = '/dashboard/api/time';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the panel shows its answer');
const render = (api: MockApi) => renderWithApi<WmTimePanel>(html`<wm-time-panel></wm-time-panel>`, api.client());

describe('<wm-time-panel>', () => {
  afterEach(() => setDashboardLanguage('en'));

  it('shows median and 90th percentile per module in minutes, with every figure in tables', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', TIME, () => answer.promise));
    await audit(el, 'loading');
    answer.resolve(json(time));
    await ready(el);
    const chart = $<WmChart>(el, 'wm-chart');
    expect(chart.spec!.unit).to.equal('minutes');
    expect(chart.spec!.series.map((s) => s.label)).to.deep.equal(['Median', '90th percentile']);
    expect(rowsOf($(el, '#activities'))[0]).to.deep.equal(['End of the day on site', 'Giving and asking for feedback', '88', '9 min']);
    await audit(el, 'data');
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    expect(rowsOf($(el, '#modules-table'))[0]).to.deep.equal(['Being a mentor: why it matters and what it takes', '110', '25 min', '28.7 min', '51.7 min']);
    await audit(el, 'table view open');
  });

  it('writes minutes as the chosen language does', async () => {
    await setDashboardLanguage('nb');
    const el = await render(new MockApi().on('GET', TIME, time));
    await ready(el);
    expect(rowsOf($(el, '#activities'))[2]![3]).to.equal('33 min');
    expect(textOf(el, '#activities-caption')).to.equal('Median tid per aktivitet');
  });

  it('shows the empty and the failed state', async () => {
    const empty = await render(new MockApi().on('GET', TIME, emptyTime));
    await ready(empty);
    expect(textOf(empty, '.notice-title')).to.equal('No statements yet');
    await audit(empty, 'empty');
    const failed = await render(new MockApi().on('GET', TIME, () => Promise.reject(new TypeError('Failed to fetch'))));
    await ready(failed);
    expect(textOf(failed, '.notice.bad')).to.include('could not be reached');
    await audit(failed, 'error');
  });

  it('shows activity and module names as text, never as markup', async () => {
    const activities = XSS_VALUES.map((name, i) => ({ moduleId: 'feedback', activityId: `a${i}`, names: { en: name }, learners: 1, medianSeconds: 60 }));
    const modules = XSS_VALUES.map((name, i) => ({ moduleId: `m${i}`, names: { en: name }, learners: 1, medianSeconds: 60, meanSeconds: 60, p90Seconds: 120 }));
    const el = await render(new MockApi().on('GET', TIME, { modules, activities }));
    await ready(el);
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    await expectRenderedAsText(el);
  });

  it('says what to do when the server fails', async () => {
    const el = await render(new MockApi().on('GET', TIME, apiError(503, 'busy')));
    await ready(el);
    expect(textOf(el, '.notice.bad')).to.include('ask your administrator');
  });
});
