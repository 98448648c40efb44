/**
 * Dialogue paths: for one dialogue at a time (picked from a list), what learners chose at
 * each decision point and how good that choice was, the paths through the dialogue as a flow
 * diagram, the most taken paths in words, and the endings reached. Draws what
 * GET /dashboard/api/dialogues sends; choice texts come from the statements and are shown as
 * text.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DialoguesSchema, type Dialogues } from '../../../../analytics/dashboard-api.ts';
import { panelUrl } from '../../api/dashboard-query.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import type { ChartSpec, Tone } from '../../charts/chart-spec.ts';
import { pickName } from '../../i18n/pick-name.ts';
import { chartFigure } from '../../ui/chart-figure.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { heading } from '../../ui/heading.ts';
import { panelFrame } from '../../ui/panel-frame.ts';
import { flowDiagram } from './flow-diagram.ts';
import { layoutFlow, type FlowVertex } from './flow-layout.ts';
import { dialoguesStyles } from './wm-dialogues-panel.styles.ts';

type Dialogue = Dialogues['dialogues'][number];
const dialogueKey = (dialogue: Dialogue) => `${dialogue.moduleId}/${dialogue.activityId}`;
const QUALITIES = ['good', 'acceptable', 'poor', 'none'] as const;
const QUALITY_TONES: Record<(typeof QUALITIES)[number], Tone> = { good: 'good', acceptable: 'warn', poor: 'bad', none: 'muted' };
const qualityOf = (quality: string | null): (typeof QUALITIES)[number] => (quality === 'good' || quality === 'acceptable' || quality === 'poor' ? quality : 'none');
const MOST_TAKEN = 10;
/** A step of a path in the list: choice texts are whole sentences, the decisions table has them in full. */
const STEP_CHARS = 60;
const shortStep = (text: string) => (text.length > STEP_CHARS ? `${text.slice(0, STEP_CHARS - 1).trimEnd()}…` : text);

/**
 * @summary Choices, paths and endings of the course's dialogues.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-dialogues-panel')
export class WmDialoguesPanel extends DashboardPanel {
  static override styles = [...DashboardPanel.styles, dialoguesStyles];

  /** The dialogue on show (`<module>/<activity>`); the first one by default. */
  @state() private selected: string | undefined;

  private readonly data = new ResourceController<Dialogues>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    const url = panelUrl('dialogues', this.filters);
    this.data.request(url, (signal) => api.get(url, DialoguesSchema, signal));
  }

  private handleDialogueChange(event: Event): void {
    this.selected = (event.target as HTMLSelectElement).value;
  }

  /** Choice ids to their text, for the flow, the paths and the tables. */
  private labeller(dialogue: Dialogue): (id: string) => string {
    const language = this.i18n.language;
    const choices = new Map(dialogue.decisions.flatMap((decision) => decision.choices.map((choice) => [choice.choiceId, pickName(choice.names, language, choice.choiceId)] as const)));
    return (id) => choices.get(id) ?? id;
  }

  private qualityLabel(quality: string | null): TemplateResult {
    const q = qualityOf(quality);
    return html`<span class="quality ${q}">${q === 'none' && quality ? quality : this.i18n.t(`dialogues.quality.${q}`)}</span>`;
  }

  private renderDecisions(dialogue: Dialogue): TemplateResult {
    const { t, format } = this.i18n;
    const label = this.labeller(dialogue);
    const decisionName = (index: number) => t('dialogues.decisionLabel', { index: index + 1, node: dialogue.decisions[index]!.nodeId });
    const spec: ChartSpec = {
      labels: dialogue.decisions.map((_, index) => decisionName(index)),
      series: QUALITIES.map((quality) => ({
        label: t(`dialogues.quality.${quality}`),
        values: dialogue.decisions.map((decision) => decision.choices.filter((choice) => qualityOf(choice.quality) === quality).reduce((sum, choice) => sum + choice.count, 0)),
        tone: QUALITY_TONES[quality],
      })).filter((series) => series.values.some((value) => value > 0)),
      unit: 'count',
      stacked: true,
    };
    return chartFigure({
      id: 'decisions',
      title: t('dialogues.decisionsChart'),
      spec,
      head: html`<tr>
        <th scope="col">${t('dialogues.columns.decision')}</th>
        <th scope="col">${t('dialogues.columns.choice')}</th>
        <th scope="col">${t('dialogues.columns.quality')}</th>
        <th scope="col" class="num">${t('dialogues.columns.count')}</th>
        <th scope="col" class="num">${t('dialogues.columns.share')}</th>
      </tr>`,
      body: dialogue.decisions.flatMap((decision, index) =>
        decision.choices.map(
          (choice) => html`<tr>
            <td>${decisionName(index)}</td>
            <th scope="row">${label(choice.choiceId)}</th>
            <td>${this.qualityLabel(choice.quality)}</td>
            <td class="num">${format.count(choice.count)}</td>
            <td class="num">${format.ratio(choice.count, decision.total)}</td>
          </tr>`,
        ),
      ),
      csvHref: panelUrl('dialogues', this.filters, { csv: true }),
      open: this.tables.isOpen('decisions'),
      onToggle: () => this.tables.toggle('decisions'),
      level: this.subLevel,
    });
  }

  private renderFlow(dialogue: Dialogue): TemplateResult {
    const { t, format } = this.i18n;
    const label = this.labeller(dialogue);
    const layout = layoutFlow(dialogue);
    const name = pickName(dialogue.names, this.i18n.language, dialogue.activityId);
    const runs = dialogue.paths.reduce((sum, path) => sum + path.count, 0);
    const boxLabel = (vertex: FlowVertex) => label(vertex.id);
    const transitions = [...layout.bands, ...layout.loops];
    return html`${chartFigure({
        id: 'flow',
        title: t('dialogues.flow'),
        visual: html`<p class="hint">${t('dialogues.flowHint')}</p>
          ${flowDiagram({
            id: 'flow-svg',
            layout,
            label: boxLabel,
            count: (n) => format.count(n),
            title: t('dialogues.flowLabel', { dialogue: name, steps: layout.columns, runs: format.count(runs) }),
            description: t('dialogues.flowHint'),
            scrollLabel: t('dialogues.flowScroll'),
          })}`,
        head: html`<tr><th scope="col">${t('dialogues.columns.from')}</th><th scope="col">${t('dialogues.columns.to')}</th><th scope="col" class="num">${t('dialogues.columns.runs')}</th></tr>`,
        body: transitions.map((edge) => html`<tr><th scope="row">${label(edge.from)}</th><td>${label(edge.to)}</td><td class="num">${format.count(edge.count)}</td></tr>`),
        csvHref: panelUrl('dialogues', this.filters, { csv: true }),
        open: this.tables.isOpen('flow'),
        onToggle: () => this.tables.toggle('flow'),
      level: this.subLevel,
      })}`;
  }

  private renderPaths(dialogue: Dialogue): TemplateResult {
    const { t } = this.i18n;
    const label = this.labeller(dialogue);
    return html`<div class="stack">
      ${heading(this.subLevel, t('dialogues.paths'))}
      <ol class="paths">
        ${dialogue.paths.slice(0, MOST_TAKEN).map(
          (path) => html`<li>
            <span class="steps">${path.steps.map((step) => shortStep(label(step))).join(' → ')} → ${path.endingId ? label(path.endingId) : t('dialogues.unfinished')}</span>
            <strong class="nowrap">(${t('dialogues.pathRuns', { count: path.count })})</strong>
          </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderEndings(dialogue: Dialogue): TemplateResult {
    const { t, format } = this.i18n;
    const spec: ChartSpec = {
      labels: dialogue.endings.map((ending) => ending.endingId),
      series: [{ label: t('dialogues.columns.runs'), values: dialogue.endings.map((ending) => ending.count), tone: 'accent' }],
      unit: 'count',
    };
    return chartFigure({
      id: 'endings',
      title: t('dialogues.endingsChart'),
      spec,
      head: html`<tr><th scope="col">${t('dialogues.columns.ending')}</th><th scope="col">${t('dialogues.columns.outcome')}</th><th scope="col" class="num">${t('dialogues.columns.runs')}</th></tr>`,
      body: dialogue.endings.map((ending) => html`<tr><th scope="row">${ending.endingId}</th><td>${ending.outcome ?? '–'}</td><td class="num">${format.count(ending.count)}</td></tr>`),
      csvHref: panelUrl('dialogues', this.filters, { csv: true }),
      open: this.tables.isOpen('endings'),
      onToggle: () => this.tables.toggle('endings'),
      level: this.subLevel,
    });
  }

  private renderDialogue(data: Dialogues): TemplateResult {
    const { t } = this.i18n;
    const dialogue = data.dialogues.find((d) => dialogueKey(d) === this.selected) ?? data.dialogues[0]!;
    return html`<div class="field">
        <label for="dialogue">${t('dialogues.dialogue')}</label>
        <select id="dialogue" @change=${this.handleDialogueChange}>
          ${data.dialogues.map((d) => html`<option value=${dialogueKey(d)} ?selected=${d === dialogue}>${pickName(d.names, this.i18n.language, d.activityId)}</option>`)}
        </select>
      </div>
      <p class="learners">${t('dialogues.learners', { count: dialogue.learners })}</p>
      ${dialogue.decisions.length > 0 ? this.renderDecisions(dialogue) : ''} ${dialogue.flows.length > 0 ? this.renderFlow(dialogue) : ''}
      ${dialogue.paths.length > 0 ? this.renderPaths(dialogue) : ''} ${dialogue.endings.length > 0 ? this.renderEndings(dialogue) : ''}`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return panelFrame({
      id: 'dialogues',
      heading: t('dialogues.heading'),
      intro: t('dialogues.intro'),
      what: t('dialogues.what'),
      level: this.headingLevel,
      resource: this.data,
      filtered: this.filtered,
      isEmpty: (data) => data.dialogues.length === 0,
      content: (data) => this.renderDialogue(data),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-dialogues-panel': WmDialoguesPanel;
  }
}
