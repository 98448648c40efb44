/**
 * The filters every analytics page shares: a date range, cohort, course language and module,
 * offered from GET /dashboard/api/filters, with "Reset filters" and a line that says how many
 * apply. A change is reported at once (a `wm-filters-change` event); the app writes it into
 * the address bar, so the view can be bookmarked, and the panels load again. A bookmarked
 * value the server no longer offers stays selectable, so it can be seen and removed.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DASHBOARD_API, FilterOptionsSchema, type FilterOptions } from '../../../../analytics/dashboard-api.ts';
import { activeFilterCount, type FilterKey, type Filters } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import { WmFiltersChangeEvent } from '../../app/events.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { filterBarStyles } from './wm-filter-bar.styles.ts';

const OPTIONS_URL = `${DASHBOARD_API}/filters`;

/**
 * @summary Date range, cohort, language and module filters with a reset.
 * @event wm-filters-change - WmFiltersChangeEvent: the new filters (or all cleared by "Reset filters").
 */
@customElement('wm-filter-bar')
export class WmFilterBar extends DashboardPanel {
  static override styles = [...DashboardPanel.styles, filterBarStyles];

  private readonly options = new ResourceController<FilterOptions>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (api) this.options.request(OPTIONS_URL, (signal) => api.get(OPTIONS_URL, FilterOptionsSchema, signal));
  }

  private change(key: FilterKey, value: string): void {
    const filters: Filters = { ...this.filters };
    if (value) filters[key] = value;
    else delete filters[key];
    this.dispatchEvent(new WmFiltersChangeEvent(filters));
  }

  private handleReset(): void {
    // The button is disabled once nothing is filtered, so focus goes to the first field, not to the page.
    this.renderRoot.querySelector<HTMLElement>('#from')?.focus();
    this.dispatchEvent(new WmFiltersChangeEvent({}, true));
  }

  /** The options of a select, with the current value kept even when no longer offered. */
  private choices(key: FilterKey, offered: readonly { value: string; label: string }[]): TemplateResult {
    const current = this.filters[key];
    const all = current && !offered.some((o) => o.value === current) ? [...offered, { value: current, label: current }] : offered;
    return html`<option value="" ?selected=${!current}>${this.i18n.t('filters.any')}</option>
      ${all.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}`;
  }

  private renderSummary(options: FilterOptions | undefined): TemplateResult | typeof nothing {
    const { t, format } = this.i18n;
    if (!options) return nothing;
    if (options.statements === 0) return html`<p class="summary">${t('filters.summaryEmpty')}</p>`;
    return html`<p class="summary">
      ${t('filters.summary', { statements: format.count(options.statements), count: options.learners, first: format.date(options.firstDay), last: format.date(options.lastDay) })}
    </p>`;
  }

  override render(): TemplateResult {
    const { t, format, language } = this.i18n;
    const options = this.options.value;
    const active = activeFilterCount(this.filters);
    const { from, to } = this.filters;
    const select = (key: 'cohort' | 'language' | 'module', offered: { value: string; label: string }[]) => html`<div class="field">
      <label for=${key}>${t(`filters.${key}`)}</label>
      <select id=${key} @change=${(event: Event) => this.change(key, (event.target as HTMLSelectElement).value)}>${this.choices(key, offered)}</select>
    </div>`;
    const date = (key: 'from' | 'to') => html`<div class="field">
      <label for=${key}>${t(`filters.${key}`)}</label>
      <input
        id=${key}
        type="date"
        .value=${this.filters[key]?.slice(0, 10) ?? ''}
        min=${key === 'to' && from ? from.slice(0, 10) : nothing}
        max=${key === 'from' && to ? to.slice(0, 10) : nothing}
        aria-describedby=${from && to && to < from ? 'range-problem' : nothing}
        @change=${(event: Event) => this.change(key, (event.target as HTMLInputElement).value)}
      />
    </div>`;
    return html`<section class="filter-bar" aria-labelledby="filters-heading">
      <div class="head">
        <h2 id="filters-heading">${t('filters.heading')}</h2>
        <p class="active" role="status">${active > 0 ? t('filters.active', { count: active }) : t('filters.none')}</p>
      </div>
      <div class="fields">
        ${date('from')} ${date('to')}
        ${select('cohort', (options?.cohorts ?? []).map((cohort) => ({ value: cohort, label: cohort })))}
        ${select('language', (options?.languages ?? []).map((tag) => ({ value: tag, label: format.languageName(tag) })))}
        ${select('module', (options?.modules ?? []).map((module) => ({ value: module.id, label: pickName(module.names, language, module.id) })))}
        <div class="reset"><button type="button" class="secondary" ?disabled=${active === 0} @click=${this.handleReset}>${t('filters.reset')}</button></div>
      </div>
      ${from && to && to < from ? html`<p class="notice warn" id="range-problem">${t('filters.toBeforeFrom')}</p>` : nothing}
      ${this.options.status === 'error' ? html`<p class="notice warn">${t('filters.optionsFailed')}</p>` : this.renderSummary(options)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-filter-bar': WmFilterBar;
  }
}
