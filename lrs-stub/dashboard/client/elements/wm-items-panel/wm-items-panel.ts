/**
 * Quiz item analysis, as Moodle's quiz statistics report shows it: pick a quiz, read the
 * statistics of the whole quiz, then per question the facility index, standard deviation,
 * discrimination index, discriminative efficiency, effective weight and how often each option
 * was chosen. Questions Moodle's thresholds flag (lrs-stub/analytics/item-flags.ts) are
 * marked ⚑ with their reasons in words, not by colour alone. Questions and options read as
 * the course's text in the dashboard's language where the statements carried it, else by id.
 *
 * The quiz list comes from GET /dashboard/api/scores, the analysis from GET /items?quiz=.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ScoresSchema, type Scores } from '../../../../analytics/dashboard-api.ts';
import type { ItemAnalysis, ItemStatistics } from '../../../../analytics/item-analysis.ts';
import { panelUrl } from '../../api/dashboard-query.ts';
import { ItemAnalysisSchema } from '../../api/item-analysis-schema.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { chartFigure, csvLink } from '../../ui/chart-figure.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { heading } from '../../ui/heading.ts';
import { panelFrame, resourceView } from '../../ui/panel-frame.ts';
import { tableBox } from '../../ui/table-box.ts';
import { flagText, measureText } from './item-text.ts';
import { itemsStyles } from './wm-items-panel.styles.ts';

type Quiz = Scores['quizzes'][number];
const quizKey = (quiz: Quiz) => `${quiz.moduleId}/${quiz.activityId}`;
/**
 * A question on the chart's axis: prompts run to a sentence or two, which would crowd out the
 * bars; the tables have them in full. Cut at a word when one ends in the last third, counting
 * characters, not UTF-16 units, so no emoji is cut in half.
 */
const AXIS_CHARS = 40;
function axisLabel(text: string): string {
  const chars = [...text];
  if (chars.length <= AXIS_CHARS) return text;
  const cut = chars.slice(0, AXIS_CHARS - 1).join('');
  const space = /\s/.test(chars[AXIS_CHARS - 1]!) ? cut.length : cut.search(/\s\S*$/);
  return `${(space > (cut.length * 2) / 3 ? cut.slice(0, space) : cut).replace(/[\s.,;:–-]+$/, '')}…`;
}

/**
 * @summary Item analysis of one quiz, with flagged questions and their reasons.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-items-panel')
export class WmItemsPanel extends DashboardPanel {
  static override styles = [...DashboardPanel.styles, itemsStyles];

  /** The quiz analysed (`<module>/<activity>`); the first one by default. */
  @state() private selected: string | undefined;

  private readonly quizzes = new ResourceController<Scores>(this);
  private readonly items = new ResourceController<ItemAnalysis>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const scoresUrl = panelUrl('scores', this.filters);
    this.quizzes.request(scoresUrl, (signal) => api.get(scoresUrl, ScoresSchema, signal));
    const quiz = this.currentQuiz();
    if (quiz) {
      const url = panelUrl('items', this.filters, { extra: { quiz: quizKey(quiz) } });
      this.items.request(url, (signal) => api.get(url, ItemAnalysisSchema, signal));
    }
  }

  private currentQuiz(): Quiz | undefined {
    const quizzes = this.quizzes.value?.quizzes ?? [];
    return quizzes.find((quiz) => quizKey(quiz) === this.selected) ?? quizzes[0];
  }

  /** The question's text in the dashboard's language, its id when no statement named it. */
  private question(item: ItemStatistics): string {
    return pickName(item.names ?? {}, this.i18n.language, item.id);
  }

  private handleQuizChange(event: Event): void {
    this.selected = (event.target as HTMLSelectElement).value;
  }

  private renderTest(analysis: ItemAnalysis): TemplateResult {
    const { t, format } = this.i18n;
    const test = analysis.test;
    const stats: [string, TemplateResult | string][] = [
      [t('items.testStats.attempts'), format.count(test.attempts)],
      [t('items.testStats.mean'), measureText(this.i18n, test.percentOfMaxTotal.mean)],
      [t('items.testStats.median'), measureText(this.i18n, test.percentOfMaxTotal.median)],
      [t('items.testStats.sd'), measureText(this.i18n, test.percentOfMaxTotal.standardDeviation)],
      [t('items.testStats.consistency'), measureText(this.i18n, test.internalConsistency)],
      [t('items.testStats.errorRatio'), measureText(this.i18n, test.errorRatio)],
      [t('items.testStats.standardError'), measureText(this.i18n, test.percentOfMaxTotal.standardError)],
    ];
    return html`${heading(this.subLevel, t('items.test'))}
      <dl class="stats">${stats.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
  }

  private renderFlagSummary(analysis: ItemAnalysis): TemplateResult {
    const flagged = analysis.items.filter((item) => item.flags.length > 0).length;
    if (flagged === 0) return html`<p class="notice good">${this.i18n.t('items.flaggedNone')}</p>`;
    return html`<p class="notice warn flag-summary">${this.i18n.t('items.flagged', { count: flagged })}</p>`;
  }

  private renderChart(analysis: ItemAnalysis, csvHref: string): TemplateResult {
    const { t } = this.i18n;
    const spec: ChartSpec = {
      labels: analysis.items.map((item) => `${item.flags.length > 0 ? '⚑ ' : ''}${axisLabel(this.question(item))}`),
      series: [
        { label: t('items.columns.facility'), values: analysis.items.map((item) => item.facility.value), tone: 'accent' },
        { label: t('items.columns.discrimination'), values: analysis.items.map((item) => item.discriminationIndex.value), tone: 'warn' },
      ],
      unit: 'percent',
      max: 100,
    };
    return chartFigure({
      id: 'items-chart',
      title: t('items.chart'),
      spec,
      head: html`<tr><th scope="col">${t('items.columns.item')}</th><th scope="col" class="num">${t('items.columns.facility')}</th><th scope="col" class="num">${t('items.columns.discrimination')}</th></tr>`,
      body: analysis.items.map(
        (item) => html`<tr><th scope="row">${this.question(item)}</th><td class="num">${measureText(this.i18n, item.facility)}</td><td class="num">${measureText(this.i18n, item.discriminationIndex)}</td></tr>`,
      ),
      csvHref,
      open: this.tables.isOpen('items-chart'),
      onToggle: () => this.tables.toggle('items-chart'),
      level: this.subLevel,
    });
  }

  private renderOptionCounts(item: ItemStatistics): TemplateResult | string {
    const { t, format } = this.i18n;
    if (item.options.length === 0) return '–';
    return html`<ul>
      ${item.options.map((option) => html`<li>${t('items.option', { option: pickName(option.names ?? {}, this.i18n.language, option.id), n: format.count(option.count), percent: option.percent.value === null ? '–' : format.percent(option.percent.value) })}</li>`)}
      ${item.noOptionChosen > 0 ? html`<li>${t('items.noOption', { n: format.count(item.noOptionChosen) })}</li>` : nothing}
    </ul>`;
  }

  private renderItemRow(item: ItemStatistics): TemplateResult {
    const { t, format } = this.i18n;
    const flagged = item.flags.length > 0;
    const question = this.question(item);
    return html`<tr class=${flagged ? 'flagged' : ''}>
      <th scope="row" class=${question === item.id ? 'id' : 'question'}>${question}${question === item.id ? nothing : html` <span class="item-id">${item.id}</span>`}</th>
      <td class="num">${format.count(item.attempts)}</td>
      <td class="num">${measureText(this.i18n, item.facility)}</td>
      <td class="num">${measureText(this.i18n, item.standardDeviation)}</td>
      <td class="num">${measureText(this.i18n, item.discriminationIndex)}</td>
      <td class="num">${measureText(this.i18n, item.discriminativeEfficiency)}</td>
      <td class="num">${measureText(this.i18n, item.effectiveWeight)}</td>
      <td class="options">${this.renderOptionCounts(item)}</td>
      <td class="flags">
        ${flagged ? html`<span class="flag">${t('items.flagMark')}</span><ul>${item.flags.map((flag) => html`<li>${flagText(this.i18n, flag)}</li>`)}</ul>` : t('items.ok')}
      </td>
    </tr>`;
  }

  private renderItems(analysis: ItemAnalysis, csvHref: string): TemplateResult {
    const { t } = this.i18n;
    const columns = ['item', 'attempts', 'facility', 'sd', 'discrimination', 'efficiency', 'weight', 'options', 'flags'] as const;
    return html`${tableBox({
        id: 'items',
        caption: t('items.table'),
        head: html`<tr>${columns.map((column) => html`<th scope="col" class=${['item', 'options', 'flags'].includes(column) ? '' : 'num'}>${t(`items.columns.${column}`)}</th>`)}</tr>`,
        body: analysis.items.map((item) => this.renderItemRow(item)),
      })}
      <div class="figure-actions">${csvLink(csvHref, t('items.table'))}</div>`;
  }

  private renderGlossary(): TemplateResult {
    const { t } = this.i18n;
    const terms = ['facility', 'sd', 'discrimination', 'efficiency', 'weight'] as const;
    return html`<details class="glossary">
      <summary>${t('items.glossary.heading')}</summary>
      <ul>${terms.map((term) => html`<li>${t(`items.glossary.${term}`)}</li>`)}</ul>
    </details>`;
  }

  private renderAnalysis(scores: Scores): TemplateResult {
    const { t } = this.i18n;
    const quiz = this.currentQuiz()!;
    const csvHref = panelUrl('items', this.filters, { extra: { quiz: quizKey(quiz) }, csv: true });
    return html`<div class="field">
        <label for="quiz">${t('items.quiz')}</label>
        <select id="quiz" @change=${this.handleQuizChange}>
          ${scores.quizzes.map((q) => html`<option value=${quizKey(q)} ?selected=${q === quiz}>${pickName(q.names, this.i18n.language, q.activityId)}</option>`)}
        </select>
      </div>
      ${resourceView({
        what: t('items.what'),
        resource: this.items,
        filtered: this.filtered,
        isEmpty: (analysis) => analysis.items.length === 0 || analysis.test.attempts === 0,
        content: (analysis) =>
          html`${this.renderTest(analysis)} ${this.renderFlagSummary(analysis)} ${this.renderChart(analysis, csvHref)} ${this.renderItems(analysis, csvHref)} ${this.renderGlossary()}`,
      })}`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return panelFrame({
      id: 'items',
      heading: t('items.heading'),
      intro: t('items.intro'),
      what: t('items.what'),
      level: this.headingLevel,
      resource: this.quizzes,
      filtered: this.filtered,
      isEmpty: (scores) => scores.quizzes.length === 0,
      empty: this.filtered ? undefined : html`<p class="notice empty">${t('items.noQuizzes')}</p>`,
      content: (scores) => this.renderAnalysis(scores),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-items-panel': WmItemsPanel;
  }
}
