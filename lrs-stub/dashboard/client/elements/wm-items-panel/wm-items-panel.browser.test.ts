import { expect, html, waitUntil } from '@open-wc/testing';
import { emptyScores, itemAnalysis, scores } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-items-panel.ts';
import type { WmItemsPanel } from './wm-items-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const SCORES = '/dashboard/api/scores';
const ITEMS = '/dashboard/api/items';
const analysed = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('#items'), 'the item table shows');
const render = (api: MockApi, filters = {}) => renderWithApi<WmItemsPanel>(html`<wm-items-panel heading-level="1" .filters=${filters}></wm-items-panel>`, api.client());
const api = () => new MockApi().on('GET', SCORES, scores).on('GET', ITEMS, itemAnalysis);

describe('<wm-items-panel>', () => {
  it('analyses the first quiz, then the one picked, with the filters', async () => {
    const mock = api();
    const el = await render(mock, { cohort: '2026-spring' });
    await analysed(el);
    expect(mock.to(ITEMS)[0]!.url.search).to.equal('?cohort=2026-spring&quiz=feedback%2Ffeedback-check');
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Quiz item analysis');
    const select = $<HTMLSelectElement>(el, '#quiz');
    select.value = 'final-assessment/final';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => mock.to(ITEMS).length === 2, 'the second quiz is asked for');
    expect(mock.to(ITEMS)[1]!.url.searchParams.get('quiz')).to.equal('final-assessment/final');
    const csv = new URL($<HTMLAnchorElement>(el, 'a.csv').href);
    expect(csv.searchParams.get('format')).to.equal('csv');
    expect(csv.searchParams.get('quiz')).to.equal('final-assessment/final');
  });

  it('shows the whole quiz and every statistic per question, as in Moodle’s report', async () => {
    const el = await render(api());
    await analysed(el);
    const stats = $$(el, '.stats > div').map((div) => [textOf(div, 'dt'), textOf(div, 'dd')]);
    expect(stats.slice(0, 5)).to.deep.equal([
      ['Attempts', '96'],
      ['Mean score', '74.1%'],
      ['Median score', '76%'],
      ['Standard deviation', '16.2%'],
      ['Internal consistency (Cronbach’s alpha)', '71.3%'],
    ]);
    const rows = rowsOf($(el, '#items'));
    expect(rows[0]!.slice(0, 7)).to.deep.equal(['q-specific-behaviour', '96', '78.1%', '41.4%', '52.3%', '61.4%', '9.4%']);
    expect($$(el, '#items tbody tr:first-child td.options li').map((li) => li.textContent)).to.deep.equal(['a: 75 (78.1%)', 'b: 12 (12.5%)', 'c: 9 (9.4%)']);
    expect(rows[0]![8]).to.equal('No');
    await audit(el, 'data');
  });

  it('marks flagged questions with ⚑ and says why in words, with values and thresholds', async () => {
    const el = await render(api());
    await analysed(el);
    expect(textOf(el, '.flag-summary')).to.equal('3 questions need a second look. They are marked ⚑ in the table, with the reasons.');
    const flagged = $$(el, '#items tbody tr.flagged');
    expect(flagged.map((row) => textOf(row, 'th'))).to.deep.equal(['q-timely-feedback', 'q-next-step', 'q-sandwich']);
    expect(textOf(flagged[0]!, '.flags .flag')).to.equal('⚑ Flagged');
    expect(textOf(flagged[0]!, '.flags li')).to.equal('Facility 97.9% is at or above 95%: extremely easy, it tells nobody apart.');
    expect($$(flagged[2]!, '.flags li').map((li) => li.textContent)).to.deep.equal([
      'Discriminative efficiency -11.5% is below 15%: Moodle calls the question dubious.',
      'Discrimination index -8.2% is below 30%: very likely needs checking.',
      'Marks go against the totals (negative covariance): stronger learners did worse on this question.',
    ]);
    // A statistic without a value says why, not 0.
    expect(rowsOf($(el, '#items'))[1]![4]).to.equal('– everyone scored the same');
    const chart = $<WmChart>(el, 'wm-chart');
    expect(chart.spec!.labels).to.include('⚑ q-sandwich');
  });

  it('opens the chart’s numbers as a table and stays accessible', async () => {
    const el = await render(api());
    await analysed(el);
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    expect(rowsOf($(el, '#items-chart-table'))[3]).to.deep.equal(['q-sandwich', '40.6%', '-8.2%']);
    $<HTMLDetailsElement>(el, 'details.glossary').open = true;
    await audit(el, 'table view open');
  });

  it('says no quiz has been attempted yet when there is none', async () => {
    const mock = new MockApi().on('GET', SCORES, emptyScores);
    const el = await render(mock);
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'the empty state');
    expect(textOf(el, '.notice')).to.equal('No quiz has been attempted yet, so there is nothing to analyse.');
    expect(mock.to(ITEMS)).to.have.length(0);
    await audit(el, 'empty');
  });

  it('shows loading and failure of the analysis below the quiz picker', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', SCORES, scores).on('GET', ITEMS, () => answer.promise));
    await waitUntil(() => el.shadowRoot!.querySelector('#quiz'), 'the picker');
    await waitUntil(() => textOf(el, '.content [role="status"]') === 'Loading the item analysis…', 'loading');
    await audit(el, 'loading');
    answer.resolve(apiError(400, 'quiz is <module-id>/<activity-id>'));
    await waitUntil(() => el.shadowRoot!.querySelector('.notice.bad'), 'the error');
    expect(textOf(el, '.notice.bad')).to.include('quiz is <module-id>/<activity-id>');
    expect(el.shadowRoot!.querySelector('#quiz')).not.to.equal(null);
    await audit(el, 'error');
  });

  it('shows item and option ids from the statements as text, never as markup', async () => {
    const items = XSS_VALUES.map((id, i) => ({ ...itemAnalysis.items[i % itemAnalysis.items.length]!, id, options: [{ id: XSS.svg, count: 1, percent: { value: 1 } }] }));
    const el = await render(new MockApi().on('GET', SCORES, scores).on('GET', ITEMS, json({ ...itemAnalysis, items })));
    await analysed(el);
    await expectRenderedAsText(el);
  });
});
