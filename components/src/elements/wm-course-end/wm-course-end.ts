/**
 * The course end (a shell screen, not an authored activity): under the course's cover, how far the learner got (modules
 * completed, with a link to each one still open), their result (the course score and whether it
 * passed), their certificate (ready, with the way to it, or what it waits for) and their
 * portfolio. Reached by Next after the last activity of the last module. Loaded on demand: its
 * own chunk.
 *
 * @summary The end of the course: results, certificate, portfolio.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../i18n/screens-text.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import type { ModuleCard } from '../../runtime/module-report.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { STATUS_MARK } from '../wm-welcome/module-card.ts';
import { screenStyles } from '../wm-module-start/screen.styles.ts';
import '../wm-portfolio-actions/wm-portfolio-actions.ts';
import type { PortfolioDownload } from '../wm-portfolio-actions/wm-portfolio-actions.ts';

/** The course's result as the end screen tells it. */
export interface CourseResult {
  complete: boolean;
  passed: boolean;
  /** The course score (0-100), once something counts; undefined when the course has none yet. */
  score: number | undefined;
  passMark: number;
  /** The course is scored (something weighs in its score), so a pass or fail means something. */
  scored: boolean;
}

@customElement('wm-course-end')
export class WmCourseEnd extends LitElement {
  static override styles = [tokens, buttons, screenStyles];

  /** A card per module, in course order. */
  @property({ attribute: false }) modules: readonly ModuleCard[] = [];
  @property({ attribute: false }) result: CourseResult | undefined;
  /** The certificate activity: its link and whether it can be issued; undefined when the course has none. */
  @property({ attribute: false }) certificate: { href: string; eligible: boolean } | undefined;
  /** Link to a module's start screen, by module id. */
  @property({ attribute: false }) moduleHref: (moduleId: string) => string = (id) => `#/${id}/~start`;
  /** Where the learner's portfolio opens; undefined when the package has none to open. */
  @property({ attribute: false }) portfolioHref: string | undefined;
  /** Makes and saves the portfolio of evidence (PDF or printable HTML); undefined shows no download. */
  @property({ attribute: false }) portfolio: PortfolioDownload | undefined;
  /** Address of the course's cover (decorative): the end framed by the picture the course opened with. */
  @property({ attribute: false }) cover: string | undefined;

  private readonly i18n = new LocalizeController(this);

  private renderResult(result: CourseResult): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    if (!result.scored) return nothing;
    if (result.score === undefined) return html`<p>${t('screens.finalNotTaken')}</p>`;
    return html`<p class="note ${result.passed ? 'done' : ''}">
      ${t('screens.courseScore', { score: Math.round(result.score) })}.
      <strong>${result.passed ? t('screens.passed') : t('screens.notPassed', { passMark: result.passMark })}</strong>
    </p>`;
  }

  override render(): TemplateResult | typeof nothing {
    const result = this.result;
    if (!result) return nothing;
    const t = this.i18n.t;
    const done = this.modules.filter((m) => m.status === 'completed').length;
    return html`${this.cover ? html`<img class="art" src=${this.cover} alt="" width="960" height="480" />` : nothing}
      ${result.complete ? html`<p class="lead">${t('screens.thanks')}</p>` : nothing}
      <section aria-labelledby="modules-title">
        <h3 id="modules-title">${t('screens.modulesDone', { done, total: this.modules.length })}</h3>
        <ol class="activity-list">
          ${this.modules.map(
            (m) => html`<li>
              <span class="status-mark ${m.status}" aria-hidden="true">${STATUS_MARK[m.status]}</span>
              <span
                ><a href=${this.moduleHref(m.id)}>${t('course.moduleLabel', { number: m.number })}: ${m.title}</a>
                <span class="type">${t(`course.status.${m.status}`)}</span></span
              >
            </li>`,
          )}
        </ol>
        ${this.renderResult(result)}
      </section>
      ${this.certificate
        ? html`<section aria-labelledby="certificate-title">
            <h3 id="certificate-title">${t('screens.certificate')}</h3>
            <p>${this.certificate.eligible ? t('screens.certificateReady') : t('screens.certificateLocked')}</p>
            <p><a class="button ${this.certificate.eligible ? 'primary' : 'secondary'}" href=${this.certificate.href}>${t('screens.openCertificate')}</a></p>
          </section>`
        : nothing}
      <section aria-labelledby="portfolio-title">
        <h3 id="portfolio-title">${t('screens.portfolio')}</h3>
        <p>${t('screens.portfolioText')}</p>
        ${this.portfolioHref ? html`<p><a class="button secondary" href=${this.portfolioHref}>${t('screens.openPortfolio')}</a></p>` : nothing}
        <wm-portfolio-actions .download=${this.portfolio}></wm-portfolio-actions>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-course-end': WmCourseEnd;
  }
}
