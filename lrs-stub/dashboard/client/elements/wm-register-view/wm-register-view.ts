/**
 * The register of certified mentors (/register): search by name, email, account or code
 * (debounced), a status filter, the CSV export of what is shown, and per certificate its
 * credential as JSON, signed JWT and SVG image. Coordinators also revoke a certificate (with a
 * reason, in a dialog) and import certificates from Moodle. Names, identifiers and reasons
 * come from learners and LMSs: text, never markup.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Role } from '../../../../accounts/user-schema.ts';
import { REGISTER_API, RegisterListSchema, type RegisterEntry, type RegisterList } from '../../../../register/register-api.ts';
import { filtersToSearch } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import type { WmCertificateRevokedEvent } from '../../app/events.ts';
import { csvLink } from '../../ui/chart-figure.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { panelFrame } from '../../ui/panel-frame.ts';
import { tableBox } from '../../ui/table-box.ts';
import '../wm-moodle-import/wm-moodle-import.ts';
import '../wm-revoke-dialog/wm-revoke-dialog.ts';
import type { WmRevokeDialog } from '../wm-revoke-dialog/wm-revoke-dialog.ts';

/** Quiet time after the last key before the search is sent. */
export const REGISTER_SEARCH_DEBOUNCE_MS = 300;

type Status = 'all' | 'active' | 'revoked';
const STATUSES: readonly Status[] = ['all', 'active', 'revoked'];
const DOWNLOADS = [
  ['json', 'credential.json'],
  ['jwt', 'credential.jwt'],
  ['svg', 'certificate.svg'],
] as const;

/**
 * @summary The register of certified mentors, with revocation and Moodle import for coordinators.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-register-view')
export class WmRegisterView extends DashboardPanel {
  /** The signed-in user's role: coordinators may revoke and import. (Not `role`, which is the element's ARIA role.) */
  @property({ attribute: 'user-role' }) userRole: Role = 'viewer';

  @state() private query = '';
  @state() private status: Status = 'all';
  /** Said after a revocation, where focus goes once the revoked entry's button is gone. */
  @state() private message = '';

  @query('wm-revoke-dialog') private revokeDialog!: WmRevokeDialog;

  private readonly data = new ResourceController<RegisterList>(this);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.headingLevel = 1;
  }

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  private entriesUrl(csv = false): string {
    const search = filtersToSearch({}, { q: this.query.trim() || undefined, status: this.status === 'all' ? undefined : this.status, format: csv ? 'csv' : undefined });
    const query = search.toString();
    return `${REGISTER_API}/entries${query ? `?${query}` : ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const url = this.entriesUrl();
    this.data.request(url, (signal) => api.get(url, RegisterListSchema, signal));
  }

  private handleSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.query = value), REGISTER_SEARCH_DEBOUNCE_MS);
  }

  private handleStatus(event: Event): void {
    this.status = (event.target as HTMLSelectElement).value as Status;
  }

  private async handleRevoked(event: WmCertificateRevokedEvent): Promise<void> {
    event.stopPropagation();
    const entry = this.data.value?.entries.find((e) => e.code === event.code);
    this.message = this.i18n.t('register.revoked', { name: entry?.name ?? '', code: event.code });
    this.data.reload();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.message')?.focus();
  }

  private renderStatus(entry: RegisterEntry): TemplateResult {
    const { t, format } = this.i18n;
    if (entry.status === 'active') return html`<span class="badge good">${t('register.valid')}</span>`;
    return html`<span class="badge bad">${t('register.revokedOn', { date: format.date(entry.revokedOn) })}</span>
      ${entry.revokedReason ? html`<span class="why">${t('register.reason', { reason: entry.revokedReason })}</span>` : nothing}`;
  }

  private renderRow(entry: RegisterEntry, canChange: boolean): TemplateResult {
    const { t, format } = this.i18n;
    const base = `${REGISTER_API}/entries/${encodeURIComponent(entry.code)}`;
    return html`<tr>
      <td class="code">${entry.code}</td>
      <th scope="row" class="person">${entry.name}</th>
      <td>${entry.identifier}</td>
      <td class="nowrap">${format.date(entry.awardedOn)}</td>
      <td>${format.languageName(entry.language)}</td>
      <td>${entry.courseVersion}</td>
      <td>${t(`register.sources.${entry.source}`)}</td>
      <td class="status">${this.renderStatus(entry)}</td>
      <td class="nowrap downloads">
        ${DOWNLOADS.map(([kind, file]) => html`<a href="${base}/${file}" download aria-label=${t(`register.downloadLabel.${kind}`, { name: entry.name, code: entry.code })}>${t(`register.downloads.${kind}`)}</a> `)}
      </td>
      ${canChange
        ? html`<td class="actions">
            ${entry.status === 'active'
              ? html`<button type="button" class="secondary revoke" aria-label=${t('register.revokeLabel', { name: entry.name, code: entry.code })} @click=${() => this.revokeDialog.show(entry)}>
                  ${t('register.revoke')}
                </button>`
              : '–'}
          </td>`
        : nothing}
    </tr>`;
  }

  private renderEntries(list: RegisterList): TemplateResult {
    const { t } = this.i18n;
    const canChange = this.userRole === 'coordinator';
    const columns = ['code', 'name', 'identifier', 'awarded', 'language', 'version', 'source', 'status', 'credential', ...(canChange ? (['actions'] as const) : [])] as const;
    return html`${list.truncated ? html`<p class="notice warn">${t('register.truncated', { shown: this.i18n.format.count(list.entries.length) })}</p>` : nothing}
      ${tableBox({
        id: 'register',
        caption: t('register.table'),
        head: html`<tr>${columns.map((column) => html`<th scope="col">${t(`register.columns.${column}`)}</th>`)}</tr>`,
        body: list.entries.map((entry) => this.renderRow(entry, canChange)),
      })}`;
  }

  private renderControls(): TemplateResult {
    const { t } = this.i18n;
    const list = this.data.value;
    return html`<div class="controls">
        <div class="field">
          <label for="search">${t('register.search')}</label>
          <input id="search" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-hint" @input=${this.handleSearch} />
          <p class="hint" id="search-hint">${t('register.searchHint')}</p>
        </div>
        <div class="field">
          <label for="status">${t('register.status')}</label>
          <select id="status" @change=${this.handleStatus}>
            ${STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.status}>${t(`register.statuses.${status}`)}</option>`)}
          </select>
        </div>
      </div>
      <div class="figure-actions">
        <p class="found" role="status">${this.data.status === 'ready' && list ? t('register.total', { count: list.total }) : ''}</p>
        ${csvLink(this.entriesUrl(true), t('register.table'))}
      </div>
      <p class="message notice good" tabindex="-1" ?hidden=${!this.message}>${this.message}</p>`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const canChange = this.userRole === 'coordinator';
    return html`<div class="page">
      ${panelFrame({
        id: 'register',
        heading: t('app.headings.register'),
        intro: t('register.intro'),
        what: t('register.what'),
        level: this.headingLevel,
        resource: this.data,
        filtered: this.query.trim() !== '' || this.status !== 'all',
        isEmpty: (list) => list.entries.length === 0,
        empty: html`<p class="notice empty">${this.query.trim() !== '' || this.status !== 'all' ? t('register.noMatch') : t('register.empty')}</p>`,
        content: (list) => this.renderEntries(list),
        before: this.renderControls(),
      })}
      ${canChange ? html`<wm-moodle-import @wm-register-imported=${() => this.data.reload()}></wm-moodle-import>` : html`<p class="muted viewer-note">${t('register.viewerNote')}</p>`}
      <wm-revoke-dialog @wm-certificate-revoked=${this.handleRevoked}></wm-revoke-dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-register-view': WmRegisterView;
  }
}
