/**
 * The welcome screen, the first thing a learner sees on a first launch, and the course overview
 * a returning learner opens from the header: the cover, what the course is, how long it takes
 * (the sum of the modules' estimates), how progress is kept (plainly: the learning platform, the
 * organisation's learning record store, or this device only), the language, one primary action
 * (Start, or Continue) and a card per module. It is in the launch bundle, so it stays small:
 * no illustrations of its own beyond the course's cover and the modules' card art (lazy, so the
 * first screen never waits for them), and the module cards are a template.
 *
 * @summary The course's welcome and overview screen.
 * @event wm-course-start - WmCourseStartEvent: the learner pressed Start or Continue.
 * @event wm-locale-select - WmLocaleSelectEvent: the learner chose a language.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale } from '../../../../course/schema/ids.ts';
import { languageName } from '../../../../locales/language-names.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import type { ModuleCard } from '../../runtime/module-report.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { WmCourseStartEvent, WmLocaleSelectEvent } from './events.ts';
import { renderModuleCard } from './module-card.ts';
import { moduleCardStyles } from './module-card.styles.ts';
import { formatMinutes } from './time-estimate.ts';
import { welcomeStyles } from './wm-welcome.styles.ts';

/** Where the learner's progress is kept, as the welcome says it. */
export type TrackingPlace = 'lms' | 'lrs' | 'device';

@customElement('wm-welcome')
export class WmWelcome extends LitElement {
  static override styles = [tokens, buttons, moduleCardStyles, welcomeStyles];

  /** The course title (the screen's heading). */
  @property({ attribute: false }) courseTitle = '';
  /** One or two sentences: what the course is. */
  @property({ attribute: false }) description = '';
  /** Address of the cover picture (decorative), if the course has one. */
  @property({ attribute: false }) cover: string | undefined;
  /** A card per module, in course order. */
  @property({ attribute: false }) modules: readonly ModuleCard[] = [];
  /** Link of each module card (its start screen), by module id. */
  @property({ attribute: false }) moduleHref: (moduleId: string) => string = (id) => `#/${id}/~start`;
  /** The course's time in minutes (the modules' estimates summed); undefined when unknown. */
  @property({ attribute: false }) minutes: number | undefined;
  /** Where progress is kept. */
  @property({ attribute: false }) tracking: TrackingPlace = 'device';
  /** Languages the course comes in; a picker shows when there is more than one. */
  @property({ attribute: false }) locales: readonly Locale[] = [];
  /** The language shown now. */
  @property({ attribute: false }) locale: Locale = 'en';
  /** The learner has been here before: the primary action continues where they were. */
  @property({ type: Boolean }) returning = false;
  /** Share of the course done, 0..1 (shown to a returning learner). */
  @property({ attribute: false }) progress = 0;

  private readonly i18n = new LocalizeController(this);

  /** Moves focus to the screen's heading (the shell does this after every screen change). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private handleStart(): void {
    this.dispatchEvent(new WmCourseStartEvent());
  }

  private handleLanguage(event: Event): void {
    this.dispatchEvent(new WmLocaleSelectEvent((event.target as HTMLSelectElement).value as Locale));
  }

  private renderFacts(): TemplateResult {
    const t = this.i18n.t;
    const percent = Math.round(this.progress * 100);
    return html`<ul class="facts">
      ${this.minutes === undefined
        ? nothing
        : html`<li><span class="fact-label">${t('framing.courseTime')}</span> ${t('framing.about', { time: formatMinutes(t, this.minutes) })}
            · ${t('framing.moduleCount', { count: this.modules.length })}</li>`}
      <li><span class="fact-label">${t('framing.trackingLabel')}</span> ${t(`framing.tracking.${this.tracking}`)}</li>
      ${this.returning ? html`<li><span class="fact-label">${t('framing.yourProgress')}</span> ${t('course.progress', { percent })}</li>` : nothing}
    </ul>`;
  }

  private renderLanguage(): TemplateResult | typeof nothing {
    if (this.locales.length < 2) return nothing;
    return html`<label class="language"
      >${this.i18n.t('course.language')}
      <select @change=${this.handleLanguage}>
        ${this.locales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.locale}>${languageName(l)}</option>`)}
      </select></label
    >`;
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    return html`<section class="hero" aria-labelledby="welcome-title">
        ${this.cover ? html`<img class="cover" src=${this.cover} alt="" width="960" height="480" />` : nothing}
        <div class="intro">
          <span class="logo" aria-hidden="true"></span>
          <p class="eyebrow">${this.returning ? t('framing.overview') : t('framing.welcome')}</p>
          <h2 id="welcome-title" tabindex="-1">${this.courseTitle}</h2>
          <p class="description">${this.description}</p>
          ${this.renderFacts()}
          <div class="actions">
            <button class="primary start" @click=${this.handleStart}>${this.returning ? t('framing.continue') : t('framing.start')}</button>
            ${this.renderLanguage()}
          </div>
        </div>
      </section>
      <section class="modules" aria-labelledby="modules-title">
        <h3 id="modules-title">${t('framing.modulesTitle')}</h3>
        <ol class="cards">
          ${this.modules.map((card) => html`<li>${renderModuleCard(t, card, { href: this.moduleHref(card.id), level: 4, objectives: 'folded' })}</li>`)}
        </ol>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-welcome': WmWelcome;
  }
}
