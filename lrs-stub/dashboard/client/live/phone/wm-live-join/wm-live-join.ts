/**
 * The phone's join form: the code from the projector (prefilled from the QR code's `?code=`)
 * and the name the room will see. The code is forgiven its case, spaces and dashes
 * (normalizeJoinCode) before it is sent; every refusal is said in words next to the field it
 * concerns, which gets the focus: a code no session has, a full or finished session, too many
 * tries (how long to wait), a name the server will not take, no network.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { normalizeJoinCode } from '../../../../../live/join-code.ts';
import { LiveLocalizeController } from '../../i18n/live-localize-controller.ts';
import { phoneBaseStyles } from '../../ui/phone-base.styles.ts';
import { WmLiveJoinedEvent } from '../events.ts';
import { requestJoin, type JoinProblem } from '../join-request.ts';
import { joinStyles } from './wm-live-join.styles.ts';

/** The longest name the server takes (DisplayNameSchema). */
export const MAX_NAME = 40;

type Problem = JoinProblem | { kind: 'missing-code' } | { kind: 'bad-code' } | { kind: 'missing-name' };
type Field = 'code' | 'name';

/** Which field a problem is about, to mark it and move focus there. */
const FIELD: Record<Problem['kind'], Field | undefined> = {
  'missing-code': 'code',
  'bad-code': 'code',
  'no-session': 'code',
  full: 'code',
  finished: 'code',
  'missing-name': 'name',
  'bad-name': 'name',
  throttled: undefined,
  unreachable: undefined,
};

/**
 * @summary The form a phone joins a live session with.
 * @event wm-live-joined - WmLiveJoinedEvent: the server took the phone in.
 */
@customElement('wm-live-join')
export class WmLiveJoin extends LitElement {
  static override styles = [...phoneBaseStyles, joinStyles];

  /** The code to start with (from `?code=`), as typed or scanned. */
  @property() code = '';

  /** The name to start with (after the session dropped this phone). */
  @property() name = '';

  /** Why the phone is back at this form (the session no longer knows it), said above the form. */
  @property() notice = '';

  /** How to reach the server; tests pass a fake. */
  @property({ attribute: false }) fetch: typeof fetch = (input, init) => window.fetch(input, init);

  @state() private busy = false;
  @state() private problem: Problem | undefined;

  @query('#code') private codeInput!: HTMLInputElement;
  @query('#name') private nameInput!: HTMLInputElement;

  private readonly i18n = new LiveLocalizeController(this);

  /** Moves focus to the heading (after the session dropped this phone). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const typed = this.codeInput.value.trim();
    const code = normalizeJoinCode(typed);
    const displayName = this.nameInput.value.trim();
    // Cleared first, so the same message is announced again after a second try.
    this.problem = undefined;
    await this.updateComplete;
    if (!typed) return this.show({ kind: 'missing-code' });
    if (!code) return this.show({ kind: 'bad-code' });
    if (!displayName) return this.show({ kind: 'missing-name' });
    this.busy = true;
    try {
      const outcome = await requestJoin(this.fetch, { code, displayName });
      if (outcome.ok) this.dispatchEvent(new WmLiveJoinedEvent({ ...outcome.joined, code, displayName }));
      else await this.show(outcome.problem);
    } finally {
      this.busy = false;
    }
  }

  private async show(problem: Problem): Promise<void> {
    this.problem = problem;
    await this.updateComplete;
    const field = FIELD[problem.kind];
    if (field) (field === 'code' ? this.codeInput : this.nameInput).focus();
  }

  private message(problem: Problem): string {
    const { t } = this.i18n;
    switch (problem.kind) {
      case 'missing-code':
        return t('join.problems.missingCode');
      case 'bad-code':
        return t('join.problems.badCode');
      case 'missing-name':
        return t('join.problems.missingName');
      case 'no-session':
        return t('join.problems.noSession');
      case 'full':
        return t('join.problems.full');
      case 'finished':
        return t('join.problems.finished');
      case 'throttled':
        return t('join.problems.throttled', { count: problem.seconds });
      case 'bad-name':
        return t('join.problems.badName');
      case 'unreachable':
        return t('join.problems.unreachable');
    }
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const field = this.problem ? FIELD[this.problem.kind] : undefined;
    const invalid = (name: Field) => (field === name ? 'true' : 'false');
    return html`<h1 tabindex="-1">${t('join.heading')}</h1>
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      <p>${t('join.intro')}</p>
      <form @submit=${this.handleSubmit} novalidate>
        <div class="field">
          <label for="code">${t('join.code')}</label>
          <p class="hint" id="code-hint">${t('join.codeHint')}</p>
          <input
            id="code"
            name="code"
            .value=${this.code}
            inputmode="text"
            autocapitalize="characters"
            autocomplete="off"
            autocorrect="off"
            spellcheck="false"
            enterkeyhint="next"
            maxlength="32"
            required
            aria-invalid=${invalid('code')}
            aria-describedby="code-hint join-problem"
          />
        </div>
        <div class="field">
          <label for="name">${t('join.name')}</label>
          <p class="hint" id="name-hint">${t('join.nameHint')}</p>
          <input
            id="name"
            name="name"
            .value=${this.name}
            autocomplete="nickname"
            enterkeyhint="go"
            maxlength=${MAX_NAME}
            required
            aria-invalid=${invalid('name')}
            aria-describedby="name-hint join-problem"
          />
        </div>
        <p class="problem" id="join-problem" role="alert">${this.problem ? this.message(this.problem) : ''}</p>
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? t('join.busy') : t('join.submit')}</button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-join': WmLiveJoin;
  }
}
