/**
 * Feedback exercise results: per exercise the sorting task (learners, mean score, how many
 * sorted everything right) and the rubric self-ratings, each criterion as one stacked bar of
 * its levels. GET /dashboard/api/rubrics sends criteria and levels in the rubric's order,
 * levels weakest first, with their names, where the learners' statements described the
 * rubric; what none described comes after, most given first, named by its id. The panel keeps
 * the order it is sent and names things in the dashboard's language.
 *
 * The colours say nothing of good or bad (a red-to-green scale once showed "good" in red):
 * where the rubric's order is known, the levels take the steps of one ordered ramp, weakest
 * lightest, so neighbours in a bar always differ (three neutral tones for four levels once
 * drew "Not yet" and "Strong" alike); without an order, each level id keeps one neutral tone.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { RubricsSchema, type Rubrics } from '../../../../analytics/dashboard-api.ts';
import { panelUrl } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import { stepTone, type ChartSpec, type Tone } from '../../charts/chart-spec.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { chartFigure } from '../../ui/chart-figure.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { below, heading } from '../../ui/heading.ts';
import { panelFrame } from '../../ui/panel-frame.ts';

type Exercise = Rubrics['exercises'][number];
/** Neutral tones, none of them read as good or bad. */
const LEVEL_TONES: readonly Tone[] = ['accent', 'focus', 'muted'];

/** Level ids in the order to draw them: the server's list, else (an older server) as they first appear. */
function levelsOf(exercise: Exercise): string[] {
  if (exercise.levels) return exercise.levels.map((level) => level.levelId);
  const levels: string[] = [];
  for (const criterion of exercise.criteria) for (const level of criterion.levels) if (!levels.includes(level.levelId)) levels.push(level.levelId);
  return levels;
}

/**
 * The levels' tones: in rubric order (the server sends it), a step of the ordered ramp per
 * position, so neighbours differ and stronger reads darker; an older server's answer has no
 * order, so each level id gets a neutral tone, the same in every exercise.
 */
function tonesOf(exercise: Exercise, exercises: readonly Exercise[]): Map<string, Tone> {
  if (exercise.levels) {
    const levels = levelsOf(exercise);
    return new Map(levels.map((id, i) => [id, stepTone(i, levels.length)]));
  }
  const ids = [...new Set(exercises.flatMap(levelsOf))].sort();
  return new Map(ids.map((id, i) => [id, LEVEL_TONES[i % LEVEL_TONES.length]!]));
}

/**
 * @summary Sorting-task scores and rubric self-ratings per feedback exercise.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-rubrics-panel')
export class WmRubricsPanel extends DashboardPanel {
  private readonly data = new ResourceController<Rubrics>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const url = panelUrl('rubrics', this.filters);
    this.data.request(url, (signal) => api.get(url, RubricsSchema, signal));
  }

  private renderExercise(exercise: Exercise, index: number): TemplateResult {
    const { t, format, language } = this.i18n;
    const name = pickName(exercise.names, language, exercise.activityId);
    const levels = levelsOf(exercise);
    const levelNames = new Map(exercise.levels?.map((level) => [level.levelId, level.names]));
    const levelName = (levelId: string) => pickName(levelNames.get(levelId) ?? {}, language, levelId);
    const criterionName = (criterion: Exercise['criteria'][number]) => pickName(criterion.names ?? {}, language, criterion.criterionId);
    const tones = tonesOf(exercise, this.data.value?.exercises ?? [exercise]);
    const count = (criterion: Exercise['criteria'][number], levelId: string) => criterion.levels.find((level) => level.levelId === levelId)?.count ?? 0;
    const spec: ChartSpec = {
      labels: exercise.criteria.map(criterionName),
      series: levels.map((levelId) => ({ label: levelName(levelId), values: exercise.criteria.map((criterion) => count(criterion, levelId)), tone: tones.get(levelId) ?? 'muted' })),
      unit: 'count',
      stacked: true,
    };
    const id = `criteria-${index}`;
    return html`<section class="stack exercise" aria-labelledby="exercise-${index}">
      ${heading(this.subLevel, name, `exercise-${index}`)}
      <dl class="stats">
        <div><dt>${t('rubrics.sortingStats.learners')}</dt><dd>${format.count(exercise.sorting.learners)}</dd></div>
        <div><dt>${t('rubrics.sortingStats.mean')}</dt><dd>${format.percent(exercise.sorting.meanScore)}</dd></div>
        <div>
          <dt>${t('rubrics.sortingStats.allCorrect')} <span class="share">(${format.ratio(exercise.sorting.allCorrect, exercise.sorting.learners)})</span></dt>
          <dd>${format.count(exercise.sorting.allCorrect)}</dd>
        </div>
      </dl>
      ${exercise.criteria.length > 0
        ? chartFigure({
            id,
            title: t('rubrics.criteriaChart', { exercise: name }),
            spec,
            head: html`<tr>
              <th scope="col">${t('rubrics.columns.criterion')}</th>
              <th scope="col">${t('rubrics.columns.level')}</th>
              <th scope="col" class="num">${t('rubrics.columns.count')}</th>
              <th scope="col" class="num">${t('rubrics.columns.share')}</th>
            </tr>`,
            body: exercise.criteria.flatMap((criterion) =>
              criterion.levels.map(
                (level) => html`<tr>
                  <th scope="row">${criterionName(criterion)}</th>
                  <td>${levelName(level.levelId)}</td>
                  <td class="num">${format.count(level.count)}</td>
                  <td class="num">${format.ratio(level.count, criterion.total)}</td>
                </tr>`,
              ),
            ),
            csvHref: panelUrl('rubrics', this.filters, { csv: true }),
            open: this.tables.isOpen(id),
            onToggle: () => this.tables.toggle(id),
            level: below(this.subLevel),
          })
        : ''}
    </section>`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return panelFrame({
      id: 'rubrics',
      heading: t('rubrics.heading'),
      intro: t('rubrics.intro'),
      what: t('rubrics.what'),
      level: this.headingLevel,
      resource: this.data,
      filtered: this.filtered,
      isEmpty: (rubrics) => rubrics.exercises.length === 0,
      content: (rubrics) => html`${rubrics.exercises.map((exercise, index) => this.renderExercise(exercise, index))}`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-rubrics-panel': WmRubricsPanel;
  }
}
