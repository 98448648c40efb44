/**
 * The shell's header. On a phone it is one compact bar that stays at the top while the learner
 * scrolls (about 56 px of 740): the contents button, which module the learner is in, the
 * course's progress, and the way to the overview; the course title is there for screen readers.
 * From 56rem (desktops) it is the fuller header: the course title, the module, the progress, the
 * language and the overview, and it scrolls with the page; with the school's logo in front
 * when the course has a theme with one (docs/theming.md). Styles: shell-header.styles.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../../course/schema/ids.ts';
import { languageName } from '../../../../locales/language-names.ts';
import type { LocalizeController } from '../../i18n/localize-controller.ts';
import { routeHref, WELCOME } from './shell-route.ts';

export interface HeaderInputs {
  t: LocalizeController['t'];
  courseTitle: string;
  /** The module the learner is in (1-based number of `total`), or undefined on the overview and the course end. */
  module: { number: number; total: number; title: string } | undefined;
  /** Share of the course done, 0..1. */
  progress: number;
  tocOpen: boolean;
  onTocToggle: () => void;
  /** Languages to offer here; none on the overview, which has its own picker. */
  locales: readonly Locale[];
  locale: Locale;
  onLanguage: (event: Event) => void;
  /** The overview is on screen (its link is then the current page). */
  onOverview: boolean;
}

export function renderShellHeader(h: HeaderInputs): TemplateResult {
  const { t } = h;
  const percent = Math.round(h.progress * 100);
  return html`<header class="shell-header ${h.module ? 'in-module' : ''}">
    <button class="quiet toc-toggle" aria-expanded=${h.tocOpen ? 'true' : 'false'} aria-controls="toc" @click=${h.onTocToggle}>
      <span class="icon" aria-hidden="true">☰</span><span class="label">${h.tocOpen ? t('course.hideContents') : t('course.showContents')}</span>
    </button>
    <span class="logo" aria-hidden="true"></span>
    <div class="titles">
      <h1>${h.courseTitle}</h1>
      ${h.module
        ? html`<p class="where">
            <span class="where-label">${t('framing.moduleOf', { number: h.module.number, total: h.module.total })}</span>
            <span class="where-name">${h.module.title}</span>
          </p>`
        : nothing}
    </div>
    <div class="progress">
      <span id="progress-text">${t('course.progress', { percent })}</span>
      <progress max="100" .value=${percent} aria-labelledby="progress-text"></progress>
    </div>
    ${h.locales.length > 1
      ? html`<label class="language"
          >${t('course.language')}
          <select @change=${h.onLanguage}>
            ${h.locales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === h.locale}>${languageName(l)}</option>`)}
          </select></label
        >`
      : nothing}
    <a class="button quiet overview-link" href=${routeHref(WELCOME)} aria-current=${h.onOverview ? 'page' : 'false'}
      ><span class="icon" aria-hidden="true">⌂</span><span class="label">${t('framing.openOverview')}</span></a
    >
  </header>`;
}
