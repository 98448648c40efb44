/**
 * Time on task: per module the median and 90th percentile of the time each learner spent
 * (a chart, and a table with the mean too), and the median time of each activity. Minutes
 * are what coordinators plan with, so seconds from GET /dashboard/api/time are shown as
 * minutes in the reader's language.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { TimeSchema, type TimeOnTask } from '../../../../analytics/dashboard-api.ts';
import { panelUrl } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { chartFigure, csvLink } from '../../ui/chart-figure.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { panelFrame } from '../../ui/panel-frame.ts';
import { tableBox } from '../../ui/table-box.ts';

/**
 * @summary Time on task per module and per activity.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-time-panel')
export class WmTimePanel extends DashboardPanel {
  private readonly data = new ResourceController<TimeOnTask>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const url = panelUrl('time', this.filters);
    this.data.request(url, (signal) => api.get(url, TimeSchema, signal));
  }

  private renderModules(time: TimeOnTask): TemplateResult {
    const { t, format, language } = this.i18n;
    const name = (row: TimeOnTask['modules'][number]) => pickName(row.names, language, row.moduleId);
    const spec: ChartSpec = {
      labels: time.modules.map(name),
      series: [
        { label: t('time.median'), values: time.modules.map((row) => row.medianSeconds), tone: 'accent' },
        { label: t('time.p90'), values: time.modules.map((row) => row.p90Seconds), tone: 'muted' },
      ],
      unit: 'minutes',
    };
    return chartFigure({
      id: 'modules',
      title: t('time.chart'),
      spec,
      head: html`<tr>
        <th scope="col">${t('time.columns.module')}</th>
        <th scope="col" class="num">${t('time.columns.learners')}</th>
        <th scope="col" class="num">${t('time.columns.median')}</th>
        <th scope="col" class="num">${t('time.columns.mean')}</th>
        <th scope="col" class="num">${t('time.columns.p90')}</th>
      </tr>`,
      body: time.modules.map(
        (row) => html`<tr>
          <th scope="row">${name(row)}</th>
          <td class="num">${format.count(row.learners)}</td>
          <td class="num">${format.minutes(row.medianSeconds)}</td>
          <td class="num">${format.minutes(row.meanSeconds)}</td>
          <td class="num">${format.minutes(row.p90Seconds)}</td>
        </tr>`,
      ),
      csvHref: panelUrl('time', this.filters, { csv: true }),
      open: this.tables.isOpen('modules'),
      onToggle: () => this.tables.toggle('modules'),
      level: this.subLevel,
    });
  }

  private renderActivities(time: TimeOnTask): TemplateResult {
    const { t, format, language } = this.i18n;
    const moduleNames = new Map(time.modules.map((row) => [row.moduleId, pickName(row.names, language, row.moduleId)]));
    return html`<div class="stack">
      ${tableBox({
        id: 'activities',
        caption: t('time.activities'),
        head: html`<tr>
          <th scope="col">${t('time.columns.activity')}</th>
          <th scope="col">${t('time.columns.module')}</th>
          <th scope="col" class="num">${t('time.columns.learners')}</th>
          <th scope="col" class="num">${t('time.columns.median')}</th>
        </tr>`,
        body: time.activities.map(
          (row) => html`<tr>
            <th scope="row">${pickName(row.names, language, row.activityId)}</th>
            <td>${moduleNames.get(row.moduleId) ?? row.moduleId}</td>
            <td class="num">${format.count(row.learners)}</td>
            <td class="num">${format.minutes(row.medianSeconds)}</td>
          </tr>`,
        ),
      })}
      <div class="figure-actions">${csvLink(panelUrl('time', this.filters, { csv: true }), t('time.activities'))}</div>
    </div>`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return panelFrame({
      id: 'time',
      heading: t('time.heading'),
      intro: t('time.intro'),
      what: t('time.what'),
      level: this.headingLevel,
      resource: this.data,
      filtered: this.filtered,
      isEmpty: (time) => time.modules.length === 0 && time.activities.length === 0,
      content: (time) => html`${time.modules.length > 0 ? this.renderModules(time) : ''} ${time.activities.length > 0 ? this.renderActivities(time) : ''}`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-time-panel': WmTimePanel;
  }
}
