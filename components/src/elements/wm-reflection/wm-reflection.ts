/**
 * Reflection prompts whose answers go to the mentor's portfolio of evidence. Answers are kept
 * as the learner types (debounced change events), saved explicitly with "Save to my
 * portfolio", stay editable afterwards, and can be downloaded as a text file so the evidence
 * survives outside the LMS.
 *
 * Focus: after a save that misses answers, focus moves to the first empty answer (its error
 * is linked with `aria-describedby`); after a successful save it stays on the save button and
 * the confirmation is announced by a polite live region that is always in the page.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ReflectionData } from '../../../../course/schema/course-data.ts';
import type { ReflectionPrompt } from '../../../../course/schema/activities/reflection.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import type { ReflectionProgress } from '../../runtime/progress.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { CharacterCountController } from '../../controllers/character-count-controller.ts';
import { EchoGuard } from '../../controllers/echo-guard.ts';
import { FlushOnLeaveController } from '../../controllers/flush-on-leave-controller.ts';
import { WmReflectionChangeEvent, WmReflectionSubmitEvent } from './events.ts';
import { saveFile } from '../../app/save-file.ts';
import { textFieldStyles } from '../../styles/text-field.styles.ts';
import { reflectionStyles } from './wm-reflection.styles.ts';

/** Quiet time after the last key before a change event is sent. */
export const CHANGE_DEBOUNCE_MS = 400;

/**
 * @summary Reflection prompts with portfolio save and a plain-text download.
 * @event wm-reflection-change - WmReflectionChangeEvent: an answer changed (debounced; sent at once on blur and when the page is hidden or closed).
 * @event wm-reflection-submit - WmReflectionSubmitEvent: the learner saved the answers to the portfolio.
 */
@customElement('wm-reflection')
export class WmReflection extends LitElement {
  static override styles = [tokens, buttons, textFieldStyles, reflectionStyles];

  /** The reflection to show. */
  @property({ attribute: false }) activity: ReflectionData | undefined;

  /** Saved progress to restore; `undefined` starts fresh. */
  @property({ attribute: false }) progress: ReflectionProgress | undefined;

  /** Shows the saved answers read-only and dispatches no events. */
  @property({ type: Boolean, reflect: true }) review = false;

  @state() private answers: Record<string, string> = {};
  @state() private submitted = false;
  /** Prompts shown as missing after a save without them. */
  @state() private missing: readonly string[] = [];
  @state() private status: '' | 'saved' | 'missing' = '';

  private readonly i18n = new LocalizeController(this);
  private readonly counter = new CharacterCountController(this, this.i18n);
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly echoes = new EchoGuard();
  private readonly leave = new FlushOnLeaveController(this, () => this.flush());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('activity')) this.echoes.clear();
    const echoed = !changed.has('activity') && this.echoes.isEcho(this.progress);
    if ((changed.has('activity') || changed.has('progress')) && !echoed) this.restore();
  }

  override disconnectedCallback(): void {
    this.flush();
    super.disconnectedCallback();
  }

  private restore(): void {
    // Edits not sent yet belong to the activity shown before; the blur that precedes any
    // navigation has already sent them, so what is left here is dropped, never misfiled.
    clearTimeout(this.timer);
    this.pending.clear();
    this.answers = { ...(this.progress?.answers ?? {}) };
    this.submitted = this.progress?.submitted ?? false;
    this.missing = [];
    this.status = '';
  }

  private snapshot(): ReflectionProgress {
    const progress: ReflectionProgress = { type: 'reflection', answers: { ...this.answers }, submitted: this.submitted };
    this.echoes.remember(progress);
    return progress;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.review) return this.pending.clear();
    for (const promptId of this.pending) {
      this.dispatchEvent(new WmReflectionChangeEvent({ promptId, text: this.answers[promptId] ?? '', progress: this.snapshot() }));
    }
    this.pending.clear();
  }

  private handleInput(prompt: ReflectionPrompt, event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value.slice(0, prompt.maxLength);
    this.answers = { ...this.answers, [prompt.id]: text };
    if (text.trim()) this.missing = this.missing.filter((id) => id !== prompt.id);
    this.counter.track(`count-${prompt.id}`, text.length, prompt.maxLength);
    this.pending.add(prompt.id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), CHANGE_DEBOUNCE_MS);
  }

  private async handleSave(): Promise<void> {
    this.flush();
    const prompts = this.activity?.prompts ?? [];
    const missing = prompts.filter((prompt) => !this.answers[prompt.id]?.trim()).map((prompt) => prompt.id);
    // Clearing first makes a repeated message announced again.
    this.status = '';
    await this.updateComplete;
    if (missing.length > 0) {
      this.missing = missing;
      this.status = 'missing';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#answer-${missing[0]}`)?.focus();
      return;
    }
    this.submitted = true;
    this.status = 'saved';
    this.dispatchEvent(new WmReflectionSubmitEvent({ progress: this.snapshot() }));
  }

  private handleDownload(): void {
    const activity = this.activity;
    if (!activity) return;
    const date = new Intl.DateTimeFormat(this.i18n.language, { dateStyle: 'long' }).format(new Date());
    const blocks = activity.prompts.map((prompt) => {
      const answer = this.answers[prompt.id]?.trim() || this.i18n.t('reflection.noAnswer');
      return `${this.i18n.t('reflection.fileQuestion')}: ${prompt.text}\n${this.i18n.t('reflection.fileAnswer')}:\n${answer}`;
    });
    const text = [activity.title, this.i18n.t('reflection.fileSavedOn', { date }), ...blocks].join('\n\n') + '\n';
    // The byte-order mark makes older Windows editors read æ, ø and å as UTF-8.
    saveFile(this.renderRoot as ShadowRoot, new Blob(['\ufeff', text], { type: 'text/plain;charset=utf-8' }), `${activity.id}.txt`);
  }

  private renderPrompt(prompt: ReflectionPrompt): TemplateResult {
    const text = this.answers[prompt.id] ?? '';
    const invalid = this.missing.includes(prompt.id);
    const describedBy = [prompt.hint ? `hint-${prompt.id}` : '', `count-${prompt.id}`, invalid ? `error-${prompt.id}` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for="answer-${prompt.id}">${prompt.text}</label>
      ${prompt.hint ? html`<p class="hint" id="hint-${prompt.id}">${prompt.hint}</p>` : nothing}
      <textarea
        id="answer-${prompt.id}"
        rows="5"
        maxlength=${prompt.maxLength}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(text)}
        @input=${(event: Event) => this.handleInput(prompt, event)}
        @blur=${() => this.flush()}
      ></textarea>
      ${this.counter.render(`count-${prompt.id}`, text.length, prompt.maxLength)}
      ${invalid ? html`<p class="error" id="error-${prompt.id}">${this.i18n.t('reflection.answerFirst')}</p>` : nothing}
    </div>`;
  }

  private renderReviewAnswer(prompt: ReflectionPrompt): TemplateResult {
    const answer = this.answers[prompt.id]?.trim();
    return html`<section class="review-answer" aria-labelledby="prompt-${prompt.id}">
      <h3 id="prompt-${prompt.id}">${prompt.text}</h3>
      <p class="answer ${answer ? '' : 'empty'}">${answer || this.i18n.t('reflection.noAnswer')}</p>
    </section>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    if (this.status === 'saved') return html`<p class="status saved">${this.i18n.t('reflection.saved')}</p>`;
    if (this.status === 'missing') {
      return html`<p class="status missing">${this.i18n.t('reflection.missing', { count: this.missing.length })}</p>`;
    }
    return nothing;
  }

  override render(): TemplateResult {
    const activity = this.activity;
    if (!activity) return html``;
    const download = html`<button type="button" class="secondary" @click=${this.handleDownload}>${this.i18n.t('reflection.download')}</button>`;
    if (this.review) {
      return html`${activity.intro ? html`<p class="intro">${activity.intro}</p>` : nothing}
        ${activity.prompts.map((prompt) => this.renderReviewAnswer(prompt))}
        <div class="actions">${download}</div>`;
    }
    return html`${activity.intro ? html`<p class="intro">${activity.intro}</p>` : nothing}
      ${activity.prompts.map((prompt) => this.renderPrompt(prompt))}
      <div class="actions">
        <button type="button" class="save" @click=${this.handleSave}>${this.i18n.t('reflection.save')}</button>
        ${download}
      </div>
      <div role="status" class="live">${this.renderStatus()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-reflection': WmReflection;
  }
}
