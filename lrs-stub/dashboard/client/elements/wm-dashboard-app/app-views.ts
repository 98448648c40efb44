/**
 * What the app shows on each page: the overview's three panels under one h1, each other
 * analytics page as one panel whose heading is the page's h1, the learners pages for
 * coordinators only (a viewer is told why, and the API would refuse them anyway), the live
 * sessions and one session's console (coordinators only too), the register, and a page for
 * addresses that are none of these.
 */
import { html, type TemplateResult } from 'lit';
import type { Filters } from '../../api/dashboard-query.ts';
import { forCoordinators, pathOf, type Route } from '../../app/routes.ts';
import { isCoordinator, type Session } from '../../app/session.ts';
import type { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import '../wm-funnel-panel/wm-funnel-panel.ts';
import '../wm-scores-panel/wm-scores-panel.ts';
import '../wm-time-panel/wm-time-panel.ts';
import '../wm-items-panel/wm-items-panel.ts';
import '../wm-dialogues-panel/wm-dialogues-panel.ts';
import '../wm-rubrics-panel/wm-rubrics-panel.ts';
import '../wm-learners-panel/wm-learners-panel.ts';
import '../wm-learner-view/wm-learner-view.ts';
import '../wm-register-view/wm-register-view.ts';
import '../wm-live-sessions/wm-live-sessions.ts';
import '../wm-live-console/wm-live-console.ts';

const pageTitle = (text: string) => html`<h1 class="page-title" tabindex="-1">${text}</h1>`;

export function appView(route: Route, filters: Filters, session: Session, i18n: DashboardLocalizeController): TemplateResult {
  const { t } = i18n;
  if (forCoordinators(route.view) && !isCoordinator(session)) {
    return html`${pageTitle(t('app.coordinatorsOnly.title'))}
      <p class="notice">${t('app.coordinatorsOnly.body')}</p>`;
  }
  switch (route.view) {
    case 'overview':
      return html`${pageTitle(t('app.headings.overview'))}
        <wm-funnel-panel .filters=${filters}></wm-funnel-panel>
        <wm-scores-panel .filters=${filters}></wm-scores-panel>
        <wm-time-panel .filters=${filters}></wm-time-panel>`;
    case 'items':
      return html`<wm-items-panel heading-level="1" .filters=${filters}></wm-items-panel>`;
    case 'dialogues':
      return html`<wm-dialogues-panel heading-level="1" .filters=${filters}></wm-dialogues-panel>`;
    case 'rubrics':
      return html`<wm-rubrics-panel heading-level="1" .filters=${filters}></wm-rubrics-panel>`;
    case 'learners':
      return html`<wm-learners-panel heading-level="1" .filters=${filters} .cohorts=${session.cohorts} .username=${session.username}></wm-learners-panel>`;
    case 'learner':
      return html`<wm-learner-view .learnerId=${route.learnerId ?? ''}></wm-learner-view>`;
    case 'live':
      return html`<wm-live-sessions></wm-live-sessions>`;
    case 'live-console':
      return html`<wm-live-console .sessionId=${route.sessionId ?? ''}></wm-live-console>`;
    case 'register':
      return html`<wm-register-view user-role=${session.role}></wm-register-view>`;
    default:
      return html`${pageTitle(t('app.notFound.title'))}
        <p>${t('app.notFound.body')}</p>
        <p><a href=${pathOf({ view: 'overview' })}>${t('app.notFound.back')}</a></p>`;
  }
}
