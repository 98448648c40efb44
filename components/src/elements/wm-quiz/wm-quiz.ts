/**
 * `<wm-quiz>`: a quiz, one item at a time. Intro (items, pass mark, attempts left) → items with
 * "Check answer" and feedback → results with a per-item summary and "Try again" while attempts
 * remain. The rules (draw, shuffle, scoring, attempts) live in `runtime/quiz-scoring.ts`; this
 * element only keeps what is on screen: which item, the unchecked draft answer, announcements.
 *
 * Focus after each step: Start, Next and Try again → the "Question n of m" heading; Check answer
 * → the Next question / See results button, while the feedback (a polite live region that is
 * on screen before the answer is checked) is read out; See results → the results heading;
 * Move up / Move down → the same button on the moved step; checking without an answer → the
 * first control. Nothing moves focus on first render or resume.
 *
 * The attempt is submitted as soon as its last answer is checked, so the LMS gets the score even
 * if the learner never presses "See results".
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { QuizData } from '../../../../course/schema/course-data.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import type { QuizProgress, QuizResponse } from '../../runtime/progress.ts';
import {
  answerItem, attemptNumber, attemptSeed, attemptsLeft, isAnswerComplete, isCorrect, optionOrder, startAttempt, submitAttempt,
} from '../../runtime/quiz-scoring.ts';
import { WmAnswerSubmitEvent, WmQuizStartEvent, WmQuizSubmitEvent } from './events.ts';
import { renderItemControls, renderSolution } from './item-controls.ts';
import { rightIcon, wrongIcon } from './result-icons.ts';
import { styles } from './wm-quiz.styles.ts';

type FocusTarget = 'item-title' | 'next' | 'results-title' | 'first-control' | { step: string; by: -1 | 1 };

/**
 * @summary A quiz with six item kinds, feedback per item and limited or unlimited attempts.
 * @event wm-quiz-start - WmQuizStartEvent: a new attempt began.
 * @event wm-answer-submit - WmAnswerSubmitEvent: an answer was checked.
 * @event wm-quiz-submit - WmQuizSubmitEvent: the attempt was scored.
 */
@customElement('wm-quiz')
export class WmQuiz extends LitElement {
  static override styles = styles;

  /** The quiz to run (the shell renders its title). */
  @property({ attribute: false }) activity?: QuizData;

  /** Saved progress; `undefined` starts fresh. Setting it restores the quiz at once (mid-attempt too). */
  @property({ attribute: false }) progress?: QuizProgress;

  /** Review mode: the learner can go through the quiz, but no events are dispatched. */
  @property({ type: Boolean, reflect: true }) review = false;

  /** Index of the item on screen within the current attempt. */
  @state() private index = 0;
  /** The unchecked answer to the item on screen. */
  @state() private draft: QuizResponse | undefined;
  /** After the last answer: keep showing its feedback until "See results". */
  @state() private holdLast = false;
  @state() private showError = false;
  @state() private moveAnnouncement = '';

  private readonly i18n = new LocalizeController(this);
  private focusTarget: FocusTarget | undefined;
  /**
   * JSON of every progress this element produced since it was last restored from outside: the
   * shell handing one back (the same object or a copy, in any order) must not reset the screen.
   */
  private readonly own = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const replaced = changed.has('progress') && !this.own.has(JSON.stringify(this.progress));
    if (replaced || changed.has('activity')) {
      this.own.clear();
      this.restore();
    }
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (!target) return;
    const selector =
      typeof target === 'object'
        ? `button[data-step="${target.step}"][data-by="${target.by}"]`
        : { 'item-title': '#item-title', next: '#next', 'results-title': '#results-title', 'first-control': 'fieldset input, fieldset select, fieldset button' }[target];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Shows what `progress` describes: the first unanswered item of an open attempt, or the last one. */
  private restore(): void {
    const items = this.attemptItems();
    const firstOpen = items.findIndex((item) => !this.progress?.current?.answers[item.id]);
    this.index = firstOpen >= 0 ? firstOpen : Math.max(0, items.length - 1);
    this.draft = undefined;
    this.holdLast = false;
    this.showError = false;
    this.moveAnnouncement = '';
  }

  /** The items of the current attempt that exist in this quiz (stored ids are untrusted). */
  private attemptItems(): QuizItem[] {
    const byId = new Map((this.activity?.items ?? []).map((item) => [item.id, item]));
    return (this.progress?.current?.items ?? []).flatMap((id) => byId.get(id) ?? []);
  }

  private seed(): string {
    return attemptSeed(attemptNumber(this.progress));
  }

  private emit(event: Event): void {
    if (!this.review) this.dispatchEvent(event);
  }

  private setOwnProgress(next: QuizProgress): void {
    this.own.add(JSON.stringify(next));
    this.progress = next;
  }

  private handleStart(): void {
    const quiz = this.activity;
    if (!quiz) return;
    // An open attempt whose items all vanished from the content cannot be finished: drop it.
    const base = this.progress?.current && this.attemptItems().length === 0 ? { ...this.progress, current: undefined } : this.progress;
    const next = startAttempt(quiz, base);
    this.own.clear();
    this.setOwnProgress(next);
    this.restore();
    this.focusTarget = 'item-title';
    this.emit(new WmQuizStartEvent({ attempt: attemptNumber(next), items: next.current?.items ?? [], progress: next }));
  }

  private handleCheck(event: SubmitEvent): void {
    event.preventDefault();
    const quiz = this.activity;
    const item = this.attemptItems()[this.index];
    if (!quiz || !item || !this.progress) return;
    const response = this.draft ?? this.defaultDraft(item);
    if (!isAnswerComplete(item, response)) {
      this.showError = true;
      this.focusTarget = 'first-control';
      return;
    }
    const answered = answerItem(quiz, this.progress, item.id, response);
    this.setOwnProgress(answered);
    const attempt = attemptNumber(answered);
    this.emit(new WmAnswerSubmitEvent({ itemId: item.id, kind: item.kind, response, correct: isCorrect(item, response), attempt, progress: answered }));
    const done = this.attemptItems().every((i) => answered.current?.answers[i.id]);
    if (done) this.submit(answered);
    this.draft = undefined;
    this.showError = false;
    this.moveAnnouncement = '';
    this.holdLast = done;
    this.focusTarget = 'next';
  }

  private submit(progress: QuizProgress): void {
    const quiz = this.activity;
    if (!quiz) return;
    const next = submitAttempt(quiz, progress);
    this.setOwnProgress(next);
    const score = next.current?.score ?? 0;
    this.emit(new WmQuizSubmitEvent({ score, passed: score >= quiz.passMark, attempt: next.attemptsUsed, attemptsLeft: attemptsLeft(quiz, next), progress: next }));
  }

  private handleNext(): void {
    const last = this.index >= this.attemptItems().length - 1;
    if (!last) {
      this.index += 1;
      this.draft = undefined;
      this.moveAnnouncement = '';
      this.focusTarget = 'item-title';
      return;
    }
    // Normally already submitted with the last answer; a progress saved in between is submitted here.
    if (this.progress?.current && !this.progress.current.submitted) this.submit(this.progress);
    this.holdLast = false;
    this.focusTarget = 'results-title';
  }

  private handleChange(response: QuizResponse): void {
    this.draft = response;
    this.showError = false;
  }

  private handleMove(stepId: string, by: -1 | 1): void {
    const item = this.attemptItems()[this.index];
    if (item?.kind !== 'ordering') return;
    const order = this.draft?.kind === 'ordering' ? [...this.draft.order] : optionOrder(item, this.seed());
    const from = order.indexOf(stepId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to] as string, order[from] as string];
    this.draft = { kind: 'ordering', order };
    const text = new Map(item.steps.map((s) => [s.id, s.text]));
    this.moveAnnouncement = this.i18n.t('quiz.moved', {
      step: text.get(stepId) ?? stepId,
      position: to + 1,
      total: order.length,
      order: order.map((id, i) => `${i + 1}. ${text.get(id) ?? id}`).join(', '),
    });
    this.focusTarget = { step: stepId, by };
  }

  /** The answer a control shows before the learner touches it (ordering starts in shuffled order). */
  private defaultDraft(item: QuizItem): QuizResponse | undefined {
    return item.kind === 'ordering' ? { kind: 'ordering', order: optionOrder(item, this.seed()) } : undefined;
  }

  private listFormat(items: string[]): string {
    return new Intl.ListFormat(this.i18n.language, { type: 'conjunction' }).format(items);
  }

  private renderIntro(quiz: QuizData): TemplateResult {
    const left = attemptsLeft(quiz, this.progress);
    const count = Math.min(quiz.draw ?? quiz.items.length, quiz.items.length);
    return html`<section class="intro">
      ${quiz.intro ? html`<p>${quiz.intro}</p>` : nothing}
      <ul class="facts">
        <li>${this.i18n.t('quiz.questionCount', { count })}</li>
        <li>${this.i18n.t('quiz.passMark', { mark: quiz.passMark })}</li>
        <li>${left === 'unlimited' ? this.i18n.t('quiz.attemptsUnlimited') : this.i18n.t('quiz.attemptsLeft', { count: left })}</li>
      </ul>
      ${this.progress?.best !== undefined ? html`<p>${this.i18n.t('quiz.bestScore', { score: this.progress.best })}</p>` : nothing}
      ${left === 0
        ? html`<p class="notice">${this.i18n.t('quiz.noAttemptsLeft', { score: this.progress?.best ?? 0 })}</p>`
        : html`<button type="button" @click=${this.handleStart}>${this.i18n.t('quiz.start')}</button>`}
    </section>`;
  }

  private renderItem(items: QuizItem[]): TemplateResult {
    const item = items[this.index] ?? items[0]!;
    const stored = this.progress?.current?.answers[item.id];
    const answered = stored !== undefined;
    const response = answered ? (stored.kind === item.kind ? stored : undefined) : (this.draft ?? this.defaultDraft(item));
    const correct = answered && isCorrect(item, stored);
    const error = this.showError && !answered;
    const errorText = item.kind === 'matching' ? this.i18n.t('quiz.matchAll') : this.i18n.t('quiz.answerFirst');
    const isLast = this.index >= items.length - 1;
    return html`<section class="item" aria-labelledby="item-title">
      <h3 id="item-title" tabindex="-1">${this.i18n.t('quiz.progress', { number: this.index + 1, total: items.length })}</h3>
      ${keyed(
        item.id,
        html`<form novalidate @submit=${this.handleCheck}>
          ${renderItemControls({
            item,
            order: optionOrder(item, this.seed(), this.activity?.shuffle ?? true),
            response,
            answered,
            errorId: error ? 'answer-error' : undefined,
            t: this.i18n.t,
            onChange: (r) => this.handleChange(r),
            onMove: (step, by) => this.handleMove(step, by),
          })}
          ${error ? html`<p id="answer-error" class="error">${errorText}</p>` : nothing}
          ${answered ? nothing : html`<button type="submit" class="check">${this.i18n.t('quiz.check')}</button>`}
        </form>`,
      )}
      <div class="feedback ${answered ? (correct ? 'right' : 'wrong') : ''}" role="status">
        ${answered
          ? html`<p class="verdict">${correct ? rightIcon : wrongIcon}${this.i18n.t(correct ? 'quiz.correct' : 'quiz.incorrect')}</p>
              <p>${correct ? item.feedback.correct : item.feedback.incorrect}</p>
              ${correct ? nothing : renderSolution(item, this.i18n.t, (list) => this.listFormat(list))}`
          : nothing}
      </div>
      ${answered
        ? html`<button type="button" id="next" @click=${this.handleNext}>${this.i18n.t(isLast ? 'quiz.seeResults' : 'quiz.next')}</button>`
        : nothing}
      <div class="visually-hidden" role="status">${this.moveAnnouncement}</div>
    </section>`;
  }

  private renderResults(quiz: QuizData, items: QuizItem[]): TemplateResult {
    const current = this.progress?.current;
    const score = current?.score ?? 0;
    const passed = score >= quiz.passMark;
    const left = attemptsLeft(quiz, this.progress);
    return html`<section class="results" aria-labelledby="results-title">
      <h3 id="results-title" tabindex="-1">${this.i18n.t('quiz.results')}</h3>
      <p class="score">${this.i18n.t('quiz.scored', { score })}</p>
      <p class="verdict ${passed ? 'right' : 'wrong'}">
        ${passed ? rightIcon : wrongIcon}${this.i18n.t(passed ? 'quiz.passed' : 'quiz.failed', { mark: quiz.passMark })}
      </p>
      ${(this.progress?.attemptsUsed ?? 0) > 1 && this.progress?.best !== undefined
        ? html`<p>${this.i18n.t('quiz.bestScore', { score: this.progress.best })}</p>`
        : nothing}
      <h4>${this.i18n.t('quiz.summary')}</h4>
      <ol class="summary">
        ${items.map((item) => {
          const response = current?.answers[item.id];
          const right = response !== undefined && isCorrect(item, response);
          return html`<li>
            <span class="prompt">${item.prompt}</span>
            <span class="mark ${right ? 'right' : 'wrong'}">${right ? rightIcon : wrongIcon}${this.i18n.t(right ? 'quiz.correct' : 'quiz.incorrect')}</span>
          </li>`;
        })}
      </ol>
      ${left === 0
        ? html`<p class="notice">${this.i18n.t('quiz.noAttemptsLeft', { score: this.progress?.best ?? score })}</p>`
        : html`<p>${left === 'unlimited' ? this.i18n.t('quiz.attemptsUnlimited') : this.i18n.t('quiz.attemptsLeft', { count: left })}</p>
            <button type="button" class="secondary" @click=${this.handleStart}>${this.i18n.t('quiz.tryAgain')}</button>`}
    </section>`;
  }

  override render(): TemplateResult | typeof nothing {
    const quiz = this.activity;
    if (!quiz) return nothing;
    const items = this.attemptItems();
    if (items.length === 0) return this.renderIntro(quiz);
    if (this.progress?.current?.submitted && !this.holdLast) return this.renderResults(quiz, items);
    return this.renderItem(items);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-quiz': WmQuiz;
  }
}
