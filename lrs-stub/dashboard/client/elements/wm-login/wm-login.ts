/**
 * The coordinator's login: username and password to `POST /dashboard/api/session`
 * (lrs-stub/accounts/session-routes.ts). Every outcome is said in words and announced: empty
 * fields point at the first one (focus moves there), wrong credentials say so without telling
 * which was wrong (as the server does), too many attempts say how many seconds to wait (the
 * 429's Retry-After), a server that cannot be reached says what to check.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { buttons, tokens } from '../../../../../components/src/styles/tokens.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { apiContext } from '../../api/api-context.ts';
import { ApiError } from '../../api/api-error.ts';
import { WmSessionStartEvent } from '../../app/events.ts';
import { SESSION_URL, SessionSchema } from '../../app/session.ts';
import { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import { panelStyles } from '../../ui/panel.styles.ts';
import { loginStyles } from './wm-login.styles.ts';

type Problem = { kind: 'missing' } | { kind: 'wrong' } | { kind: 'throttled'; seconds: number } | { kind: 'refused'; message: string } | { kind: 'unreachable' };

/**
 * @summary The login form of the dashboard.
 * @event wm-session-start - WmSessionStartEvent: logged in, with the session.
 */
@customElement('wm-login')
export class WmLogin extends LitElement {
  static override styles = [tokens, buttons, panelStyles, loginStyles];

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  api: ApiClient | undefined;

  /** Said above the form (the session ended, the coordinator logged out). */
  @property() notice = '';

  @state() private problem: Problem | undefined;
  @state() private busy = false;
  @state() private missing: readonly ('username' | 'password')[] = [];

  @query('#username') private username!: HTMLInputElement;
  @query('#password') private password!: HTMLInputElement;

  private readonly i18n = new DashboardLocalizeController(this);

  /** Moves focus to the heading (after a logout or an ended session). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const username = this.username.value.trim();
    const password = this.password.value;
    this.missing = [...(username ? [] : (['username'] as const)), ...(password ? [] : (['password'] as const))];
    // Cleared first, so the same message is announced again after a second wrong try.
    this.problem = undefined;
    await this.updateComplete;
    if (this.missing.length > 0) {
      this.problem = { kind: 'missing' };
      (this.missing[0] === 'username' ? this.username : this.password).focus();
      return;
    }
    this.busy = true;
    try {
      const session = await this.api!.send('POST', SESSION_URL, { json: { username, password }, schema: SessionSchema });
      this.password.value = '';
      this.dispatchEvent(new WmSessionStartEvent(session));
    } catch (error) {
      this.problem = this.problemOf(error);
      if (this.problem.kind === 'wrong') {
        await this.updateComplete;
        this.password.select();
        this.password.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  private problemOf(error: unknown): Problem {
    if (!(error instanceof ApiError)) return { kind: 'unreachable' };
    if (error.kind === 'unauthorized') return { kind: 'wrong' };
    if (error.kind === 'throttled') return { kind: 'throttled', seconds: error.retryAfterSeconds ?? 60 };
    if (error.kind === 'network' || error.kind === 'server') return { kind: 'unreachable' };
    return { kind: 'refused', message: error.serverMessage ?? String(error.status) };
  }

  private message(problem: Problem): string {
    const { t } = this.i18n;
    switch (problem.kind) {
      case 'missing':
        return t('login.missing');
      case 'wrong':
        return t('login.wrong');
      case 'throttled':
        return t('login.throttled', { count: problem.seconds });
      case 'refused':
        return t('login.refused', { message: problem.message });
      default:
        return t('login.unreachable');
    }
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const invalid = (field: 'username' | 'password') => (this.missing.includes(field) ? 'true' : 'false');
    return html`<section class="panel login" aria-labelledby="login-heading">
      <h1 id="login-heading" tabindex="-1">${t('login.heading')}</h1>
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      <p class="intro">${t('login.intro')}</p>
      <form @submit=${this.handleSubmit} novalidate>
        <div class="field">
          <label for="username">${t('login.username')}</label>
          <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-invalid=${invalid('username')} aria-describedby="login-problem" />
        </div>
        <div class="field">
          <label for="password">${t('login.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required aria-invalid=${invalid('password')} aria-describedby="login-problem" />
        </div>
        <div role="alert" id="login-problem" class=${this.problem ? 'notice bad' : ''}>${this.problem ? this.message(this.problem) : ''}</div>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t('login.busy') : t('login.submit')}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-login': WmLogin;
  }
}
