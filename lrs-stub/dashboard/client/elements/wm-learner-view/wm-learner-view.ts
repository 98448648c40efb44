/**
 * One learner's page (coordinators only): who they are as the statements name them, their
 * progress per module, their quiz results and latest statements, and their data: a download
 * of everything recorded (`GET /dashboard/api/learners/<id>/export`) and erasure on request,
 * behind a typed confirmation. Draws what GET /dashboard/api/learners/<id> sends.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { DASHBOARD_API, LearnerDetailSchema, type LearnerDetail } from '../../../../analytics/dashboard-api.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import { WmNavigateEvent, type WmLearnerErasedEvent } from '../../app/events.ts';
import { pathOf } from '../../app/routes.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { panelFrame } from '../../ui/panel-frame.ts';
import { tableBox } from '../../ui/table-box.ts';
import '../wm-erase-dialog/wm-erase-dialog.ts';
import type { WmEraseDialog } from '../wm-erase-dialog/wm-erase-dialog.ts';

/**
 * @summary One learner's progress, results and data (export, erasure).
 * @event wm-navigate - WmNavigateEvent: back to the learners after an erasure.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-learner-view')
export class WmLearnerView extends DashboardPanel {
  /** The learner's id in the API (the last segment of /dashboard/learners/<id>). */
  @property() learnerId = '';

  @query('wm-erase-dialog') private eraseDialog!: WmEraseDialog;

  private readonly data = new ResourceController<LearnerDetail>(this);

  constructor() {
    super();
    this.headingLevel = 1;
  }

  private get url(): string {
    return `${DASHBOARD_API}/learners/${encodeURIComponent(this.learnerId)}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api || !this.learnerId) return;
    if (changed.has('learnerId')) this.data.reset();
    const url = this.url;
    this.data.request(url, (signal) => api.get(url, LearnerDetailSchema, signal));
  }

  private handleErased(event: WmLearnerErasedEvent, name: string): void {
    event.stopPropagation();
    this.dispatchEvent(new WmNavigateEvent(pathOf({ view: 'learners' }), this.i18n.t('learner.erased', { name })));
  }

  private renderFacts(detail: LearnerDetail): TemplateResult {
    const { t, format } = this.i18n;
    const learner = detail.learner;
    return html`<dl class="facts">
      <div><dt>${t('learner.identifier')}</dt><dd>${learner.identifier}</dd></div>
      <div><dt>${t('learner.cohorts')}</dt><dd>${learner.cohorts.length > 0 ? format.list(learner.cohorts) : '–'}</dd></div>
      <div><dt>${t('learner.languages')}</dt><dd>${format.list(learner.languages.map((tag) => format.languageName(tag)))}</dd></div>
      <div><dt>${t('learner.lastActive')}</dt><dd>${format.dateTime(learner.lastActive)}</dd></div>
    </dl>`;
  }

  private renderModules(detail: LearnerDetail): TemplateResult {
    const { t, format, language } = this.i18n;
    return tableBox({
      id: 'modules',
      caption: t('learner.modules'),
      head: html`<tr>
        <th scope="col">${t('learner.columns.module')}</th>
        <th scope="col">${t('learner.columns.started')}</th>
        <th scope="col">${t('learner.columns.completed')}</th>
        <th scope="col" class="num">${t('learner.columns.time')}</th>
      </tr>`,
      body: detail.modules.map(
        (module) => html`<tr>
          <th scope="row">${pickName(module.names, language, module.moduleId)}</th>
          <td class="nowrap">${module.started ? format.date(module.started) : t('learner.notStarted')}</td>
          <td class="nowrap">${module.completed ? format.date(module.completed) : t('learner.notStarted')}</td>
          <td class="num">${format.minutes(module.seconds)}</td>
        </tr>`,
      ),
    });
  }

  private renderQuizzes(detail: LearnerDetail): TemplateResult {
    const { t, format, language } = this.i18n;
    return tableBox({
      id: 'quizzes',
      caption: t('learner.quizzes'),
      head: html`<tr>
        <th scope="col">${t('learner.columns.quiz')}</th>
        <th scope="col" class="num">${t('learner.columns.attempts')}</th>
        <th scope="col" class="num">${t('learner.columns.best')}</th>
        <th scope="col">${t('learner.columns.passed')}</th>
      </tr>`,
      body: detail.quizzes.map(
        (quiz) => html`<tr>
          <th scope="row">${pickName(quiz.names, language, quiz.activityId)}</th>
          <td class="num">${format.count(quiz.attempts)}</td>
          <td class="num">${format.percent(quiz.bestScore)}</td>
          <td>${quiz.passed ? html`<span class="badge good">${t('data.yes')}</span>` : t('data.no')}</td>
        </tr>`,
      ),
    });
  }

  private renderRecent(detail: LearnerDetail): TemplateResult {
    const { t, format } = this.i18n;
    if (detail.recent.length === 0) return html`<p class="muted">${t('learner.noRecent')}</p>`;
    return tableBox({
      id: 'recent',
      caption: t('learner.recent'),
      head: html`<tr><th scope="col">${t('learner.columns.at')}</th><th scope="col">${t('learner.columns.verb')}</th><th scope="col">${t('learner.columns.object')}</th></tr>`,
      body: detail.recent.map((entry) => html`<tr><th scope="row" class="nowrap">${format.dateTime(entry.at)}</th><td>${entry.verb}</td><td>${entry.object}</td></tr>`),
    });
  }

  private renderData(detail: LearnerDetail): TemplateResult {
    const { t } = this.i18n;
    const name = detail.learner.name;
    return html`<section class="stack learner-data" aria-labelledby="data-heading">
      <h2 id="data-heading">${t('learner.data')}</h2>
      <p class="muted">${t('learner.dataIntro')}</p>
      <div class="figure-actions">
        <a class="button secondary export" href="${this.url}/export" download>${t('learner.export')}</a>
        <button type="button" class="danger erase" @click=${() => this.eraseDialog.show()}>${t('learner.erase')}</button>
      </div>
      <wm-erase-dialog .learnerId=${detail.learner.id} .name=${name} .identifier=${detail.learner.identifier} @wm-learner-erased=${(event: WmLearnerErasedEvent) => this.handleErased(event, name)}></wm-erase-dialog>
    </section>`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const detail = this.data.value;
    // Not found is what the server answers for an erased learner and for one outside the
    // coordinator's cohorts alike (on purpose): say both, without "try again".
    if (this.data.status === 'error' && this.data.error?.kind === 'not-found') {
      return html`<div class="page">
        <p><a class="back" href=${pathOf({ view: 'learners' })}>← ${t('learner.back')}</a></p>
        <section class="panel" aria-labelledby="learner-heading">
          <h1 id="learner-heading" tabindex="-1">${t('app.views.learner')}</h1>
          <div class="notice not-in-view" role="status">
            <p class="notice-title">${t('learner.notInView.title')}</p>
            <p>${t('learner.notInView.body')}</p>
          </div>
        </section>
      </div>`;
    }
    return html`<div class="page">
      <p><a class="back" href=${pathOf({ view: 'learners' })}>← ${t('learner.back')}</a></p>
      ${panelFrame({
        id: 'learner',
        heading: detail?.learner.name || t('app.views.learner'),
        what: t('learner.what'),
        level: 1,
        resource: this.data,
        filtered: false,
        isEmpty: () => false,
        content: (value) => html`${this.renderFacts(value)} ${value.modules.length > 0 ? this.renderModules(value) : ''} ${value.quizzes.length > 0 ? this.renderQuizzes(value) : ''}
        ${this.renderRecent(value)} ${this.renderData(value)}`,
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-learner-view': WmLearnerView;
  }
}
