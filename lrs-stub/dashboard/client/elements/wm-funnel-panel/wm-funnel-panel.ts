/**
 * The completion funnel: how many learners started the course, completed it, passed the final
 * assessment and were certified (as figures and as a chart), and per module and course
 * language how many started and completed. Draws exactly what GET /dashboard/api/funnel sends.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { FunnelSchema, type Funnel } from '../../../../analytics/dashboard-api.ts';
import { panelUrl } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { chartFigure } from '../../ui/chart-figure.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { panelFrame } from '../../ui/panel-frame.ts';

const STAGES = ['started', 'completed', 'passed', 'certified'] as const;

/**
 * @summary The completion funnel of the course and of each module.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-funnel-panel')
export class WmFunnelPanel extends DashboardPanel {
  private readonly data = new ResourceController<Funnel>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const url = panelUrl('funnel', this.filters);
    this.data.request(url, (signal) => api.get(url, FunnelSchema, signal));
  }

  private renderStages(funnel: Funnel): TemplateResult {
    const { t, format } = this.i18n;
    const started = funnel.course.started;
    return html`<dl class="stats">
      ${STAGES.map(
        (stage) => html`<div>
          <dt>${t(`funnel.stages.${stage}`)}${stage === 'started' ? '' : html` <span class="share">(${format.ratio(funnel.course[stage], started)})</span>`}</dt>
          <dd>${format.count(funnel.course[stage])}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private renderCourse(funnel: Funnel): TemplateResult {
    const { t, format } = this.i18n;
    const spec: ChartSpec = {
      labels: STAGES.map((stage) => t(`funnel.stages.${stage}`)),
      series: [{ label: t('funnel.columns.learners'), values: STAGES.map((stage) => funnel.course[stage]), tone: 'accent' }],
      unit: 'count',
    };
    return chartFigure({
      id: 'course',
      title: t('funnel.courseChart'),
      spec,
      head: html`<tr><th scope="col">${t('funnel.columns.stage')}</th><th scope="col" class="num">${t('funnel.columns.learners')}</th><th scope="col" class="num">${t('funnel.columns.share')}</th></tr>`,
      body: STAGES.map(
        (stage) => html`<tr><th scope="row">${t(`funnel.stages.${stage}`)}</th><td class="num">${format.count(funnel.course[stage])}</td><td class="num">${format.ratio(funnel.course[stage], funnel.course.started)}</td></tr>`,
      ),
      csvHref: panelUrl('funnel', this.filters, { csv: true }),
      open: this.tables.isOpen('course'),
      onToggle: () => this.tables.toggle('course'),
      level: this.subLevel,
    });
  }

  private renderModules(funnel: Funnel): TemplateResult {
    const { t, format, language } = this.i18n;
    const languages = new Set(funnel.modules.map((row) => row.language));
    const name = (row: Funnel['modules'][number]) => {
      const module = pickName(row.names, language, row.moduleId);
      return languages.size > 1 ? t('funnel.moduleLabel', { module, language: format.languageName(row.language) }) : module;
    };
    const spec: ChartSpec = {
      labels: funnel.modules.map(name),
      series: [
        { label: t('funnel.columns.started'), values: funnel.modules.map((row) => row.started), tone: 'muted' },
        { label: t('funnel.columns.completed'), values: funnel.modules.map((row) => row.completed), tone: 'accent' },
      ],
      unit: 'count',
    };
    return chartFigure({
      id: 'modules',
      title: t('funnel.moduleChart'),
      spec,
      head: html`<tr>
        <th scope="col">${t('funnel.columns.module')}</th>
        <th scope="col">${t('funnel.columns.language')}</th>
        <th scope="col" class="num">${t('funnel.columns.started')}</th>
        <th scope="col" class="num">${t('funnel.columns.completed')}</th>
        <th scope="col" class="num">${t('funnel.columns.rate')}</th>
      </tr>`,
      body: funnel.modules.map(
        (row) => html`<tr>
          <th scope="row">${pickName(row.names, language, row.moduleId)}</th>
          <td>${format.languageName(row.language)}</td>
          <td class="num">${format.count(row.started)}</td>
          <td class="num">${format.count(row.completed)}</td>
          <td class="num">${format.ratio(row.completed, row.started)}</td>
        </tr>`,
      ),
      csvHref: panelUrl('funnel', this.filters, { csv: true }),
      open: this.tables.isOpen('modules'),
      onToggle: () => this.tables.toggle('modules'),
      level: this.subLevel,
    });
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return panelFrame({
      id: 'funnel',
      heading: t('funnel.heading'),
      intro: t('funnel.intro'),
      what: t('funnel.what'),
      level: this.headingLevel,
      resource: this.data,
      filtered: this.filtered,
      isEmpty: (funnel) => funnel.course.started === 0 && funnel.modules.length === 0,
      content: (funnel) => html`${this.renderStages(funnel)} ${this.renderCourse(funnel)} ${funnel.modules.length > 0 ? this.renderModules(funnel) : ''}`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-funnel-panel': WmFunnelPanel;
  }
}
