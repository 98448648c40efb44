/**
 * The learners in view (coordinators only): a search that asks the server as the coordinator
 * types (debounced), a table whose names open one learner's page, and what the dashboard does
 * with a learner's data when they ask (export, erasure). Names, identifiers and cohorts are
 * what learners and LMSs wrote: rendered as text, never as markup.
 *
 * The server lists only the learners of the coordinator's own cohorts; the panel says whose
 * they are, so an empty list is never mistaken for a course nobody took.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CohortScope } from '../../../../accounts/user-schema.ts';
import { LearnersSchema, type Learners } from '../../../../analytics/dashboard-api.ts';
import { panelUrl } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import { pathOf } from '../../app/routes.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { panelFrame } from '../../ui/panel-frame.ts';
import { tableBox } from '../../ui/table-box.ts';

/** Quiet time after the last key before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * @summary The learners list with search, linking to each learner's page, and the privacy note.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-learners-panel')
export class WmLearnersPanel extends DashboardPanel {
  /** Whose learners the server lists: the session's cohorts. */
  @property({ attribute: false }) cohorts: CohortScope = 'all';
  /** The logged-in user, for the hint when no cohort is assigned. */
  @property({ attribute: false }) username = '';

  /** The search sent to the server (after the debounce). */
  @state() private query = '';

  private readonly data = new ResourceController<Learners>(this);
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const url = panelUrl('learners', this.filters, { extra: { q: this.query.trim() || undefined } });
    this.data.request(url, (signal) => api.get(url, LearnersSchema, signal));
  }

  private handleSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.query = value), SEARCH_DEBOUNCE_MS);
  }

  private renderRow(learner: Learners['learners'][number]): TemplateResult {
    const { t, format } = this.i18n;
    return html`<tr>
      <th scope="row" class="person"><a href=${pathOf({ view: 'learner', learnerId: learner.id })}>${learner.name}</a></th>
      <td>${learner.identifier}</td>
      <td>${learner.cohorts.length > 0 ? format.list(learner.cohorts) : '–'}</td>
      <td>${format.list(learner.languages.map((tag) => format.languageName(tag)))}</td>
      <td class="num">${format.count(learner.modulesCompleted)}</td>
      <td>${learner.passed ? html`<span class="badge good">${t('data.yes')}</span>` : t('data.no')}</td>
      <td class="nowrap">${format.date(learner.lastActive)}</td>
    </tr>`;
  }

  private renderLearners(learners: Learners): TemplateResult {
    const { t } = this.i18n;
    const columns = ['name', 'identifier', 'cohorts', 'languages', 'modules', 'passed', 'lastActive'] as const;
    return html`${learners.truncated ? html`<p class="notice warn">${t('learners.truncated')}</p>` : nothing}
      ${tableBox({
        id: 'learners',
        caption: t('learners.table'),
        head: html`<tr>${columns.map((column) => html`<th scope="col" class=${column === 'modules' ? 'num' : ''}>${t(`learners.columns.${column}`)}</th>`)}</tr>`,
        body: learners.learners.map((learner) => this.renderRow(learner)),
      })}`;
  }

  private renderScope(): TemplateResult {
    const { t, format } = this.i18n;
    if (this.cohorts === 'all') return html`<p class="scope">${t('learners.scope.all')}</p>`;
    if (this.cohorts.length === 0) return html`<p class="notice scope">${t('learners.scope.none', { username: this.username })}</p>`;
    return html`<p class="scope">${t('learners.scope.some', { cohorts: format.list(this.cohorts) })}</p>`;
  }

  private renderPrivacy(): TemplateResult {
    const { t } = this.i18n;
    return html`<section class="panel privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">${t('privacy.heading')}</h2>
      <p>${t('privacy.export')}</p>
      <p>${t('privacy.erase')}</p>
      <p>${t('privacy.who')}</p>
    </section>`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const query = this.query.trim();
    const found = this.data.status === 'ready' && this.data.value ? t('learners.found', { count: this.data.value.learners.length }) : '';
    const search = html`${this.renderScope()}<div class="field">
        <label for="search">${t('learners.search')}</label>
        <input id="search" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-hint" @input=${this.handleSearch} />
        <p class="hint" id="search-hint">${t('learners.searchHint')}</p>
      </div>
      <p class="found" role="status">${found}</p>`;
    return html`<div class="page">
      ${panelFrame({
        id: 'learners',
        heading: t('app.headings.learners'),
        what: t('learners.what'),
        level: this.headingLevel,
        resource: this.data,
        filtered: this.filtered,
        isEmpty: (learners) => learners.learners.length === 0,
        empty: query ? html`<p class="notice empty">${t('learners.noMatch', { query })}</p>` : undefined,
        content: (learners) => this.renderLearners(learners),
        before: search,
      })}
      ${this.renderPrivacy()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-learners-panel': WmLearnersPanel;
  }
}
