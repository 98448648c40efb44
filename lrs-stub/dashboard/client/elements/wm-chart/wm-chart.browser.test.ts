import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../../components/src/test-support/axe.ts';
import { PALETTE } from '../../../../../components/src/styles/palette.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import './wm-chart.ts';
import type { WmChart } from './wm-chart.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const spec: ChartSpec = {
  labels: ['Being a mentor: why it matters and what it takes (English)', 'Feedback'],
  series: [{ label: 'Completed', values: [66, 1234], tone: 'accent' }],
  unit: 'count',
};

async function renderChart(s: ChartSpec = spec): Promise<WmChart> {
  const el = await fixture<WmChart>(html`<wm-chart .spec=${s} label="Chart: completions"></wm-chart>`);
  await waitUntil(() => el.instance, 'the chart is drawn');
  return el;
}

const colourOf = (el: WmChart) => String(el.instance!.data.datasets[0]!.backgroundColor);

describe('<wm-chart>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.style.fontSize = '';
    await setDashboardLanguage('en');
  });

  it('is one named image to assistive technology', async () => {
    const el = await renderChart();
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Chart: completions');
    await expectAccessible(el);
  });

  it('draws in the design tokens’ colours and redraws when the colour scheme turns dark', async () => {
    const el = await renderChart();
    expect(colourOf(el)).to.equal(PALETTE.light.accent);
    const before = el.instance;
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => el.instance !== before, 'redrawn for dark mode');
    expect(colourOf(el)).to.equal(PALETTE.dark.accent);
    const ticks = el.instance!.options.scales!.y!.ticks as { color: string };
    expect(ticks.color).to.equal(PALETTE.dark.text);
  });

  it('grows its text with the root font size (large text for a projector)', async () => {
    const el = await renderChart();
    const size = () => (el.instance!.options.plugins!.legend!.labels!.font as { size: number }).size;
    const before = size();
    document.documentElement.style.fontSize = '150%';
    await waitUntil(() => size() > before, 'the chart text grew');
    expect(size()).to.equal(Math.round(before * 1.5));
  });

  it('keeps a closing parenthesis of a long label on a line of its own', async () => {
    const el = await renderChart();
    const labels = el.instance!.data.labels as string[][];
    expect(labels[0]!.at(-1)).to.equal('(English)');
    expect(labels[1]).to.deep.equal(['Feedback']);
  });

  it('writes values and ticks as the chosen language does', async () => {
    await setDashboardLanguage('nl');
    const el = await renderChart({ ...spec, unit: 'percent', max: 100, series: [{ label: 'x', values: [12.5, 80], tone: 'good' }] });
    const callback = (el.instance!.options.scales!.x!.ticks as { callback: (v: number) => string }).callback;
    expect(callback(12.5)).to.equal('12,5%');
  });
});
