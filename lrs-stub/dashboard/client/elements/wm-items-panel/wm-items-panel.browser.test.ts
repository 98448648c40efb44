import { expect, html, waitUntil } from '@open-wc/testing';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { emptyScores, itemAnalysis, namedItemAnalysis, scores } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-items-panel.ts';
import type { WmItemsPanel } from './wm-items-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const SCORES = '/dashboard/api/scores';
const ITEMS = '/dashboard/api/items';
const analysed = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('#items'), 'the item table shows');
const render = (api: MockApi, filters = {}) => renderWithApi<WmItemsPanel>(html`<wm-items-panel heading-level="1" .filters=${filters}></wm-items-panel>`, api.client());
const api = () => new MockApi().on('GET', SCORES, scores).on('GET', ITEMS, itemAnalysis);
const named = () => new MockApi().on('GET', SCORES, scores).on('GET', ITEMS, namedItemAnalysis);
const questions = (el: Element) => rowsOf($(el, '#items')).map((row) => row[0]);
const optionsOf = (el: Element, row: number) => $$(el, `#items tbody tr:nth-child(${row}) td.options li`).map((li) => li.textContent);

describe('<wm-items-panel>', () => {
  afterEach(() => setDashboardLanguage('en'));

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

  it('names each question and the options chosen by their text, with the id below for authors', async () => {
    const el = await render(named());
    await analysed(el);
    expect(questions(el)).to.deep.equal([
      'Which feedback names what the learner did, not what they are like? q-specific-behaviour',
      'When does feedback help most? q-timely-feedback',
      'What should a feedback conversation end with? q-next-step',
      'Is the feedback sandwich (praise, criticism, praise) the best way to give feedback? q-sandwich',
      // Named by no statement: the id alone, as before.
      'q-ask-the-learner',
    ]);
    expect($$(el, '#items tbody th .item-id').map((span) => span.textContent)).to.deep.equal(['q-specific-behaviour', 'q-timely-feedback', 'q-next-step', 'q-sandwich']);
    expect(optionsOf(el, 1)).to.deep.equal(['You left the cables unlabelled: 75 (78.1%)', 'You are careless: 12 (12.5%)', 'Good job today: 9 (9.4%)']);
    expect(optionsOf(el, 4)).to.deep.equal(['Yes: 39 (40.6%)', 'No: 41 (42.7%)', 'c: 16 (16.7%)']);
    await audit(el, 'named questions');
  });

  it('labels the chart’s bars with the questions, long ones cut short, and gives them in full in its table', async () => {
    const el = await render(named());
    await analysed(el);
    expect($<WmChart>(el, 'wm-chart').spec!.labels).to.deep.equal([
      'Which feedback names what the learner…',
      '⚑ When does feedback help most?',
      '⚑ What should a feedback conversation end…',
      '⚑ Is the feedback sandwich (praise…',
      'q-ask-the-learner',
    ]);
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    expect(rowsOf($(el, '#items-chart-table')).map((row) => row[0])).to.deep.equal([
      'Which feedback names what the learner did, not what they are like?',
      'When does feedback help most?',
      'What should a feedback conversation end with?',
      'Is the feedback sandwich (praise, criticism, praise) the best way to give feedback?',
      'q-ask-the-learner',
    ]);
    await audit(el, 'named questions, table view open');
  });

  it('reads questions and options in the dashboard’s language', async () => {
    await setDashboardLanguage('nl');
    const el = await render(named());
    await analysed(el);
    expect(questions(el)[2]).to.equal('Waarmee eindigt een feedbackgesprek? q-next-step');
    expect(optionsOf(el, 2)).to.deep.equal(['Direct na de taak: 94 (97,9%)', 'Bij het jaargesprek: 2 (2,1%)']);
    expect($<WmChart>(el, 'wm-chart').spec!.labels[0]).to.equal('Welke feedback noemt wat de leerling…');
    await audit(el, 'named in Dutch');
  });

  it('shows an older server’s answer, without texts, by question and option ids', async () => {
    const el = await render(api());
    await analysed(el);
    expect(questions(el)).to.deep.equal(['q-specific-behaviour', 'q-timely-feedback', 'q-next-step', 'q-sandwich', 'q-ask-the-learner']);
    expect($$(el, '#items tbody th .item-id')).to.have.length(0);
    expect(optionsOf(el, 4)).to.deep.equal(['a: 39 (40.6%)', 'b: 41 (42.7%)', 'c: 16 (16.7%)']);
    expect($<WmChart>(el, 'wm-chart').spec!.labels).to.deep.equal(['q-specific-behaviour', '⚑ q-timely-feedback', '⚑ q-next-step', '⚑ q-sandwich', 'q-ask-the-learner']);
    await audit(el, 'ids only');
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

  it('shows question and option texts from the statements as text, never as markup, in the tables and on the chart', async () => {
    const base = namedItemAnalysis.items[1]!;
    const items = XSS_VALUES.map((text, i) => ({ ...base, id: `q${i}`, names: { en: text }, options: [{ id: 'a', names: { en: text }, count: 1, percent: { value: 1 } }] }));
    const el = await render(new MockApi().on('GET', SCORES, scores).on('GET', ITEMS, json({ ...namedItemAnalysis, items })));
    await analysed(el);
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    // Twice each: the question and its option, in the questions table; and the chart's table.
    for (const text of XSS_VALUES) expect($$(el, 'th, li').filter((cell) => cell.textContent!.includes(text)).length, text).to.be.at.least(3);
    expect($<WmChart>(el, 'wm-chart').spec!.labels[0]).to.equal(`⚑ ${XSS.img}`);
    await expectRenderedAsText(el);
  });
});
