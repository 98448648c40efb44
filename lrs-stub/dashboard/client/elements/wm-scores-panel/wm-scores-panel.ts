/**
 * Quiz scores: the pass rate of every quiz (a chart and a table with learners, attempts, mean
 * and median best score), and for one quiz at a time, picked from a list, how the learners'
 * best scores spread over ten bands. Draws what GET /dashboard/api/scores sends.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ScoresSchema, type Scores } from '../../../../analytics/dashboard-api.ts';
import { panelUrl } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { chartFigure } from '../../ui/chart-figure.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { below, heading } from '../../ui/heading.ts';
import { panelFrame } from '../../ui/panel-frame.ts';

type Quiz = Scores['quizzes'][number];
const quizKey = (quiz: Quiz) => `${quiz.moduleId}/${quiz.activityId}`;

/**
 * @summary Pass rates and score distributions per quiz.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-scores-panel')
export class WmScoresPanel extends DashboardPanel {
  /** The quiz whose distribution is drawn (`<module>/<activity>`); the first one by default. */
  @state() private selected: string | undefined;

  private readonly data = new ResourceController<Scores>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const url = panelUrl('scores', this.filters);
    this.data.request(url, (signal) => api.get(url, ScoresSchema, signal));
  }

  private name(quiz: Quiz): string {
    return pickName(quiz.names, this.i18n.language, quiz.activityId);
  }

  private renderPassRates(scores: Scores): TemplateResult {
    const { t, format } = this.i18n;
    const spec: ChartSpec = {
      labels: scores.quizzes.map((quiz) => this.name(quiz)),
      series: [{ label: t('scores.columns.passRate'), values: scores.quizzes.map((quiz) => quiz.passRate), tone: 'accent' }],
      unit: 'percent',
      max: 100,
    };
    return chartFigure({
      id: 'pass-rates',
      title: t('scores.passChart'),
      spec,
      head: html`<tr>
        <th scope="col">${t('scores.columns.quiz')}</th>
        <th scope="col" class="num">${t('scores.columns.learners')}</th>
        <th scope="col" class="num">${t('scores.columns.attempts')}</th>
        <th scope="col" class="num">${t('scores.columns.passed')}</th>
        <th scope="col" class="num">${t('scores.columns.passRate')}</th>
        <th scope="col" class="num">${t('scores.columns.mean')}</th>
        <th scope="col" class="num">${t('scores.columns.median')}</th>
      </tr>`,
      body: scores.quizzes.map(
        (quiz) => html`<tr>
          <th scope="row">${this.name(quiz)}</th>
          <td class="num">${format.count(quiz.learners)}</td>
          <td class="num">${format.count(quiz.attempts)}</td>
          <td class="num">${format.count(quiz.passedLearners)}</td>
          <td class="num">${format.percent(quiz.passRate)}</td>
          <td class="num">${format.percent(quiz.meanScore)}</td>
          <td class="num">${format.percent(quiz.medianScore)}</td>
        </tr>`,
      ),
      csvHref: panelUrl('scores', this.filters, { csv: true }),
      open: this.tables.isOpen('pass-rates'),
      onToggle: () => this.tables.toggle('pass-rates'),
      level: this.subLevel,
    });
  }

  private handleQuizChange(event: Event): void {
    this.selected = (event.target as HTMLSelectElement).value;
  }

  private renderDistribution(scores: Scores): TemplateResult {
    const { t, format } = this.i18n;
    const quiz = scores.quizzes.find((q) => quizKey(q) === this.selected) ?? scores.quizzes[0]!;
    const bin = (b: Quiz['distribution'][number]) => t('scores.bin', { from: format.count(b.from), to: format.percent(b.to) });
    const spec: ChartSpec = {
      labels: quiz.distribution.map(bin),
      series: [{ label: t('scores.columns.count'), values: quiz.distribution.map((b) => b.count), tone: 'accent' }],
      unit: 'count',
      horizontal: false,
    };
    return html`<div class="stack distribution">
      ${heading(this.subLevel, t('scores.distribution'))}
      <div class="field">
        <label for="quiz">${t('scores.quiz')}</label>
        <select id="quiz" @change=${this.handleQuizChange}>
          ${scores.quizzes.map((q) => html`<option value=${quizKey(q)} ?selected=${q === quiz}>${this.name(q)}</option>`)}
        </select>
      </div>
      ${chartFigure({
        id: 'distribution',
        title: t('scores.distributionChart', { quiz: this.name(quiz) }),
        spec,
        head: html`<tr><th scope="col">${t('scores.columns.range')}</th><th scope="col" class="num">${t('scores.columns.count')}</th></tr>`,
        body: quiz.distribution.map((b) => html`<tr><th scope="row">${bin(b)}</th><td class="num">${format.count(b.count)}</td></tr>`),
        csvHref: panelUrl('scores', this.filters, { csv: true }),
        open: this.tables.isOpen('distribution'),
        onToggle: () => this.tables.toggle('distribution'),
        level: below(this.subLevel),
      })}
    </div>`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return panelFrame({
      id: 'scores',
      heading: t('scores.heading'),
      intro: t('scores.intro'),
      what: t('scores.what'),
      level: this.headingLevel,
      resource: this.data,
      filtered: this.filtered,
      isEmpty: (scores) => scores.quizzes.length === 0,
      content: (scores) => html`${this.renderPassRates(scores)} ${this.renderDistribution(scores)}`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-scores-panel': WmScoresPanel;
  }
}
