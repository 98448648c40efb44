import { expect, html, waitUntil } from '@open-wc/testing';
import { emptyScores, scores } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-scores-panel.ts';
import type { WmScoresPanel } from './wm-scores-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const SCORES = '/dashboard/api/scores';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the panel shows its answer');
const render = (api: MockApi, filters = {}) => renderWithApi<WmScoresPanel>(html`<wm-scores-panel .filters=${filters}></wm-scores-panel>`, api.client());

describe('<wm-scores-panel>', () => {
  it('announces loading, then shows pass rates as a chart and, on request, as a table', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', SCORES, () => answer.promise));
    expect(textOf(el, '[role="status"]')).to.equal('Loading the quiz scores…');
    await audit(el, 'loading');
    answer.resolve(json(scores));
    await ready(el);
    const chart = $<WmChart>(el, 'wm-chart');
    expect(chart.spec!.series[0]!.values).to.deep.equal([84.8, 94.1, 87.7]);
    expect(chart.spec!.max).to.equal(100);
    await audit(el, 'data');
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    const table = $<HTMLTableElement>(el, '#pass-rates-table');
    expect(rowsOf(table)[0]).to.deep.equal(['Feedback check', '92', '131', '78', '84.8%', '79.5%', '82%']);
    await audit(el, 'table view open');
  });

  it('draws the distribution of the quiz picked in the list', async () => {
    const el = await render(new MockApi().on('GET', SCORES, scores));
    await ready(el);
    const distribution = () => $$<WmChart>(el, 'wm-chart')[1]!;
    expect(distribution().spec!.series[0]!.values).to.deep.equal(scores.quizzes[0]!.distribution.map((b) => b.count));
    expect(distribution().spec!.labels[0]).to.equal('0–10%');
    const select = $<HTMLSelectElement>(el, '#quiz');
    expect(el.shadowRoot!.querySelector(`label[for="quiz"]`)!.textContent).to.equal('Quiz');
    select.value = 'final-assessment/final';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(distribution().spec!.series[0]!.values).to.deep.equal(scores.quizzes[2]!.distribution.map((b) => b.count));
    expect(textOf(el, '#distribution-title')).to.equal('Final assessment: learners by best score');
  });

  it('shows the empty state without quizzes, and what went wrong on an error', async () => {
    const empty = await render(new MockApi().on('GET', SCORES, emptyScores));
    await ready(empty);
    expect(textOf(empty, '.notice-title')).to.equal('No statements yet');
    await audit(empty, 'empty');
    const failed = await render(new MockApi().on('GET', SCORES, apiError(400, 'from: a date is YYYY-MM-DD')));
    await ready(failed);
    expect(textOf(failed, '.notice.bad')).to.include('from: a date is YYYY-MM-DD');
    await audit(failed, 'error');
  });

  it('shows quiz names from the statements as text, never as markup', async () => {
    const quizzes = XSS_VALUES.map((name, i) => ({ ...scores.quizzes[0]!, activityId: `q${i}`, names: { en: name } }));
    const el = await render(new MockApi().on('GET', SCORES, { quizzes }));
    await ready(el);
    $$<HTMLButtonElement>(el, 'button.table-toggle').forEach((button) => button.click());
    await el.updateComplete;
    await expectRenderedAsText(el);
  });
});
