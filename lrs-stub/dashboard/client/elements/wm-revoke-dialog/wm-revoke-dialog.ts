/**
 * Revoking a certificate: a modal dialog that names whose certificate and which code, says
 * what revoking means for anyone who checks it, and asks why (3 to 500 characters, the
 * contract's RevokeBodySchema, checked here before sending and again by the server). Sends
 * `POST /register/api/entries/<code>/revoke` with the CSRF token. A failure is said inside
 * the dialog, which stays open; Escape or Cancel closes it and focus returns to the button
 * that opened it.
 */
import { consume } from '@lit/context';
import { html, LitElement, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { buttons, tokens } from '../../../../../components/src/styles/tokens.ts';
import { REGISTER_API, RevokeBodySchema, type RegisterEntry } from '../../../../register/register-api.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { apiContext } from '../../api/api-context.ts';
import { ApiError } from '../../api/api-error.ts';
import { WmCertificateRevokedEvent } from '../../app/events.ts';
import { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import { errorMessage } from '../../ui/panel-frame.ts';
import { panelStyles } from '../../ui/panel.styles.ts';

/**
 * @summary Asks why, then revokes one certificate.
 * @event wm-certificate-revoked - WmCertificateRevokedEvent: the server revoked it.
 */
@customElement('wm-revoke-dialog')
export class WmRevokeDialog extends LitElement {
  static override styles = [tokens, buttons, panelStyles];

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  api: ApiClient | undefined;

  @state() private entry: RegisterEntry | undefined;
  @state() private reason = '';
  @state() private tooShort = false;
  @state() private busy = false;
  @state() private failure: string | undefined;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#reason') private field!: HTMLTextAreaElement;

  private readonly i18n = new DashboardLocalizeController(this);

  /** Opens the dialog for `entry`, with an empty reason. */
  async show(entry: RegisterEntry): Promise<void> {
    this.entry = entry;
    this.reason = '';
    this.tooShort = false;
    this.failure = undefined;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.field.focus();
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  private handleInput(event: Event): void {
    this.reason = (event.target as HTMLTextAreaElement).value;
    if (this.tooShort && RevokeBodySchema.safeParse({ reason: this.reason }).success) this.tooShort = false;
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const entry = this.entry;
    if (this.busy || !entry) return;
    const body = RevokeBodySchema.safeParse({ reason: this.reason });
    if (!body.success) {
      this.tooShort = true;
      await this.updateComplete;
      this.field.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    try {
      await this.api!.send('POST', `${REGISTER_API}/entries/${encodeURIComponent(entry.code)}/revoke`, { json: body.data });
      this.dialog.close();
      this.dispatchEvent(new WmCertificateRevokedEvent(entry.code));
    } catch (error) {
      const reason = error instanceof ApiError ? (error.kind === 'invalid' && error.serverMessage ? error.serverMessage : errorMessage(error)) : String(error);
      this.failure = this.i18n.t('register.revokeFailed', { reason });
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const entry = this.entry;
    return html`<dialog aria-labelledby="revoke-title" aria-describedby="revoke-body">
      <form @submit=${this.handleSubmit} novalidate>
        <h2 id="revoke-title">${t('register.revokeTitle', { name: entry?.name ?? '' })}</h2>
        <p id="revoke-body">${t('register.revokeBody', { code: entry?.code ?? '' })}</p>
        <div class="field">
          <label for="reason">${t('register.reasonLabel')}</label>
          <textarea
            id="reason"
            rows="3"
            maxlength="500"
            .value=${this.reason}
            aria-invalid=${this.tooShort ? 'true' : 'false'}
            aria-describedby="reason-hint reason-error"
            @input=${this.handleInput}
          ></textarea>
          <p class="hint" id="reason-hint">${t('register.reasonHint')}</p>
          <p class="error-text" id="reason-error">${this.tooShort ? t('register.reasonTooShort') : ''}</p>
        </div>
        <p role="status" class=${this.failure ? 'notice bad' : 'muted'}>${this.busy ? t('register.revoking') : (this.failure ?? '')}</p>
        <div class="dialog-actions">
          <button type="button" class="secondary" @click=${() => this.dialog.close()}>${t('register.cancel')}</button>
          <button type="submit" class="danger" ?disabled=${this.busy}>${t('register.revokeConfirm')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-revoke-dialog': WmRevokeDialog;
  }
}
