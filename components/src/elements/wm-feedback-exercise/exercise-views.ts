/**
 * The stateless parts of <wm-feedback-exercise>: the work situation, the statements (choices
 * or checked results), the rubric's radio groups and the comparison with the model answer.
 * They render from the progress and report through callbacks, and several appear both in
 * the live stages and in review, so they are plain template functions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeedbackExerciseData } from '../../../../course/schema/course-data.ts';
import type { LocalizeController } from '../../i18n/localize-controller.ts';
import { sortingResults, type SortingResult, type SortTask } from '../../runtime/feedback-sorting.ts';
import type { FeedbackExerciseProgress } from '../../runtime/progress.ts';

type T = LocalizeController['t'];

/** The situation and the apprentice's work sample (a labelled region, line breaks kept). */
export function renderContext(activity: FeedbackExerciseData, t: T): TemplateResult {
  return html`<h3>${t('exercise.situation')}</h3>
    <p class="situation">${activity.situation}</p>
    <section class="sample" aria-labelledby="sample-title">
      <h3 id="sample-title">${activity.sample.title}</h3>
      <div class="sample-text">${activity.sample.text}</div>
    </section>`;
}

/** One checked statement: the verdict in words and icon (never colour alone) and the explanation. */
export function renderResult(activity: FeedbackExerciseData, result: SortingResult, t: T): TemplateResult {
  const label = (id: string | undefined): string => activity.sort?.categories.find((c) => c.id === id)?.label ?? '—';
  const statement = activity.sort?.statements.find((s) => s.id === result.statementId);
  return html`<div class="result ${result.correct ? 'correct' : 'incorrect'}" id="result-${result.statementId}">
    <p class="verdict"><span class="icon" aria-hidden="true">${result.correct ? '✓' : '✗'}</span> ${t(result.correct ? 'exercise.correct' : 'exercise.incorrect')}</p>
    <p>${t('exercise.youChose', { category: label(result.chosen) })}</p>
    ${result.correct ? nothing : html`<p>${t('exercise.belongsIn', { category: label(result.expected) })}</p>`}
    <p class="explanation">${statement?.explanation}</p>
  </div>`;
}

/**
 * The statements to sort, in `order` (the learner's: see `statementOrder`): each with a labelled
 * `<select>` of the categories, or, once the sorting is checked, with its result (the choices
 * are final then).
 */
export function renderStatements(
  activity: FeedbackExerciseData,
  progress: FeedbackExerciseProgress,
  t: T,
  onSort: (statementId: string, event: Event) => void,
  order: SortTask['statements'],
): TemplateResult {
  const sort = activity.sort;
  if (!sort) return html``;
  const { checked, sorted } = progress;
  const results = new Map(sortingResults(sort, sorted).map((r) => [r.statementId, r]));
  return html`<ol class="statements">
    ${order.map((statement) =>
      checked
        ? html`<li class="statement">
            <p class="statement-text">${statement.text}</p>
            ${renderResult(activity, results.get(statement.id)!, t)}
          </li>`
        : html`<li class="statement">
            <label for="sort-${statement.id}">${statement.text}</label>
            <select id="sort-${statement.id}" @change=${(event: Event) => onSort(statement.id, event)}>
              <option value="" ?selected=${!sorted[statement.id]}>${t('exercise.chooseCategory')}</option>
              ${sort.categories.map((c) => html`<option value=${c.id} ?selected=${sorted[statement.id] === c.id}>${c.label}</option>`)}
            </select>
          </li>`,
    )}
  </ol>`;
}

/** One radio group per rubric criterion (the legend names it), levels weakest first. */
export function renderCriteria(
  activity: FeedbackExerciseData,
  progress: FeedbackExerciseProgress,
  onRate: (criterionId: string, levelId: string) => void,
): TemplateResult[] {
  const { criteria, levels } = activity.rubric;
  return criteria.map(
    (criterion) => html`<fieldset class="criterion">
      <legend>${criterion.text}</legend>
      <div class="levels">
        ${levels.map(
          (level) => html`<label class="level">
            <input
              type="radio"
              name="rate-${criterion.id}"
              value=${level.id}
              .checked=${live(progress.ratings[criterion.id] === level.id)}
              @change=${() => onRate(criterion.id, level.id)}
            />
            <span>${level.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`,
  );
}

/** "You sorted 4 of 5 statements correctly (80%)." */
export function scoreText(activity: FeedbackExerciseData, progress: FeedbackExerciseProgress, correct: number, t: T): string {
  return t('exercise.sortScore', { count: activity.sort?.statements.length ?? 0, correct, score: progress.score ?? 0 });
}

/** The learner's written feedback beside the model answer, then their ratings. */
export function renderComparison(activity: FeedbackExerciseData, progress: FeedbackExerciseProgress, t: T): TemplateResult {
  const written = progress.written?.trim();
  return html`<div class="comparison">
      ${activity.write
        ? html`<div class="column">
            <h4>${t('exercise.yourFeedback')}</h4>
            <div class="text-block ${written ? '' : 'empty'}">${written || t('exercise.nothingWritten')}</div>
          </div>`
        : nothing}
      <div class="column">
        <h4>${t('exercise.modelAnswer')}</h4>
        <div class="text-block model">${activity.model}</div>
      </div>
    </div>
    <h4>${t('exercise.yourRatings')}</h4>
    <dl class="ratings">
      ${activity.rubric.criteria.map((criterion) => {
        const level = activity.rubric.levels.find((l) => l.id === progress.ratings[criterion.id]);
        return html`<div><dt>${criterion.text}</dt><dd>${level?.label ?? t('exercise.notRated')}</dd></div>`;
      })}
    </dl>`;
}
