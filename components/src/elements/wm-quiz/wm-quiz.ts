/**
 * `<wm-quiz>`: a quiz, one item at a time. Intro (items, pass mark, attempts left) → items with
 * "Check answer" and feedback → results with a per-item summary and "Try again" while attempts
 * remain. The rules (draw, shuffle, scoring, attempts) live in `runtime/quiz-scoring.ts`,
 * `runtime/quiz-draw.ts` and `runtime/final-attempts.ts`; this element only keeps what is on screen: which item, the unchecked draft answer, announcements.
 *
 * Focus after each step: Start, Next and Try again → the "Question n of m" heading; Check answer
 * → the Next question / See results button, while the feedback (a polite live region that is
 * on screen before the answer is checked) is read out; See results → the results heading;
 * Move up / Move down → the same button on the moved step; checking without an answer → the
 * first control. Nothing moves focus on first render or resume.
 *
 * The attempt is submitted as soon as its last answer is checked, so the LMS gets the score even
 * if the learner never presses "See results".
 *
 * Draws and option orders are seeded per learner (`seed`, the learner's id) and attempt. A quiz
 * with `feedback: summary` shows no right answers during the attempt ("Save answer" instead of
 * "Check answer") and, after it, the result per competence instead of question by question.
 * When the shell passes `final` (the course's final assessment) the quiz also follows the
 * course's attempts policy: it stays locked until the other modules are done, counts attempts
 * per round, then says when the next round opens or asks for a trainer's reopen code
 * (final-view.ts). Reopen code accepted → the first question's heading, like Start; refused →
 * the code field, with the reason read out.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { Competence } from '../../../../course/schema/competence.ts';
import type { QuizData } from '../../../../course/schema/course-data.ts';
import '../../i18n/final-text.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { competenceSummary } from '../../runtime/competence-summary.ts';
import { beforeAttempt, finalRound, openRound, stampAttempt, type FinalRound } from '../../runtime/final-attempts.ts';
import type { QuizProgress, QuizResponse } from '../../runtime/progress.ts';
import { attemptSeed } from '../../runtime/quiz-draw.ts';
import {
  answerItem, attemptNumber, attemptsLeft, isAnswerComplete, isCorrect, optionOrder, startAttempt, submitAttempt,
} from '../../runtime/quiz-scoring.ts';
import { isWellFormedCode, opensRequest, requestCode } from '../../runtime/reopen-code.ts';
import { WmAnswerSubmitEvent, WmQuizStartEvent, WmQuizSubmitEvent } from './events.ts';
import { renderCompetences, renderLocked, renderReopen, renderRoundRule, renderWaiting, type FinalSettings } from './final-view.ts';
import { renderItemControls, renderSolution } from './item-controls.ts';
import { rightIcon, wrongIcon } from './result-icons.ts';
import { styles } from './wm-quiz.styles.ts';

type FocusTarget = 'item-title' | 'next' | 'results-title' | 'first-control' | 'reopen-code' | { step: string; by: -1 | 1 };

/**
 * @summary A quiz with six item kinds, feedback per item or a summary at the end, and limited or unlimited attempts.
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

  /** The learner's id, which seeds each attempt's draw and option order (the shell passes it; any text works). */
  @property({ attribute: false }) seed = '';

  /** Set when this quiz is the course's final assessment: its attempts policy and what it waits for. */
  @property({ attribute: false }) final: FinalSettings | undefined;

  /** The course's competences, to name them in a `feedback: summary` quiz's result. */
  @property({ attribute: false }) competences: readonly Competence[] = [];

  /** The learner's clock, in milliseconds since 1970 (tests pass a fake one). */
  @property({ attribute: false }) clock: () => number = Date.now;

  /** Index of the item on screen within the current attempt. */
  @state() private index = 0;
  /** The unchecked answer to the item on screen. */
  @state() private draft: QuizResponse | undefined;
  /** After the last answer: keep showing its feedback until "See results". */
  @state() private holdLast = false;
  @state() private showError = false;
  @state() private moveAnnouncement = '';
  /** Why the last reopen code was refused. */
  @state() private reopenError: 'typo' | 'wrong' | undefined;

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.waitTimer);
  }

  /** While a round is waiting, re-render when it opens, so the Start button appears without a reload. */
  private waitTimer: ReturnType<typeof setTimeout> | undefined;

  protected override updated(): void {
    clearTimeout(this.waitTimer);
    const round = this.round();
    // setTimeout takes at most 2^31 - 1 ms (about 24 days); a longer wait re-checks then.
    if (round?.state === 'waiting') this.waitTimer = setTimeout(() => this.requestUpdate(), Math.min(round.opensAt - this.clock(), 2 ** 31 - 1));
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (!target) return;
    const selector =
      typeof target === 'object'
        ? `button[data-step="${target.step}"][data-by="${target.by}"]`
        : {
            'item-title': '#item-title',
            next: '#next',
            'results-title': '#results-title',
            'first-control': 'fieldset input, fieldset select, fieldset button',
            'reopen-code': '#reopen-code',
          }[target];
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
    this.reopenError = undefined;
  }

  /** The items of the current attempt that exist in this quiz (stored ids are untrusted). */
  private attemptItems(): QuizItem[] {
    const byId = new Map((this.activity?.items ?? []).map((item) => [item.id, item]));
    return (this.progress?.current?.items ?? []).flatMap((id) => byId.get(id) ?? []);
  }

  private attemptSeed(): string {
    return attemptSeed(this.seed, attemptNumber(this.progress));
  }

  /** Whether right answers stay hidden until the end (a `feedback: summary` quiz). */
  private get summaryOnly(): boolean {
    return this.activity?.feedback === 'summary';
  }

  /** Where the learner stands in the final assessment's rounds; undefined for any other quiz. */
  private round(): FinalRound | undefined {
    return this.final && finalRound(this.final.policy, this.progress, this.clock());
  }

  private requestCode(): string {
    return requestCode({ courseId: this.final?.courseId ?? '', learnerId: this.seed, attemptsUsed: this.progress?.attemptsUsed ?? 0 });
  }

  private emit(event: Event): void {
    if (!this.review) this.dispatchEvent(event);
  }

  private setOwnProgress(next: QuizProgress): void {
    this.own.add(JSON.stringify(next));
    this.progress = next;
  }

  private handleStart(): void {
    // An open attempt whose items all vanished from the content cannot be finished: drop it.
    this.begin(this.progress?.current && this.attemptItems().length === 0 ? { ...this.progress, current: undefined } : this.progress);
  }

  private handleReopen(event: SubmitEvent): void {
    event.preventDefault();
    const typed = this.renderRoot.querySelector<HTMLInputElement>('#reopen-code')?.value ?? '';
    if (!this.progress || !opensRequest(this.requestCode(), typed)) {
      this.reopenError = isWellFormedCode(typed) ? 'wrong' : 'typo';
      this.focusTarget = 'reopen-code';
      // The same refusal twice changes no state: render anyway, so focus goes back to the field.
      this.requestUpdate();
      return;
    }
    this.begin(openRound(this.progress));
  }

  /** Starts an attempt from `base`: for the final assessment, a round whose wait is over opens first. */
  private begin(base: QuizProgress | undefined): void {
    const quiz = this.activity;
    if (!quiz) return;
    const from = this.final ? beforeAttempt(this.final.policy, base ?? { type: 'quiz', attemptsUsed: 0, passed: false }, this.clock()) : base;
    const next = startAttempt(quiz, from, this.seed);
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
    const submitted = submitAttempt(quiz, progress);
    const next = this.final ? stampAttempt(submitted, this.clock()) : submitted;
    this.setOwnProgress(next);
    const score = next.current?.score ?? 0;
    const round = this.round();
    const left = round ? (round.state === 'open' ? round.left : 0) : attemptsLeft(quiz, next);
    this.emit(new WmQuizSubmitEvent({ score, passed: score >= quiz.passMark, attempt: next.attemptsUsed, attemptsLeft: left, progress: next }));
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
    const order = this.draft?.kind === 'ordering' ? [...this.draft.order] : optionOrder(item, this.attemptSeed());
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
    return item.kind === 'ordering' ? { kind: 'ordering', order: optionOrder(item, this.attemptSeed()) } : undefined;
  }

  private listFormat(items: string[]): string {
    return new Intl.ListFormat(this.i18n.language, { type: 'conjunction' }).format(items);
  }

  /** "n attempts left" or "Try as often as you like". */
  private attemptsText(left: number | 'unlimited'): string {
    return left === 'unlimited' ? this.i18n.t('quiz.attemptsUnlimited') : this.i18n.t('quiz.attemptsLeft', { count: left });
  }

  /**
   * What comes after the intro or a result: the Start / Try again button while an attempt may
   * start; otherwise why not (modules to do first, a wait, a trainer's reopen code, or no
   * attempts left).
   */
  private renderAgain(quiz: QuizData, label: 'quiz.start' | 'quiz.tryAgain'): TemplateResult {
    const best = this.progress?.best ?? this.progress?.current?.score ?? 0;
    const noneLeft = html`<p class="notice">${this.i18n.t('quiz.noAttemptsLeft', { score: best })}</p>`;
    if (this.final?.missing.length) return renderLocked(this.final.missing, this.i18n.t);
    const round = this.round();
    if (round && round.state !== 'open') {
      // A learner who passed has nothing to reopen for: their best score stands.
      if (this.progress?.passed) return noneLeft;
      if (round.state === 'waiting') return renderWaiting(round.opensAt, this.i18n.language, this.i18n.t);
      return renderReopen({ request: this.requestCode(), error: this.reopenError, t: this.i18n.t, onSubmit: (e) => this.handleReopen(e) });
    }
    const left = round ? round.left : attemptsLeft(quiz, this.progress);
    if (left === 0) return noneLeft;
    const button = html`<button type="button" class=${label === 'quiz.tryAgain' ? 'secondary' : ''} @click=${this.handleStart}>${this.i18n.t(label)}</button>`;
    return label === 'quiz.tryAgain' ? html`<p>${this.attemptsText(left)}</p>${button}` : button;
  }

  private renderIntro(quiz: QuizData): TemplateResult {
    const round = this.round();
    const left = round ? (round.state === 'open' ? round.left : 0) : attemptsLeft(quiz, this.progress);
    const count = Math.min(quiz.draw ?? quiz.items.length, quiz.items.length);
    return html`<section class="intro">
      ${quiz.intro ? html`<p>${quiz.intro}</p>` : nothing}
      <ul class="facts">
        <li>${this.i18n.t('quiz.questionCount', { count })}</li>
        <li>${this.i18n.t('quiz.passMark', { mark: quiz.passMark })}</li>
        <li>${this.attemptsText(left)}</li>
        ${this.final ? renderRoundRule(this.final.policy, this.i18n.t) : nothing}
        ${this.summaryOnly ? html`<li>${this.i18n.t('final.noAnswersDuring')}</li>` : nothing}
      </ul>
      ${this.progress?.best !== undefined ? html`<p>${this.i18n.t('quiz.bestScore', { score: this.progress.best })}</p>` : nothing}
      ${this.renderAgain(quiz, 'quiz.start')}
    </section>`;
  }

  /** After an answer is checked: right or not, why, and the right answer; or, in a summary quiz, only that it was saved. */
  private renderFeedback(item: QuizItem, stored: QuizResponse | undefined): TemplateResult {
    if (this.summaryOnly) {
      return html`<div class="feedback" role="status">${stored ? html`<p>${this.i18n.t('final.saved')}</p>` : nothing}</div>`;
    }
    const correct = stored !== undefined && isCorrect(item, stored);
    return html`<div class="feedback ${stored ? (correct ? 'right' : 'wrong') : ''}" role="status">
      ${stored
        ? html`<p class="verdict">${correct ? rightIcon : wrongIcon}${this.i18n.t(correct ? 'quiz.correct' : 'quiz.incorrect')}</p>
            <p>${correct ? item.feedback.correct : item.feedback.incorrect}</p>
            ${correct ? nothing : renderSolution(item, this.i18n.t, (list) => this.listFormat(list))}`
        : nothing}
    </div>`;
  }

  private renderItem(items: QuizItem[]): TemplateResult {
    const item = items[this.index] ?? items[0]!;
    const stored = this.progress?.current?.answers[item.id];
    const answered = stored !== undefined;
    const response = answered ? (stored.kind === item.kind ? stored : undefined) : (this.draft ?? this.defaultDraft(item));
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
            order: optionOrder(item, this.attemptSeed(), this.activity?.shuffle ?? true),
            reveal: !this.summaryOnly,
            response,
            answered,
            errorId: error ? 'answer-error' : undefined,
            t: this.i18n.t,
            onChange: (r) => this.handleChange(r),
            onMove: (step, by) => this.handleMove(step, by),
          })}
          ${error ? html`<p id="answer-error" class="error">${errorText}</p>` : nothing}
          ${answered ? nothing : html`<button type="submit" class="check">${this.i18n.t(this.summaryOnly ? 'final.save' : 'quiz.check')}</button>`}
        </form>`,
      )}
      ${this.renderFeedback(item, stored)}
      ${answered
        ? html`<button type="button" id="next" @click=${this.handleNext}>${this.i18n.t(isLast ? 'quiz.seeResults' : 'quiz.next')}</button>`
        : nothing}
      <div class="visually-hidden" role="status">${this.moveAnnouncement}</div>
    </section>`;
  }

  /** Question by question, right or not (not in a summary quiz: see `renderCompetences`). */
  private renderItemList(items: QuizItem[]): TemplateResult {
    const answers = this.progress?.current?.answers ?? {};
    return html`<h4>${this.i18n.t('quiz.summary')}</h4>
      <ol class="summary">
        ${items.map((item) => {
          const response = answers[item.id];
          const right = response !== undefined && isCorrect(item, response);
          return html`<li>
            <span class="prompt">${item.prompt}</span>
            <span class="mark ${right ? 'right' : 'wrong'}">${right ? rightIcon : wrongIcon}${this.i18n.t(right ? 'quiz.correct' : 'quiz.incorrect')}</span>
          </li>`;
        })}
      </ol>`;
  }

  private renderResults(quiz: QuizData, items: QuizItem[]): TemplateResult {
    const current = this.progress?.current;
    const score = current?.score ?? 0;
    const passed = score >= quiz.passMark;
    const order = this.competences.map((c) => c.id);
    return html`<section class="results" aria-labelledby="results-title">
      <h3 id="results-title" tabindex="-1">${this.i18n.t('quiz.results')}</h3>
      <p class="score">${this.i18n.t('quiz.scored', { score })}</p>
      <p class="verdict ${passed ? 'right' : 'wrong'}">
        ${passed ? rightIcon : wrongIcon}${this.i18n.t(passed ? 'quiz.passed' : 'quiz.failed', { mark: quiz.passMark })}
      </p>
      ${(this.progress?.attemptsUsed ?? 0) > 1 && this.progress?.best !== undefined
        ? html`<p>${this.i18n.t('quiz.bestScore', { score: this.progress.best })}</p>`
        : nothing}
      ${this.summaryOnly && current ? renderCompetences(competenceSummary(quiz, current, order), this.competences, this.i18n.t) : this.renderItemList(items)}
      ${this.renderAgain(quiz, 'quiz.tryAgain')}
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
