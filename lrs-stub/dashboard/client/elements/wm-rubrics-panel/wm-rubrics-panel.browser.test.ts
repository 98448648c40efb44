import { expect, html, waitUntil } from '@open-wc/testing';
import type { Rubrics } from '../../../../analytics/dashboard-api.ts';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { emptyRubrics, rubrics } from '../../test-support/analytics-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmChart } from '../wm-chart/wm-chart.ts';
import './wm-rubrics-panel.ts';
import type { WmRubricsPanel } from './wm-rubrics-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const RUBRICS = '/dashboard/api/rubrics';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the panel shows its answer');
const render = (api: MockApi) => renderWithApi<WmRubricsPanel>(html`<wm-rubrics-panel></wm-rubrics-panel>`, api.client());
const drawn = (el: WmRubricsPanel) => $$<WmChart>(el, 'wm-chart').map((chart) => ({ labels: chart.spec!.labels, series: chart.spec!.series.map((s) => [s.label, s.tone, s.values]) }));
type Exercise = Rubrics['exercises'][number];
const [reply] = rubrics.exercises as [Exercise];

describe('<wm-rubrics-panel>', () => {
  afterEach(() => setDashboardLanguage('en'));

  it('shows the sorting task’s figures and the self-ratings per criterion by name, each level in a neutral colour of its own', async () => {
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
    expect(drawn(el)).to.deep.equal([
      {
        labels: ['It names what the learner did, not what they are like.', 'It is about behaviour the learner can change.', 'It ends with a next step.'],
        series: [
          ['Not yet', 'step-1', [9, 4, 17]],
          ['Partly', 'step-3', [30, 22, 35]],
          ['Yes', 'step-5', [41, 54, 27]],
        ],
      },
    ]);
    // On the overview the exercise is an h3 under the panel's h2, its figure an h4.
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Reply to a learner who wants to give up');
    expect(el.shadowRoot!.querySelector('figure h4')).not.to.equal(null);
    await audit(el, 'data');
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    expect(rowsOf($(el, '#criteria-0-table'))[0]).to.deep.equal(['It names what the learner did, not what they are like.', 'Not yet', '9', '11.3%']);
    await audit(el, 'table view open');
  });

  it('draws levels in the order sent, even where a criterion lacks one, weakest to strongest along one ramp of colours', async () => {
    // A second rubric with its own scale: `partly` is missing from the first criterion's bar, `good` is new.
    const other: Exercise = {
      moduleId: 'following-up',
      activityId: 'written-feedback',
      names: { en: 'Written feedback on a report' },
      sorting: { learners: 0, meanScore: null, allCorrect: 0 },
      criteria: [
        { criterionId: 'fair', names: { en: 'It is fair.' }, total: 5, levels: [{ levelId: 'not-yet', count: 1 }, { levelId: 'good', count: 4 }] },
        { criterionId: 'kind', names: { en: 'It is kind.' }, total: 5, levels: [{ levelId: 'partly', count: 2 }, { levelId: 'good', count: 3 }] },
      ],
      levels: [
        { levelId: 'not-yet', names: { en: 'Not yet' } },
        { levelId: 'partly', names: { en: 'Partly' } },
        { levelId: 'good', names: { en: 'Good' } },
      ],
    };
    const el = await render(new MockApi().on('GET', RUBRICS, { exercises: [reply, other] }));
    await ready(el);
    const [first, second] = drawn(el);
    // Three levels spread over the ramp's five steps: first, middle and last, in both rubrics.
    expect(second!.series).to.deep.equal([
      ['Not yet', 'step-1', [1, 0]],
      ['Partly', 'step-3', [0, 2]],
      ['Good', 'step-5', [4, 3]],
    ]);
    expect(first!.series.map(([label, tone]) => [label, tone])).to.deep.equal([
      ['Not yet', 'step-1'],
      ['Partly', 'step-3'],
      ['Yes', 'step-5'],
    ]);
    // Drawn in distinct colours, each apart from its neighbour.
    const chart = $$<WmChart>(el, 'wm-chart')[0]!;
    await waitUntil(() => chart.instance, 'the chart is drawn');
    const colours = chart.instance!.data.datasets.map((d) => String(d.backgroundColor));
    expect(colours[0]).to.match(/^rgb\(/);
    expect(new Set(colours).size).to.equal(3);
    await audit(el, 'two exercises');
  });

  it('names levels and criteria in the dashboard’s language, and by id where the answer has no name', async () => {
    await setDashboardLanguage('nl');
    const unnamed: Exercise = { ...reply, criteria: reply.criteria.map((c, i) => (i === 2 ? { ...c, names: {} } : c)), levels: reply.levels!.map((l) => (l.levelId === 'yes' ? { ...l, names: {} } : l)) };
    const el = await render(new MockApi().on('GET', RUBRICS, { exercises: [unnamed] }));
    await ready(el);
    expect(drawn(el)[0]).to.deep.equal({
      labels: ['Het noemt wat de leerling deed, niet hoe die is.', 'Het gaat over gedrag dat de leerling kan veranderen.', 'next-step'],
      series: [
        ['Nog niet', 'step-1', [9, 4, 17]],
        ['Gedeeltelijk', 'step-3', [30, 22, 35]],
        ['yes', 'step-5', [41, 54, 27]],
      ],
    });
    await audit(el, 'named in Dutch');
  });

  it('draws an older server’s answer (ids only, levels as they first appear) by id', async () => {
    const old: Exercise = { ...reply };
    delete old.levels;
    const criteria = [
      { criterionId: 'specific', total: 3, levels: [{ levelId: 'yes', count: 2 }, { levelId: 'partly', count: 1 }] },
      { criterionId: 'next-step', total: 3, levels: [{ levelId: 'not-yet', count: 3 }] },
    ];
    const el = await render(new MockApi().on('GET', RUBRICS, { exercises: [{ ...old, criteria }] }));
    await ready(el);
    expect(drawn(el)[0]).to.deep.equal({
      labels: ['specific', 'next-step'],
      series: [
        ['yes', 'muted', [2, 0]],
        ['partly', 'focus', [1, 0]],
        ['not-yet', 'accent', [0, 3]],
      ],
    });
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    expect(rowsOf($(el, '#criteria-0-table'))).to.deep.equal([
      ['specific', 'yes', '2', '66.7%'],
      ['specific', 'partly', '1', '33.3%'],
      ['next-step', 'not-yet', '3', '100%'],
    ]);
    await audit(el, 'ids only, table view open');
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
    // Half by id, half by the names the statements gave.
    const named = (id: string, i: number) => (i % 2 === 0 ? { en: id } : {});
    const criteria = XSS_VALUES.map((id, i) => ({ criterionId: id, names: named(id, i), total: 2, levels: [{ levelId: XSS_VALUES[0]!, count: 1 }, { levelId: id, count: 1 }] }));
    const levels = XSS_VALUES.map((id, i) => ({ levelId: id, names: named(id, i) }));
    const el = await render(new MockApi().on('GET', RUBRICS, { exercises: [{ ...reply, names: { en: XSS_VALUES[1]! }, criteria, levels }] }));
    await ready(el);
    $<HTMLButtonElement>(el, 'button.table-toggle').click();
    await el.updateComplete;
    await expectRenderedAsText(el);
  });
});
