/**
 * Practising feedback on real work, in three stages kept in `progress.stage`:
 * `work` (read the situation and the sample; write feedback and/or sort given statements and
 * check the sorting), `rate` (rate one's own feedback against the rubric), `compare` (see
 * the model answer beside one's own). Only the sorting is scored (runtime/feedback-sorting).
 *
 * The statements to sort are shown in an order shuffled per learner and exercise (`seed`, the
 * learner's id; runtime/learner-order.ts), the same in every language and after a resume, so
 * statements of one category do not come in a block.
 *
 * Focus, after each step: checking the sorting moves focus to the score (the result of every
 * statement sits above it, the Continue button below); a refused step (nothing written,
 * sorting unchecked, statements or criteria left) moves focus to the first thing to fix and
 * announces why; each new stage moves focus to its heading. Restoring a progress moves no focus.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { FeedbackExerciseData } from '../../../../course/schema/course-data.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { correctCount, sortingScore, unsortedCount, type SortTask } from '../../runtime/feedback-sorting.ts';
import { learnerOrder } from '../../runtime/learner-order.ts';
import type { FeedbackExerciseProgress } from '../../runtime/progress.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { CharacterCountController } from '../../controllers/character-count-controller.ts';
import { EchoGuard } from '../../controllers/echo-guard.ts';
import { FlushOnLeaveController } from '../../controllers/flush-on-leave-controller.ts';
import { textFieldStyles } from '../../styles/text-field.styles.ts';
import { WmExerciseChangeEvent, WmExerciseCheckEvent, WmExerciseCompleteEvent } from './events.ts';
import { renderComparison, renderContext, renderCriteria, renderStatements, scoreText } from './exercise-views.ts';
import { exerciseStyles } from './wm-feedback-exercise.styles.ts';

/** Quiet time after the last key before a change event is sent. */
export const CHANGE_DEBOUNCE_MS = 400;

type Problem = { key: 'writeFirst' | 'checkFirst' } | { key: 'sortFirst' | 'rateFirst'; count: number };

const fresh = (): FeedbackExerciseProgress => ({ type: 'feedback-exercise', stage: 'work', sorted: {}, checked: false, ratings: {} });

/**
 * @summary A feedback exercise: write and/or sort feedback, rate it, compare with a model answer.
 * @event wm-exercise-change - WmExerciseChangeEvent: a draft changed (typing debounced, sent at once when the page is hidden or closed; choices; stage).
 * @event wm-exercise-check - WmExerciseCheckEvent: the sorting was checked, with its score.
 * @event wm-exercise-complete - WmExerciseCompleteEvent: the learner reached the model answer.
 */
@customElement('wm-feedback-exercise')
export class WmFeedbackExercise extends LitElement {
  static override styles = [tokens, buttons, textFieldStyles, exerciseStyles];

  /** The exercise to show. */
  @property({ attribute: false }) activity: FeedbackExerciseData | undefined;

  /** Saved progress to restore, at any stage; `undefined` starts fresh. */
  @property({ attribute: false }) progress: FeedbackExerciseProgress | undefined;

  /** Shows the learner's saved work read-only and dispatches no events. */
  @property({ type: Boolean, reflect: true }) review = false;

  /** The learner's id, which seeds the order of the statements to sort (the shell passes it; any text works). */
  @property({ attribute: false }) seed = '';

  @state() private current: FeedbackExerciseProgress = fresh();
  /** Why the last step was refused, shown in the live region of the stage. */
  @state() private problem: Problem | undefined;

  private readonly i18n = new LocalizeController(this);
  private readonly counter = new CharacterCountController(this, this.i18n);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly echoes = new EchoGuard();
  private readonly leave = new FlushOnLeaveController(this, () => this.flushWriting());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('activity')) this.echoes.clear();
    // The shell handing back what this element sent (maybe late) must not undo newer edits.
    const echoed = !changed.has('activity') && this.echoes.isEcho(this.progress);
    if ((changed.has('activity') || changed.has('progress')) && !echoed) {
      // Typing not sent yet belongs to the exercise shown before; the blur that precedes any
      // navigation has already sent it, so it is dropped rather than filed under this one.
      clearTimeout(this.timer);
      this.timer = undefined;
      this.current = this.progress ? structuredClone(this.progress) : fresh();
      this.problem = undefined;
    }
  }

  override disconnectedCallback(): void {
    this.flushWriting();
    super.disconnectedCallback();
  }

  /** The progress to send, without `undefined` fields (so it survives JSON unchanged). */
  private snapshot(): FeedbackExerciseProgress {
    const progress = structuredClone(this.current);
    if (progress.written === undefined) delete progress.written;
    if (progress.score === undefined) delete progress.score;
    this.echoes.remember(progress);
    return progress;
  }

  private patch(patch: Partial<FeedbackExerciseProgress>): void {
    this.current = { ...this.current, ...patch };
  }

  private sendChange(): void {
    if (!this.review) this.dispatchEvent(new WmExerciseChangeEvent({ progress: this.snapshot() }));
  }

  private flushWriting(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.sendChange();
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private handleWrite(event: Event): void {
    const maxLength = this.activity?.write?.maxLength ?? 0;
    const written = (event.target as HTMLTextAreaElement).value.slice(0, maxLength);
    this.patch({ written });
    if (this.problem?.key === 'writeFirst' && written.trim()) this.problem = undefined;
    this.counter.track('written-count', written.length, maxLength);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flushWriting(), CHANGE_DEBOUNCE_MS);
  }

  private readonly handleSort = (statementId: string, event: Event): void => {
    const category = (event.target as HTMLSelectElement).value;
    const sorted = { ...this.current.sorted };
    if (category) sorted[statementId] = category;
    else delete sorted[statementId];
    this.patch({ sorted });
    if (this.problem?.key === 'sortFirst') this.problem = undefined;
    this.sendChange();
  };

  private handleCheck(): void {
    const sort = this.activity?.sort;
    if (!sort) return;
    const left = unsortedCount(sort, this.current.sorted);
    if (left > 0) {
      this.problem = { key: 'sortFirst', count: left };
      const first = this.statementOrder(sort).find((s) => !this.current.sorted[s.id]);
      void this.focusLater(`#sort-${first?.id}`);
      return;
    }
    const score = sortingScore(sort, this.current.sorted);
    this.patch({ checked: true, score });
    this.problem = undefined;
    this.dispatchEvent(new WmExerciseCheckEvent({ score, progress: this.snapshot() }));
    void this.focusLater('#sort-score');
  }

  private handleContinue(): void {
    this.flushWriting();
    const activity = this.activity;
    if (!activity) return;
    if (activity.write && !this.current.written?.trim()) {
      this.problem = { key: 'writeFirst' };
      void this.focusLater('#written');
      return;
    }
    if (activity.sort && !this.current.checked) {
      this.problem = { key: 'checkFirst' };
      void this.focusLater('button.check');
      return;
    }
    this.problem = undefined;
    this.patch({ stage: 'rate' });
    this.sendChange();
    void this.focusLater('.stage-heading');
  }

  private readonly handleRate = (criterionId: string, levelId: string): void => {
    this.patch({ ratings: { ...this.current.ratings, [criterionId]: levelId } });
    if (this.problem?.key === 'rateFirst') this.problem = undefined;
    this.sendChange();
  };

  private handleCompare(): void {
    const criteria = this.activity?.rubric.criteria ?? [];
    const unrated = criteria.filter((c) => !this.current.ratings[c.id]);
    if (unrated.length > 0) {
      this.problem = { key: 'rateFirst', count: unrated.length };
      void this.focusLater(`input[name="rate-${unrated[0]!.id}"]`);
      return;
    }
    this.problem = undefined;
    this.patch({ stage: 'compare' });
    this.dispatchEvent(new WmExerciseCompleteEvent({ progress: this.snapshot() }));
    void this.focusLater('.stage-heading');
  }

  /** The statements in the order this learner sees them. */
  private statementOrder(sort: SortTask): SortTask['statements'] {
    return learnerOrder(sort.statements, this.seed, this.activity?.id ?? '');
  }

  private problemText(): string {
    const p = this.problem;
    if (!p) return '';
    return 'count' in p ? this.i18n.t(`exercise.${p.key}`, { count: p.count }) : this.i18n.t(`exercise.${p.key}`);
  }

  /** A polite live region that is always rendered, so its messages are announced. */
  private renderLive(keys: ReadonlyArray<Problem['key']>, id: string): TemplateResult {
    const show = this.problem && keys.includes(this.problem.key);
    return html`<div role="status" class="live">${show ? html`<p class="problem" id=${id}>${this.problemText()}</p>` : nothing}</div>`;
  }

  private renderStep(index: number): TemplateResult {
    return html`<p class="step">${this.i18n.t('exercise.stepOf', { current: index, total: 3 })}</p>`;
  }

  private renderWrite(activity: FeedbackExerciseData): TemplateResult | typeof nothing {
    const write = activity.write;
    if (!write) return nothing;
    const written = this.current.written ?? '';
    const invalid = this.problem?.key === 'writeFirst';
    return html`<h3>${this.i18n.t('exercise.writeHeading')}</h3>
      <div class="field">
        <label for="written">${write.prompt}</label>
        <textarea
          id="written"
          rows="6"
          maxlength=${write.maxLength}
          aria-describedby=${invalid ? 'written-count continue-problem' : 'written-count'}
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(written)}
          @input=${this.handleWrite}
          @blur=${this.flushWriting}
        ></textarea>
        ${this.counter.render('written-count', written.length, write.maxLength)}
      </div>`;
  }

  private renderScore(activity: FeedbackExerciseData, sort: SortTask): TemplateResult {
    const text = scoreText(activity, this.current, correctCount(sort, this.current.sorted), this.i18n.t);
    return html`<p class="score" id="sort-score" tabindex="-1">${text}</p>`;
  }

  /** The sorting task: choices, then (once checked) each result and the score. */
  private renderSort(activity: FeedbackExerciseData): TemplateResult | typeof nothing {
    const sort = activity.sort;
    if (!sort) return nothing;
    const { checked } = this.current;
    return html`<h3>${this.i18n.t('exercise.sortHeading')}</h3>
      <p>${sort.prompt}</p>
      ${renderStatements(activity, this.current, this.i18n.t, this.handleSort, this.statementOrder(sort))}
      ${checked
        ? nothing
        : html`<div class="actions">
            <button type="button" class="secondary check" @click=${this.handleCheck}>${this.i18n.t('exercise.checkSorting')}</button>
          </div>`}
      <div role="status" class="live">
        ${checked ? this.renderScore(activity, sort) : this.problem?.key === 'sortFirst' ? html`<p class="problem">${this.problemText()}</p>` : nothing}
      </div>`;
  }

  /** The sorting as it was saved, for review. */
  private renderSortReview(activity: FeedbackExerciseData): TemplateResult | typeof nothing {
    const sort = activity.sort;
    if (!sort) return nothing;
    return html`<h3>${this.i18n.t('exercise.yourSorting')}</h3>
      <p>${sort.prompt}</p>
      ${this.current.checked
        ? html`${renderStatements(activity, this.current, this.i18n.t, this.handleSort, this.statementOrder(sort))} ${this.renderScore(activity, sort)}`
        : html`<p>${this.i18n.t('exercise.notChecked')}</p>`}`;
  }

  private renderWork(activity: FeedbackExerciseData): TemplateResult {
    return html`${this.renderStep(1)} ${renderContext(activity, this.i18n.t)} ${this.renderWrite(activity)} ${this.renderSort(activity)}
      <div class="actions">
        <button type="button" class="continue" @click=${this.handleContinue}>${this.i18n.t('exercise.continueToRate')}</button>
      </div>
      ${this.renderLive(['writeFirst', 'checkFirst'], 'continue-problem')}`;
  }

  private renderRate(activity: FeedbackExerciseData): TemplateResult {
    const { rubric } = activity;
    const written = this.current.written?.trim();
    return html`${this.renderStep(2)}
      <h3 class="stage-heading" tabindex="-1">${this.i18n.t('exercise.rateHeading')}</h3>
      <p>${rubric.prompt}</p>
      ${activity.write
        ? html`<h4>${this.i18n.t('exercise.yourFeedback')}</h4>
            <div class="text-block ${written ? '' : 'empty'}">${written || this.i18n.t('exercise.nothingWritten')}</div>`
        : nothing}
      ${renderCriteria(activity, this.current, this.handleRate)}
      <div class="actions">
        <button type="button" class="compare" @click=${this.handleCompare}>${this.i18n.t('exercise.compare')}</button>
      </div>
      ${this.renderLive(['rateFirst'], 'rate-problem')}`;
  }

  private renderCompare(activity: FeedbackExerciseData): TemplateResult {
    const sort = activity.sort;
    return html`${this.renderStep(3)}
      <h3 class="stage-heading" tabindex="-1">${this.i18n.t('exercise.compareHeading')}</h3>
      ${renderComparison(activity, this.current, this.i18n.t)}
      ${sort && this.current.checked
        ? html`<h4>${this.i18n.t('exercise.yourSorting')}</h4>
            <p>${scoreText(activity, this.current, correctCount(sort, this.current.sorted), this.i18n.t)}</p>`
        : nothing}`;
  }

  private renderReview(activity: FeedbackExerciseData): TemplateResult {
    return html`${renderContext(activity, this.i18n.t)} ${this.renderSortReview(activity)}
      <h3>${this.i18n.t('exercise.compareHeading')}</h3>
      ${renderComparison(activity, this.current, this.i18n.t)}`;
  }

  override render(): TemplateResult {
    const activity = this.activity;
    if (!activity) return html``;
    if (this.review) return this.renderReview(activity);
    switch (this.current.stage) {
      case 'work':
        return this.renderWork(activity);
      case 'rate':
        return this.renderRate(activity);
      case 'compare':
        return this.renderCompare(activity);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-feedback-exercise': WmFeedbackExercise;
  }
}
