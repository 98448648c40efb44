/**
 * A module's end screen (a shell screen, not an authored activity): what the learner did in the
 * module (every activity with its status, a link back to each), their results (quiz scores,
 * conversation endings, sorting scores), their reflection and where it went (the portfolio), the
 * portfolio of evidence to download (wm-portfolio-actions) and the next module's card. The shell
 * renders the heading and the primary action ("Next module").
 * Loaded on demand: its own chunk.
 *
 * @summary The end of a module: what you did, your results, your reflection, what is next.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../i18n/screens-text.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import type { ModuleCard, ModuleReport, ModuleResult } from '../../runtime/module-report.ts';
import { tokens } from '../../styles/tokens.ts';
import { renderModuleCard, STATUS_MARK } from '../wm-welcome/module-card.ts';
import { moduleCardStyles } from '../wm-welcome/module-card.styles.ts';
import { screenStyles } from '../wm-module-start/screen.styles.ts';
import '../wm-portfolio-actions/wm-portfolio-actions.ts';
import type { PortfolioDownload } from '../wm-portfolio-actions/wm-portfolio-actions.ts';

@customElement('wm-module-end')
export class WmModuleEnd extends LitElement {
  static override styles = [tokens, moduleCardStyles, screenStyles];

  /** What the learner did and got in this module. */
  @property({ attribute: false }) report: ModuleReport | undefined;
  /** The next module's card; undefined after the last module. */
  @property({ attribute: false }) next: ModuleCard | undefined;
  /** Link to an activity of this module, by activity id. */
  @property({ attribute: false }) activityHref: (activityId: string) => string = (id) => `#/${this.report?.card.id ?? ''}/${id}`;
  /** Link to a module's start screen, by module id. */
  @property({ attribute: false }) moduleHref: (moduleId: string) => string = (id) => `#/${id}/~start`;
  /** Where the learner's portfolio opens; undefined when the package has none to open. */
  @property({ attribute: false }) portfolioHref: string | undefined;
  /** Makes and saves the portfolio of evidence (PDF or printable HTML); undefined shows no download. */
  @property({ attribute: false }) portfolio: PortfolioDownload | undefined;

  private readonly i18n = new LocalizeController(this);

  private renderResult(result: ModuleResult): TemplateResult {
    const t = this.i18n.t;
    const score = Math.round(result.score);
    const text =
      result.kind === 'quiz'
        ? t(result.passed ? 'screens.quizPassed' : 'screens.quizNotPassed', { score, passMark: result.passMark })
        : result.kind === 'dialogue'
          ? html`${t('screens.dialogueEnding', { ending: result.ending, score })}<span class="visually-hidden">, ${t(`screens.outcome.${result.outcome}`)}</span>`
          : t('screens.sortingScore', { score });
    return html`<li><a href=${this.activityHref(result.activityId)}>${result.title}</a><span class="type">${text}</span></li>`;
  }

  override render(): TemplateResult | typeof nothing {
    const report = this.report;
    if (!report) return nothing;
    const t = this.i18n.t;
    const missing = report.activities.filter((a) => a.required && a.status !== 'completed').length;
    return html`<p class="note ${missing === 0 ? 'done' : ''}">${missing === 0 ? t('screens.allDone') : t('screens.notDoneYet', { count: missing })}</p>
      <section aria-labelledby="did-title">
        <h3 id="did-title">${t('screens.whatYouDid')}</h3>
        <ol class="activity-list">
          ${report.activities.map(
            (a) => html`<li>
              <span class="status-mark ${a.status}" aria-hidden="true">${STATUS_MARK[a.status]}</span>
              <span
                ><a href=${this.activityHref(a.activityId)}>${a.title}</a>
                <span class="type">${t(`course.activityType.${a.type}`)} · ${t(`course.status.${a.status}`)}${a.required ? '' : html` ${t('screens.optional')}`}</span></span
              >
            </li>`,
          )}
        </ol>
      </section>
      <section aria-labelledby="results-title">
        <h3 id="results-title">${t('screens.results')}</h3>
        ${report.results.length === 0
          ? html`<p>${t('screens.noResults')}</p>`
          : html`<ul class="plain-list">
              ${report.results.map((r) => this.renderResult(r))}
            </ul>`}
      </section>
      ${report.reflections.length === 0
        ? nothing
        : html`<section aria-labelledby="reflection-title">
            <h3 id="reflection-title">${t('screens.reflections')}</h3>
            <ul class="plain-list">
              ${report.reflections.map(
                (r) => html`<li>
                  <a href=${this.activityHref(r.activityId)}>${t('screens.openReflection', { title: r.title })}</a>
                  <span class="type">${r.saved ? t('screens.reflectionSaved') : t('screens.reflectionNotSaved')}</span>
                </li>`,
              )}
            </ul>
            ${this.portfolioHref ? html`<p><a href=${this.portfolioHref}>${t('screens.openPortfolio')}</a></p>` : nothing}
          </section>`}
      ${this.portfolio
        ? html`<section aria-labelledby="portfolio-title">
            <h3 id="portfolio-title">${t('screens.portfolio')}</h3>
            <p>${t('screens.portfolioText')}</p>
            <wm-portfolio-actions .download=${this.portfolio}></wm-portfolio-actions>
          </section>`
        : nothing}
      <section aria-labelledby="next-title">
        <h3 id="next-title">${t('screens.whatNext')}</h3>
        ${this.next
          ? renderModuleCard(t, this.next, { href: this.moduleHref(this.next.id), level: 4, objectives: 'folded' })
          : html`<p>${t('screens.lastModule')}</p>`}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-module-end': WmModuleEnd;
  }
}
