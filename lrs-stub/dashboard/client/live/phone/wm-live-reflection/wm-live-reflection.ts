/**
 * The phone's answer to a reflection prompt for the room's wall. Answers are anonymous and go
 * to the facilitator first, who lets through what the wall shows: the phone says so after each
 * one, empties the box for another, and shows the entries let through so far.
 *
 * The Send button is `aria-disabled` while an answer is on its way (a `disabled` button would
 * drop the focus it has); a refused answer keeps its text and says why.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { LiveErrorCode } from '../../../../../live/session-errors.ts';
import type { StepContent } from '../../content/answer-labels.ts';
import { LiveLocalizeController } from '../../i18n/live-localize-controller.ts';
import type { LiveConnection } from '../../live-connection.ts';
import { liveErrorText } from '../../ui/error-text.ts';
import { phoneBaseStyles } from '../../ui/phone-base.styles.ts';
import { reflectionStyles } from './wm-live-reflection.styles.ts';

type ReflectionContent = Extract<StepContent, { kind: 'reflection' }>;
type Problem = { kind: 'refused'; code: LiveErrorCode } | { kind: 'empty' };

/**
 * @summary A phone's anonymous answer to a reflection prompt, and the wall so far.
 */
@customElement('wm-live-reflection')
export class WmLiveReflection extends LitElement {
  static override styles = [...phoneBaseStyles, ...reflectionStyles];

  /** The prompt on screen, with the wall entries let through. */
  @property({ attribute: false }) content: ReflectionContent | undefined;

  /** Where answers go. */
  @property({ attribute: false }) connection: LiveConnection | undefined;

  @state() private text = '';
  @state() private sending = false;
  @state() private sent = false;
  @state() private problem: Problem | undefined;

  private prompt = '';
  private readonly i18n = new LiveLocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const prompt = this.content ? `${this.content.activityId}/${this.content.promptId}` : '';
    if (changed.has('content') && prompt !== this.prompt) {
      this.prompt = prompt;
      this.text = '';
      this.sent = false;
      this.problem = undefined;
    }
  }

  private handleInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.sent = false;
    if (this.problem?.kind === 'empty' && this.text.trim()) this.problem = undefined;
  }

  private async handleSend(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.content) return;
    this.problem = undefined;
    this.sent = false;
    const text = this.text.trim();
    if (!text) {
      this.problem = { kind: 'empty' };
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    this.sending = true;
    const prompt = this.prompt;
    try {
      const result = this.connection ? await this.connection.send({ type: 'submit', text }) : ({ ok: false, error: { code: 'offline', message: '' } } as const);
      if (prompt !== this.prompt) return;
      if (result.ok) {
        this.text = '';
        this.sent = true;
      } else {
        this.problem = { kind: 'refused', code: result.error.code };
      }
    } finally {
      this.sending = false;
    }
  }

  private problemText(): string {
    if (!this.problem) return '';
    return this.problem.kind === 'empty' ? this.i18n.t('reflection.writeFirst') : liveErrorText(this.problem.code);
  }

  private renderWall(content: ReflectionContent): TemplateResult {
    const { t } = this.i18n;
    return html`<section class="wall" aria-labelledby="wall-heading">
      <h2 id="wall-heading">${t('reflection.wall')}</h2>
      ${content.wall.length === 0
        ? html`<p class="muted">${t('reflection.wallEmpty')}</p>`
        : html`<ul role="list">
            ${content.wall.map((entry) => html`<li>${entry.text}</li>`)}
          </ul>`}
    </section>`;
  }

  override render(): TemplateResult | typeof nothing {
    const content = this.content;
    if (!content) return nothing;
    const { t } = this.i18n;
    const left = content.maxLength - this.text.length;
    const describedBy = [content.hint ? 'hint' : '', 'counter', 'problem'].filter(Boolean).join(' ');
    return html`<form @submit=${this.handleSend} novalidate>
        <div class="field">
          <label for="answer">${content.text}</label>
          ${content.hint ? html`<p class="hint" id="hint">${content.hint}</p>` : nothing}
          <textarea
            id="answer"
            maxlength=${content.maxLength}
            aria-describedby=${describedBy}
            aria-invalid=${this.problem ? 'true' : 'false'}
            .value=${live(this.text)}
            @input=${this.handleInput}
          ></textarea>
          <p class="counter" id="counter">${t('reflection.left', { count: left })}</p>
        </div>
        <button type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${this.sending ? t('reflection.sending') : t('reflection.send')}</button>
        <p class="status" role="status">${this.sent ? t('reflection.sent') : ''}</p>
        <p class="problem" id="problem" role="alert">${this.problemText()}</p>
      </form>
      ${this.renderWall(content)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-reflection': WmLiveReflection;
  }
}
