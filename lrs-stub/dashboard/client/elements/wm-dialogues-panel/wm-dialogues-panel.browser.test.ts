import { expect, html, waitUntil } from '@open-wc/testing';
import { dialogues, emptyDialogues } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-dialogues-panel.ts';
import type { WmDialoguesPanel } from './wm-dialogues-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const DIALOGUES = '/dashboard/api/dialogues';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the panel shows its answer');
const render = (api: MockApi) => renderWithApi<WmDialoguesPanel>(html`<wm-dialogues-panel heading-level="1"></wm-dialogues-panel>`, api.client());
const openTables = async (el: WmDialoguesPanel) => {
  $$<HTMLButtonElement>(el, 'button.table-toggle').forEach((button) => button.click());
  await el.updateComplete;
};

describe('<wm-dialogues-panel>', () => {
  it('shows what was chosen at each decision point, stacked by quality, with every choice in the table', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', DIALOGUES, () => answer.promise));
    await audit(el, 'loading');
    answer.resolve(json(dialogues));
    await ready(el);
    expect(textOf(el, '.learners')).to.equal('88 learners made at least one choice.');
    const chart = $<WmChart>(el, 'wm-chart');
    expect(chart.spec!.stacked).to.equal(true);
    expect(chart.spec!.labels).to.deep.equal(['Decision 1: start', 'Decision 2: walkthrough', 'Decision 3: generic-praise']);
    expect(chart.spec!.series.map((s) => [s.label, s.values])).to.deep.equal([
      ['good', [51, 38, 19]],
      ['acceptable', [24, 0, 0]],
      ['poor', [13, 13, 0]],
      ['not rated', [0, 0, 5]],
    ]);
    await audit(el, 'data');
    await openTables(el);
    expect(rowsOf($(el, '#decisions-table'))[0]).to.deep.equal(['Decision 1: start', 'Great, let’s walk through it together.', 'good', '51', '58%']);
    await audit(el, 'table view open');
  });

  it('draws the paths as a named flow diagram whose numbers are in a transitions table', async () => {
    const el = await render(new MockApi().on('GET', DIALOGUES, dialogues));
    await ready(el);
    const svg = $<SVGSVGElement>(el, 'svg.flow');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Flow diagram of End of the day on site: 5 steps, 88 runs.');
    expect(svg.querySelectorAll('.bands path')).to.have.length(13);
    expect(svg.querySelectorAll('rect.box.poor')).to.have.length(2);
    const region = $(el, '.flow-scroll');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('tabindex')).to.equal('0');
    await openTables(el);
    const transitions = rowsOf($(el, '#flow-table'));
    expect(transitions).to.deep.include(['start', 'Great, let’s walk through it together.', '51']);
    expect(transitions).to.have.length(13);
  });

  it('lists the most taken paths in words and the endings reached', async () => {
    const el = await render(new MockApi().on('GET', DIALOGUES, dialogues));
    await ready(el);
    const paths = $$(el, 'ol.paths li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(paths[0]).to.equal('Great, let’s walk through it together. → Point at the missing labels and ask why. → learner-owns-it (38 runs)');
    expect(paths[4]).to.equal('Nice one, well done! → Leave it there. → not finished (5 runs)');
    const endings = $$<WmChart>(el, 'wm-chart')[1]!;
    expect(endings.spec!.series[0]!.values).to.deep.equal([57, 13, 13]);
  });

  it('shows the dialogue picked in the list', async () => {
    const el = await render(new MockApi().on('GET', DIALOGUES, dialogues));
    await ready(el);
    const select = $<HTMLSelectElement>(el, '#dialogue');
    select.value = 'being-a-mentor/the-bakery';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(textOf(el, '.learners')).to.equal('12 learners made at least one choice.');
    expect($(el, 'svg.flow title').textContent).to.include('The bakery');
  });

  it('shows the empty and the failed state', async () => {
    const empty = await render(new MockApi().on('GET', DIALOGUES, emptyDialogues));
    await ready(empty);
    expect(textOf(empty, '.notice-title')).to.equal('No statements yet');
    await audit(empty, 'empty');
    const failed = await render(new MockApi().on('GET', DIALOGUES, apiError(403, 'viewer role needed')));
    await ready(failed);
    expect(textOf(failed, '.notice.bad')).to.include('not allowed');
    await audit(failed, 'error');
  });

  it('shows choice texts and ids from the statements as text, never as markup', async () => {
    const base = dialogues.dialogues[0]!;
    const choices = XSS_VALUES.map((text, i) => ({ choiceId: `c${i}`, names: { en: text }, quality: i % 2 ? 'good' : text, count: 2 }));
    const hostile = {
      ...base,
      names: { en: XSS_VALUES[0]! },
      decisions: [{ nodeId: XSS_VALUES[1]!, total: 14, choices }],
      flows: choices.map((choice) => ({ from: XSS_VALUES[1]!, to: choice.choiceId, count: 2 })),
      paths: [{ steps: choices.map((c) => c.choiceId), endingId: XSS_VALUES[2]!, count: 2 }],
      endings: [{ endingId: XSS_VALUES[3]!, outcome: XSS_VALUES[4]!, count: 2 }],
    };
    const el = await render(new MockApi().on('GET', DIALOGUES, { dialogues: [hostile] }));
    await ready(el);
    await openTables(el);
    await expectRenderedAsText(el);
  });
});
