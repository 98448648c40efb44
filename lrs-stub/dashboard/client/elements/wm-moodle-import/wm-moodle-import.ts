/**
 * Importing certificates from Moodle (coordinators only): the coordinator picks the CSV file
 * Moodle exported, the dashboard sends it as text/csv to `POST /register/api/import/moodle`
 * (with the CSRF token) and shows the server's report: rows read, certificates added, rows
 * already registered, and every row that could not be added with its line number in the file
 * and why, so the coordinator can fix those in Moodle or by hand. Values from the file are
 * shown as text.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { buttons, tokens } from '../../../../../components/src/styles/tokens.ts';
import { MoodleImportReportSchema, REGISTER_API, type MoodleImportReport } from '../../../../register/register-api.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { apiContext } from '../../api/api-context.ts';
import { ApiError } from '../../api/api-error.ts';
import { WmRegisterImportedEvent } from '../../app/events.ts';
import { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import { errorMessage } from '../../ui/panel-frame.ts';
import { panelStyles } from '../../ui/panel.styles.ts';
import { tableBox } from '../../ui/table-box.ts';
import { tableStyles } from '../../ui/table.styles.ts';

/**
 * @summary Moodle CSV upload with the import report.
 * @event wm-register-imported - WmRegisterImportedEvent: certificates were added.
 */
@customElement('wm-moodle-import')
export class WmMoodleImport extends LitElement {
  static override styles = [tokens, buttons, panelStyles, tableStyles];

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  api: ApiClient | undefined;

  @state() private busy = false;
  @state() private noFile = false;
  @state() private failure: string | undefined;
  @state() private report: MoodleImportReport | undefined;

  @query('#moodle-file') private fileInput!: HTMLInputElement;

  private readonly i18n = new DashboardLocalizeController(this);

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const file = this.fileInput.files?.[0];
    this.failure = undefined;
    if (!file) {
      this.noFile = true;
      this.fileInput.focus();
      return;
    }
    this.noFile = false;
    this.busy = true;
    try {
      const text = await file.text();
      this.report = await this.api!.send('POST', `${REGISTER_API}/import/moodle`, { text, contentType: 'text/csv; charset=utf-8', schema: MoodleImportReportSchema });
      if (this.report.added.length > 0) this.dispatchEvent(new WmRegisterImportedEvent());
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#report-heading')?.focus();
    } catch (error) {
      const reason = error instanceof ApiError ? (error.kind === 'invalid' && error.serverMessage ? error.serverMessage : errorMessage(error)) : String(error);
      this.failure = this.i18n.t('register.import.failed', { reason });
    } finally {
      this.busy = false;
    }
  }

  private renderReport(report: MoodleImportReport): TemplateResult {
    const { t, format } = this.i18n;
    return html`<section class="stack report" aria-labelledby="report-heading">
      <h3 id="report-heading" tabindex="-1">${t('register.import.report')}</h3>
      <ul class="report-counts">
        <li>${t('register.import.rows', { count: report.rows })}</li>
        <li>${t('register.import.added', { count: report.added.length })}</li>
        <li>${t('register.import.already', { count: report.alreadyRegistered })}</li>
      </ul>
      ${report.added.length > 0 ? html`<ul class="added">${report.added.map((entry) => html`<li><span class="code">${entry.code}</span> ${entry.name} (${entry.identifier})</li>`)}</ul>` : nothing}
      ${report.unmatched.length === 0
        ? html`<p class="notice good">${t('register.import.allMatched')}</p>`
        : html`<p class="notice warn">${t('register.import.unmatchedCount', { count: report.unmatched.length })}</p>
            ${tableBox({
              id: 'unmatched',
              caption: t('register.import.unmatched'),
              head: html`<tr><th scope="col" class="num">${t('register.import.columns.line')}</th><th scope="col">${t('register.import.columns.reason')}</th><th scope="col">${t('register.import.columns.row')}</th></tr>`,
              body: report.unmatched.map(
                (row) => html`<tr>
                  <th scope="row" class="num">${format.count(row.line)}</th>
                  <td>${row.reason}</td>
                  <td><dl class="row-values">${Object.entries(row.row).map(([key, value]) => html`<div><dt>${key}</dt><dd>${value}</dd></div>`)}</dl></td>
                </tr>`,
              ),
            })}`}
    </section>`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return html`<section class="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">${t('register.import.heading')}</h2>
      <p class="intro">${t('register.import.intro')}</p>
      <form class="stack" @submit=${this.handleSubmit} novalidate>
        <div class="field">
          <label for="moodle-file">${t('register.import.file')}</label>
          <input id="moodle-file" type="file" accept=".csv,text/csv" aria-invalid=${this.noFile ? 'true' : 'false'} aria-describedby="file-error" @change=${() => (this.noFile = false)} />
          <p class="error-text" id="file-error">${this.noFile ? t('register.import.noFile') : ''}</p>
        </div>
        <div><button type="submit" ?disabled=${this.busy}>${t('register.import.submit')}</button></div>
        <p role="status" class=${this.failure ? 'notice bad' : 'muted'}>${this.busy ? t('register.import.busy') : (this.failure ?? '')}</p>
      </form>
      ${this.report ? this.renderReport(this.report) : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-moodle-import': WmMoodleImport;
  }
}
