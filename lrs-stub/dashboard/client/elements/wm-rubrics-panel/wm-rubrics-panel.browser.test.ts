import { expect, html, waitUntil } from '@open-wc/testing';
import { emptyRubrics, rubrics } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-rubrics-panel.ts';
import type { WmRubricsPanel } from './wm-rubrics-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const RUBRICS = '/dashboard/api/rubrics';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the panel shows its answer');
const render = (api: MockApi) => renderWithApi<WmRubricsPanel>(html`<wm-rubrics-panel></wm-rubrics-panel>`, api.client());

describe('<wm-rubrics-panel>', () => {
  it('shows the sorting task’s figures and the self-ratings per criterion, each level in a neutral colour of its own', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', RUBRICS, () => answer.promise));
    await audit(el, 'loading');
    answer.resolve(json(rubrics));
    await ready(el);
    expect($$(el, '.stats > div').map((div) => [textOf(div, 'dt'), textOf(div, 'dd')])).to.deep.equal([
      ['Learners', '84'],
      ['Mean score', '81.3%'],
      ['All sorted correctly (48.8%)', '41'],
    ]);
    const chart = $<WmChart>(el, 'wm-chart');
    expect(chart.spec!.series.map((s) => [s.label, s.tone, s.values])).to.deep.equal([
      ['not-yet', 'accent', [9, 4, 17]],
      ['partly', 'focus', [30, 22, 35]],
      ['yes', 'muted', [41, 54, 27]],
    ]);
    // On the overview the exercise is an h3 under the panel's h2, its figure an h4.
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Reply to a learner who wants to give up');
    expect(el.shadowRoot!.querySelector('figure h4')).not.to.equal(null);
    await audit(el, 'data');
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    expect(rowsOf($(el, '#criteria-0-table'))[0]).to.deep.equal(['specific', 'not-yet', '9', '11.3%']);
    await audit(el, 'table view open');
  });

  it('shows the empty and the failed state', async () => {
    const empty = await render(new MockApi().on('GET', RUBRICS, emptyRubrics));
    await ready(empty);
    await audit(empty, 'empty');
    const failed = await render(new MockApi().on('GET', RUBRICS, apiError(500, 'boom', { 'x-request-id': 'r-9' })));
    await ready(failed);
    expect(textOf(failed, '.notice.bad')).to.include('r-9');
    await audit(failed, 'error');
  });

  it('shows exercise names, criteria and levels as text, never as markup', async () => {
    const criteria = XSS_VALUES.map((id) => ({ criterionId: id, total: 2, levels: [{ levelId: XSS_VALUES[0]!, count: 1 }, { levelId: id, count: 1 }] }));
    const el = await render(new MockApi().on('GET', RUBRICS, { exercises: [{ ...rubrics.exercises[0]!, names: { en: XSS_VALUES[1]! }, criteria }] }));
    await ready(el);
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    await expectRenderedAsText(el);
  });
});
