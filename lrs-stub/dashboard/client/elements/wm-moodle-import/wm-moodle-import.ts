/**
 * Importing certificates from Moodle (coordinators only): the coordinator picks the CSV file
 * Moodle exported, the dashboard sends it as text/csv to `POST /register/api/import/moodle`
 * (with the CSRF token) and shows the server's report: rows read, certificates added, rows
 * already registered, and every row that could not be added with its line number in the file
 * and why, so the coordinator can fix those in Moodle or by hand. Values from the file are
 * shown as text.
 *
 * The import's settings (grade column, pass grade, course version, language, date order) are
 * folded under the file field: most files import with the server's defaults, and the report
 * shows what the import assumed, so a coordinator whose rows failed sees which setting to
 * change before importing the file again. Only the settings the coordinator filled in are sent.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { buttons, tokens } from '../../../../../components/src/styles/tokens.ts';
import { REGISTER_API } from '../../../../register/register-api.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { apiContext } from '../../api/api-context.ts';
import { ApiError } from '../../api/api-error.ts';
import { WmRegisterImportedEvent } from '../../app/events.ts';
import { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import { errorMessage } from '../../ui/panel-frame.ts';
import { panelStyles } from '../../ui/panel.styles.ts';
import { tableBox } from '../../ui/table-box.ts';
import { tableStyles } from '../../ui/table.styles.ts';
import { CERTIFICATE_LANGUAGES, DATE_ORDERS, DEFAULT_DATE_ORDER, importQuery, type MoodleImportAnswer, MoodleImportAnswerSchema } from './moodle-import-settings.ts';
import { moodleImportStyles } from './wm-moodle-import.styles.ts';

/**
 * @summary Moodle CSV upload with the import report.
 * @event wm-register-imported - WmRegisterImportedEvent: certificates were added.
 */
@customElement('wm-moodle-import')
export class WmMoodleImport extends LitElement {
  static override styles = [tokens, buttons, panelStyles, tableStyles, moodleImportStyles];

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  api: ApiClient | undefined;

  @state() private busy = false;
  @state() private noFile = false;
  @state() private badPassGrade = false;
  @state() private failure: string | undefined;
  @state() private report: MoodleImportAnswer | undefined;

  @query('#moodle-file') private fileInput!: HTMLInputElement;
  @query('#pass-grade') private passGradeInput!: HTMLInputElement;
  @query('details.settings') private settings!: HTMLDetailsElement;

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
    // A number field that cannot read what was typed ("60,5" in some browsers) has the value '',
    // which would import with the default pass grade without a word.
    this.badPassGrade = this.passGradeInput.validity.badInput;
    if (this.badPassGrade) {
      this.settings.open = true;
      this.passGradeInput.focus();
      return;
    }
    const query = importQuery(new FormData(event.currentTarget as HTMLFormElement));
    this.busy = true;
    try {
      const text = await file.text();
      this.report = await this.api!.send('POST', `${REGISTER_API}/import/moodle${query}`, { text, contentType: 'text/csv; charset=utf-8', schema: MoodleImportAnswerSchema });
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

  private handleChangeSettings(): void {
    this.settings.open = true;
    this.renderRoot.querySelector<HTMLElement>('#grade-column')?.focus();
  }

  private renderSettingsFields(): TemplateResult {
    const { t, format } = this.i18n;
    return html`<details class="settings">
      <summary>${t('register.import.settings.heading')}</summary>
      <div class="stack">
        <div class="field">
          <label for="grade-column">${t('register.import.settings.gradeColumn')}</label>
          <input id="grade-column" name="gradeColumn" type="text" maxlength="300" autocomplete="off" spellcheck="false" aria-describedby="grade-column-hint" />
          <p class="hint" id="grade-column-hint">${t('register.import.settings.gradeColumnHint')}</p>
        </div>
        <div class="field">
          <label for="pass-grade">${t('register.import.settings.passGrade')}</label>
          <input
            id="pass-grade"
            name="passGrade"
            type="number"
            min="0"
            step="any"
            inputmode="decimal"
            aria-invalid=${this.badPassGrade ? 'true' : 'false'}
            aria-describedby="pass-grade-hint pass-grade-error"
            @input=${() => (this.badPassGrade = false)}
          />
          <p class="hint" id="pass-grade-hint">${t('register.import.settings.passGradeHint')}</p>
          <p class="error-text" id="pass-grade-error">${this.badPassGrade ? t('register.import.settings.passGradeInvalid') : ''}</p>
        </div>
        <div class="field">
          <label for="course-version">${t('register.import.settings.courseVersion')}</label>
          <input id="course-version" name="courseVersion" type="text" maxlength="50" autocomplete="off" spellcheck="false" aria-describedby="course-version-hint" />
          <p class="hint" id="course-version-hint">${t('register.import.settings.courseVersionHint')}</p>
        </div>
        <div class="field">
          <label for="language">${t('register.import.settings.language')}</label>
          <select id="language" name="language" aria-describedby="language-hint">
            <option value="" selected>${t('register.import.settings.fromFile')}</option>
            ${CERTIFICATE_LANGUAGES.map((tag) => html`<option value=${tag}>${format.languageName(tag)}</option>`)}
          </select>
          <p class="hint" id="language-hint">${t('register.import.settings.languageHint')}</p>
        </div>
        <div class="field">
          <label for="date-order">${t('register.import.settings.dateOrder')}</label>
          <select id="date-order" name="dateOrder" aria-describedby="date-order-hint">
            ${DATE_ORDERS.map((order) => html`<option value=${order} ?selected=${order === DEFAULT_DATE_ORDER}>${t(`register.import.settings.dateOrders.${order}`)}</option>`)}
          </select>
          <p class="hint" id="date-order-hint">${t('register.import.settings.dateOrderHint')}</p>
        </div>
      </div>
    </details>`;
  }

  private renderAssumed(settings: NonNullable<MoodleImportAnswer['settings']>): TemplateResult {
    const { t, format } = this.i18n;
    const term = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<h4 id="assumed-heading">${t('register.import.assumed.heading')}</h4>
      <dl class="assumed" aria-labelledby="assumed-heading">
        ${term(t('register.import.assumed.format'), t(`register.import.assumed.formats.${settings.format}`))}
        ${settings.gradeColumn === null ? nothing : term(t('register.import.assumed.gradeColumn'), settings.gradeColumn)}
        ${settings.passGrade === null ? nothing : term(t('register.import.assumed.passGrade'), format.number(settings.passGrade))}
        ${term(t('register.import.assumed.courseVersion'), settings.courseVersion)}
        ${term(t('register.import.assumed.language'), format.languageName(settings.language))}
        ${term(t('register.import.assumed.dateOrder'), t(`register.import.settings.dateOrders.${settings.dateOrder}`))}
        ${term(t('register.import.assumed.separator'), t(`register.import.assumed.separators.${settings.separator}`))}
      </dl>
      <div class="assumed-actions">
        <p class="hint">${t('register.import.assumed.changeHint')}</p>
        <button type="button" class="quiet" @click=${this.handleChangeSettings}>${t('register.import.assumed.change')}</button>
      </div>`;
  }

  private renderReport(report: MoodleImportAnswer): TemplateResult {
    const { t, format } = this.i18n;
    return html`<section class="stack report" aria-labelledby="report-heading">
      <h3 id="report-heading" tabindex="-1">${t('register.import.report')}</h3>
      <ul class="report-counts">
        <li>${t('register.import.rows', { count: report.rows })}</li>
        <li>${t('register.import.added', { count: report.added.length })}</li>
        <li>${t('register.import.already', { count: report.alreadyRegistered })}</li>
      </ul>
      ${report.settings ? this.renderAssumed(report.settings) : nothing}
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
        ${this.renderSettingsFields()}
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
