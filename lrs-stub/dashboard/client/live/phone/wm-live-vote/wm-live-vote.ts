/**
 * The phone's vote on a decision: a dialogue's choices, a single-choice item's options or true
 * and false as one radio group (one tab stop, arrow keys), which votes as soon as one is
 * picked; a multiple-response item's options as checkboxes with a Send button. The vote shows
 * ticked from the view's `myVote` (after a reload too) and can be changed until the reveal.
 *
 * Picking again while a vote is on its way does not wait, and the radios are never disabled
 * (a disabled radio drops keyboard focus, and arrow keys pick as they move): the newest pick is
 * sent when the server has answered the one before, so the server's last vote is the phone's
 * last pick. For the same reason the Send button is `aria-disabled` while its answer is on the
 * way, not `disabled`: it stays focused. A refused vote puts the ticks back to what the server
 * has and says why.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { LiveErrorCode } from '../../../../../live/session-errors.ts';
import type { Answer } from '../../../../../live/session-schema.ts';
import { answerLabels, answerText, keysOfAnswer, type StepContent } from '../../content/answer-labels.ts';
import { playerName } from '../../content/dialogue-parts.ts';
import { LiveLocalizeController } from '../../i18n/live-localize-controller.ts';
import type { LiveConnection } from '../../live-connection.ts';
import { liveErrorText } from '../../ui/error-text.ts';
import { phoneBaseStyles } from '../../ui/phone-base.styles.ts';
import { voteStyles } from './wm-live-vote.styles.ts';

type Problem = { kind: 'refused'; code: LiveErrorCode } | { kind: 'pick-first' };

/** The decision a vote belongs to: a new one starts with nothing picked locally. */
function decisionOf(content: StepContent | undefined, round: number | undefined): string {
  if (!content) return '';
  const at = content.kind === 'dialogue' ? content.nodeId : content.kind === 'quiz-item' ? content.itemId : content.promptId;
  return `${content.activityId}/${at}/${round ?? 1}`;
}

const sameAnswer = (a: Answer | undefined, b: Answer | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * @summary A phone's vote on a dialogue decision or a quiz item.
 */
@customElement('wm-live-vote')
export class WmLiveVote extends LitElement {
  static override styles = [...phoneBaseStyles, voteStyles];

  /** The decision on screen: a dialogue node with choices, or a quiz item. */
  @property({ attribute: false }) content: StepContent | undefined;

  /** 1, or 2 for the re-vote after the discussion. */
  @property({ attribute: false }) round: 1 | 2 | undefined;

  /** This phone's vote as the server has it. */
  @property({ attribute: false }) myVote: Answer | undefined;

  /** Where votes go. */
  @property({ attribute: false }) connection: LiveConnection | undefined;

  /** The pick on its way or last sent; undefined shows the server's `myVote`. */
  @state() private chosen: Answer | undefined;
  /** A multiple-response item's ticks, sent with the Send button. */
  @state() private ticked: readonly string[] = [];
  @state() private sending = false;
  @state() private problem: Problem | undefined;

  private decision = '';
  /** The newest pick not sent yet (see the class comment). */
  private wanted: Answer | undefined;

  private readonly i18n = new LiveLocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const decision = decisionOf(this.content, this.round);
    if (decision !== this.decision) {
      this.decision = decision;
      this.chosen = undefined;
      this.wanted = undefined;
      this.problem = undefined;
      this.ticked = this.myVote?.kind === 'options' ? this.myVote.optionIds : [];
    } else if (changed.has('myVote') && this.myVote?.kind === 'options' && !this.sending && sameAnswer(this.chosen, this.myVote)) {
      this.ticked = this.myVote.optionIds;
    }
  }

  private get shown(): Answer | undefined {
    return this.chosen ?? this.myVote;
  }

  private async vote(answer: Answer): Promise<void> {
    this.chosen = answer;
    this.problem = undefined;
    this.wanted = answer;
    if (this.sending) return;
    this.sending = true;
    const decision = this.decision;
    try {
      while (this.wanted && decision === this.decision) {
        const next = this.wanted;
        this.wanted = undefined;
        const result = this.connection ? await this.connection.send({ type: 'vote', answer: next }) : ({ ok: false, error: { code: 'offline', message: '' } } as const);
        if (decision !== this.decision) return;
        if (!result.ok && !this.wanted) {
          this.problem = { kind: 'refused', code: result.error.code };
          this.chosen = undefined;
          if (this.myVote?.kind === 'options') this.ticked = this.myVote.optionIds;
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private handlePick(answer: Answer): void {
    void this.vote(answer);
  }

  private handleTick(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const options = this.content?.kind === 'quiz-item' ? this.content.options.map((option) => option.id) : [];
    // In the item's order, as the server stores a set of options.
    this.ticked = options.filter((option) => (option === id ? on : this.ticked.includes(option)));
    if (this.problem?.kind === 'pick-first') this.problem = undefined;
  }

  private handleSend(event: Event): void {
    event.preventDefault();
    if (this.sending) return;
    if (this.ticked.length === 0) {
      this.problem = { kind: 'pick-first' };
      return;
    }
    void this.vote({ kind: 'options', optionIds: [...this.ticked] });
  }

  private renderStatus(): TemplateResult | string {
    const { t } = this.i18n;
    if (this.sending) return t('vote.sending');
    // Once the server has answered, the pick it accepted is the vote (the new view follows).
    const mine = this.shown;
    if (this.content?.kind === 'quiz-item' && this.content.itemKind === 'multiple-response' && this.ticked.length > 0 && !sameAnswer({ kind: 'options', optionIds: [...this.ticked] }, mine)) {
      return t('vote.changed');
    }
    // Two lines, since an authored answer may end in any punctuation or none.
    return mine ? html`<span class="line">${t('vote.counted', { answer: answerText(this.content, mine) })}</span> <span class="line">${t('vote.canChange')}</span>` : '';
  }

  private problemText(): string {
    if (!this.problem) return '';
    return this.problem.kind === 'pick-first' ? this.i18n.t('quiz.pickFirst') : liveErrorText(this.problem.code);
  }

  private legend(content: StepContent): string {
    if (content.kind === 'dialogue') return this.i18n.t('dialogue.question', { name: playerName(content) });
    return content.kind === 'quiz-item' ? content.prompt : '';
  }

  private renderRadios(content: StepContent): TemplateResult {
    const picked = this.shown ? keysOfAnswer(this.shown) : [];
    const answerOf = (key: string): Answer =>
      content.kind === 'dialogue' ? { kind: 'choice', choiceId: key } : content.kind === 'quiz-item' && content.itemKind === 'true-false' ? { kind: 'true-false', value: key === 'true' } : { kind: 'option', optionId: key };
    const trueFalse = content.kind === 'quiz-item' && content.itemKind === 'true-false';
    return html`<div class="options ${trueFalse ? 'true-false' : ''}">
      ${answerLabels(content).map(
        ({ key, text }) => html`<label class="option-card">
          <input type="radio" name="vote" value=${key} .checked=${live(picked.includes(key))} @change=${() => this.handlePick(answerOf(key))} />
          <span>${text}</span>
        </label>`,
      )}
    </div>`;
  }

  private renderCheckboxes(content: Extract<StepContent, { kind: 'quiz-item' }>): TemplateResult {
    return html`<p class="muted" id="pick-all">${this.i18n.t('quiz.pickAll')}</p>
      <div class="options">
        ${content.options.map(
          (option) => html`<label class="option-card">
            <input type="checkbox" name="vote" value=${option.id} .checked=${live(this.ticked.includes(option.id))} @change=${(event: Event) => this.handleTick(option.id, event)} />
            <span>${option.text}</span>
          </label>`,
        )}
      </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    const content = this.content;
    if (!content || content.kind === 'reflection') return nothing;
    const multiple = content.kind === 'quiz-item' && content.itemKind === 'multiple-response';
    return html`<form @submit=${this.handleSend} novalidate>
      <fieldset aria-describedby="vote-status vote-problem" aria-busy=${this.sending ? 'true' : 'false'}>
        <legend>${this.legend(content)}</legend>
        ${this.round === 2 ? html`<p class="revote">${this.i18n.t('dialogue.revote')}</p>` : nothing}
        ${content.kind === 'quiz-item' && content.itemKind === 'multiple-response' ? this.renderCheckboxes(content) : this.renderRadios(content)}
      </fieldset>
      ${multiple ? html`<button class="send" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${this.i18n.t('quiz.send')}</button>` : nothing}
      <p class="status" id="vote-status" role="status">${this.renderStatus()}</p>
      <p class="problem" id="vote-problem" role="alert">${this.problemText()}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-vote': WmLiveVote;
  }
}
