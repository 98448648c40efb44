/**
 * The question before a learner's data is erased for good: a modal dialog that says what goes
 * (every statement, state and document) and what stays (a certificate, until revoked), and
 * asks the coordinator to type the learner's email or account to confirm, so an erasure never
 * happens by a slip of the finger or to the wrong person. Sends `DELETE /dashboard/api/learners/<id>`
 * with the CSRF token and `{"confirm": <what was typed>}`, which the server checks against the
 * identifier again (lrs-stub/privacy/privacy-routes.ts); a failure is said
 * inside the dialog, which stays open. The native dialog traps focus, closes on Escape and
 * gives focus back to the button that opened it.
 */
import { consume } from '@lit/context';
import { html, LitElement, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { buttons, tokens } from '../../../../../components/src/styles/tokens.ts';
import { DASHBOARD_API } from '../../../../analytics/dashboard-api.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { apiContext } from '../../api/api-context.ts';
import { ApiError } from '../../api/api-error.ts';
import { WmLearnerErasedEvent } from '../../app/events.ts';
import { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import { errorMessage } from '../../ui/panel-frame.ts';
import { panelStyles } from '../../ui/panel.styles.ts';

/**
 * @summary Typed confirmation, then erasure of one learner's data.
 * @event wm-learner-erased - WmLearnerErasedEvent: the server erased the data.
 */
@customElement('wm-erase-dialog')
export class WmEraseDialog extends LitElement {
  static override styles = [tokens, buttons, panelStyles];

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  api: ApiClient | undefined;

  /** The learner's id in the API. */
  @property() learnerId = '';

  /** The learner's name, as the statements gave it (shown as text). */
  @property() name = '';

  /** The learner's email or account, as the dashboard shows it: what must be typed to confirm. */
  @property() identifier = '';

  @state() private typed = '';
  @state() private mismatch = false;
  @state() private busy = false;
  @state() private failure: string | undefined;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#confirm-word') private input!: HTMLInputElement;

  private readonly i18n = new DashboardLocalizeController(this);

  /** Opens the dialog, empty. */
  async show(): Promise<void> {
    this.typed = '';
    this.mismatch = false;
    this.failure = undefined;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  private handleInput(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
    if (this.mismatch && this.typed.trim() === this.identifier) this.mismatch = false;
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (this.typed.trim() !== this.identifier) {
      this.mismatch = true;
      await this.updateComplete;
      this.input.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    try {
      await this.api!.send('DELETE', `${DASHBOARD_API}/learners/${encodeURIComponent(this.learnerId)}`, { json: { confirm: this.typed.trim() } });
      this.dialog.close();
      this.dispatchEvent(new WmLearnerErasedEvent(this.learnerId));
    } catch (error) {
      const reason = error instanceof ApiError ? errorMessage(error) : String(error);
      this.failure = this.i18n.t('learner.eraseFailed', { reason });
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const identifier = this.identifier;
    return html`<dialog aria-labelledby="erase-title" aria-describedby="erase-body">
      <form @submit=${this.handleSubmit} novalidate>
        <h2 id="erase-title">${t('learner.eraseTitle', { name: this.name })}</h2>
        <p id="erase-body">${t('learner.eraseBody')}</p>
        <div class="field">
          <label for="confirm-word">${t('learner.eraseConfirmLabel', { identifier })}</label>
          <input
            id="confirm-word"
            autocomplete="off"
            autocapitalize="none"
            spellcheck="false"
            .value=${this.typed}
            aria-invalid=${this.mismatch ? 'true' : 'false'}
            aria-describedby="confirm-error"
            @input=${this.handleInput}
          />
          <p class="error-text" id="confirm-error">${this.mismatch ? t('learner.eraseMismatch', { identifier }) : ''}</p>
        </div>
        <p role="status" class=${this.failure ? 'notice bad' : 'muted'}>${this.busy ? t('learner.erasing') : (this.failure ?? '')}</p>
        <div class="dialog-actions">
          <button type="button" class="secondary" @click=${() => this.dialog.close()}>${t('learner.cancel')}</button>
          <button type="submit" class="danger" ?disabled=${this.busy}>${t('learner.eraseConfirm')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-erase-dialog': WmEraseDialog;
  }
}
