/**
 * The dashboard's header: the product's name, the language and large-text choices, who is
 * signed in with what role and the logout, and the navigation between pages (the current one
 * marked with `aria-current`). Learners and live sessions are offered to coordinators only. Before login only
 * the name and the language choice show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { filtersToSearch, type Filters } from '../../api/dashboard-query.ts';
import { isCoordinator, type Session } from '../../app/session.ts';
import { forCoordinators, NAV_VIEWS, navViewOf, pathOf, takesFilters, type View } from '../../app/routes.ts';
import { DASHBOARD_LOCALES, type DashboardLocale } from '../../i18n/dashboard-i18n.ts';
import type { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import { languageName } from '../../../../../locales/language-names.ts';

export interface AppHeaderOptions {
  i18n: DashboardLocalizeController;
  session: Session | undefined;
  view: View;
  filters: Filters;
  largeText: boolean;
  onLanguage: (language: DashboardLocale) => void;
  onLargeText: () => void;
  onLogout: () => void;
}

function navigation({ i18n, session, view, filters }: AppHeaderOptions): TemplateResult {
  const current = navViewOf(view);
  const query = filtersToSearch(filters).toString();
  const views = NAV_VIEWS.filter((v) => !forCoordinators(v) || isCoordinator(session));
  return html`<nav aria-label=${i18n.t('app.nav')}>
    <ul>
      ${views.map((v) => {
        // Filters travel between the analytics pages, so a bookmark of any of them keeps them.
        const href = takesFilters(v) && query ? `${pathOf({ view: v })}?${query}` : pathOf({ view: v });
        return html`<li><a href=${href} aria-current=${v === current ? 'page' : nothing}>${i18n.t(`app.views.${v}`)}</a></li>`;
      })}
    </ul>
  </nav>`;
}

export function appHeader(options: AppHeaderOptions): TemplateResult {
  const { i18n, session } = options;
  const { t } = i18n;
  return html`<header class="app-header">
    <div class="bar">
      <p class="brand"><span class="product">${t('app.product')}</span> <span class="app-title">${t('app.title')}</span></p>
      <div class="tools">
        <div class="tool">
          <label for="ui-language">${t('app.language')}</label>
          <select id="ui-language" @change=${(event: Event) => options.onLanguage((event.target as HTMLSelectElement).value as DashboardLocale)}>
            ${DASHBOARD_LOCALES.map((locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === i18n.language}>${languageName(locale)}</option>`)}
          </select>
        </div>
        <button type="button" class="secondary large-text" aria-pressed=${options.largeText ? 'true' : 'false'} @click=${options.onLargeText}>${t('app.largeText')}</button>
        ${session
          ? html`<div class="who">
              <p class="account">${t('app.account', { username: session.username, role: t(`app.roles.${session.role}`) })}</p>
              <button type="button" class="quiet logout" @click=${options.onLogout}>${t('app.logout')}</button>
            </div>`
          : nothing}
      </div>
    </div>
    ${session ? navigation(options) : nothing}
  </header>`;
}
