/**
 * The coordinators' dashboard as one element: it asks who is signed in (else shows the login),
 * provides the API client to every panel through context, draws the page the address names
 * (app/routes.ts) with the filters from its query string, and keeps the two in step: links
 * inside the app change the page without a reload, the back button works, a filter change is
 * a new history entry, so every view can be bookmarked and shared.
 *
 * After a page change focus moves to the new page's h1 (screen readers hear where they are);
 * filter changes, logouts and erasures are said in a polite live region. An ended session
 * (any 401) brings back the login with a note; after logging in again the coordinator is on
 * the page they were on.
 */
import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buttons, tokens } from '../../../../../components/src/styles/tokens.ts';
import { ApiClient } from '../../api/api-client.ts';
import { apiContext } from '../../api/api-context.ts';
import { ApiError } from '../../api/api-error.ts';
import { filtersFromSearch, filtersToSearch, type Filters } from '../../api/dashboard-query.ts';
import type { WmFiltersChangeEvent, WmNavigateEvent, WmSessionStartEvent } from '../../app/events.ts';
import { preferredLargeText, storeLanguage, storeLargeText } from '../../app/preferences.ts';
import { isAppPath, pathOf, routeFromPath, takesFilters, type Route } from '../../app/routes.ts';
import { SESSION_URL, SessionSchema, type Session } from '../../app/session.ts';
import { setDashboardLanguage, type DashboardLocale } from '../../i18n/dashboard-i18n.ts';
import { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';
import { errorMessage } from '../../ui/panel-frame.ts';
import { panelStyles } from '../../ui/panel.styles.ts';
import '../wm-filter-bar/wm-filter-bar.ts';
import '../wm-login/wm-login.ts';
import { appHeader } from './app-header.ts';
import { appView } from './app-views.ts';
import { appStyles } from './wm-dashboard-app.styles.ts';

type Phase = 'starting' | 'login' | 'ready' | 'failed';
/** Large text: the root font size for a projector; every size in the product is in rem. */
export const LARGE_TEXT_CLASS = 'wm-large-text';

/**
 * @summary The coordinators' dashboard: login, navigation, filters and every page.
 */
@customElement('wm-dashboard-app')
export class WmDashboardApp extends LitElement {
  static override styles = [tokens, buttons, panelStyles, appStyles];

  /** Talks to the server; tests give one whose fetch answers with fixtures. */
  @property({ attribute: false }) api: ApiClient = new ApiClient();

  @state() private phase: Phase = 'starting';
  @state() private session: Session | undefined;
  @state() private route: Route = { view: 'overview' };
  @state() private filters: Filters = {};
  @state() private announcement = '';
  @state() private loginNotice = '';
  @state() private largeText = preferredLargeText();
  @state() private failure = '';

  private readonly i18n = new DashboardLocalizeController(this);
  private readonly provider = new ContextProvider(this, { context: apiContext, initialValue: this.api });
  private readonly onPopState = (): void => {
    this.readLocation();
    void this.focusPage();
  };

  constructor() {
    super();
    this.addEventListener('click', (event) => this.handleClick(event));
    this.addEventListener('wm-session-start', (event) => this.handleSessionStart(event));
    this.addEventListener('wm-session-expired', () => this.handleSessionExpired());
    this.addEventListener('wm-filters-change', (event) => this.handleFiltersChange(event));
    this.addEventListener('wm-navigate', (event) => void this.handleNavigate(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    document.documentElement.classList.toggle(LARGE_TEXT_CLASS, this.largeText);
    this.readLocation();
    void this.start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api')) this.provider.setValue(this.api);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { t } = this.i18n;
    const view = this.phase === 'login' ? t('login.heading') : this.route.view === 'not-found' ? t('app.notFound.title') : t(`app.views.${this.route.view}`);
    document.title = `${view} – ${t('app.product')} ${t('app.title')}`;
  }

  /** Who is signed in? The cookie may still hold a session from earlier. */
  private async start(): Promise<void> {
    try {
      this.beginSession(await this.api.get(SESSION_URL, SessionSchema));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') {
        this.phase = 'login';
      } else {
        this.failure = this.i18n.t('app.startFailed', { reason: error instanceof ApiError ? errorMessage(error) : String(error) });
        this.phase = 'failed';
      }
    }
  }

  private beginSession(session: Session): void {
    this.api.csrfToken = session.csrfToken;
    this.session = session;
    this.loginNotice = '';
    this.phase = 'ready';
  }

  private readLocation(): void {
    this.route = routeFromPath(location.pathname);
    this.filters = filtersFromSearch(new URLSearchParams(location.search));
  }

  /** Says `text` in the live region (emptied first, so the same words are said again). */
  private async announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.announcement = text;
  }

  /** Focus to the page's h1: the app's own, or the one of the panel that is the page. */
  private async focusPage(): Promise<void> {
    await this.updateComplete;
    const main = this.renderRoot.querySelector('main');
    const own = main?.querySelector<HTMLElement>(':scope > h1[tabindex]');
    if (own) return own.focus();
    const view = main?.querySelector<HTMLElement & { updateComplete?: Promise<unknown>; focusHeading?: () => void }>(':scope > :is(wm-items-panel, wm-dialogues-panel, wm-rubrics-panel, wm-learners-panel, wm-learner-view, wm-live-sessions, wm-live-console, wm-register-view, wm-login)');
    await view?.updateComplete;
    view?.focusHeading?.();
  }

  private navigate(href: string): void {
    const url = new URL(href, location.href);
    history.pushState(null, '', `${url.pathname}${url.search}`);
    this.readLocation();
  }

  private handleClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || !isAppPath(url.pathname)) return;
    event.preventDefault();
    if (url.pathname === location.pathname && url.search === location.search) return void this.focusPage();
    this.navigate(url.href);
    void this.focusPage();
  }

  private async handleNavigate(event: WmNavigateEvent): Promise<void> {
    this.navigate(event.href);
    await this.focusPage();
    if (event.announcement) await this.announce(event.announcement);
  }

  private handleSessionStart(event: WmSessionStartEvent): void {
    this.beginSession(event.session);
    void this.focusPage();
  }

  private handleSessionExpired(): void {
    if (this.phase !== 'ready') return;
    this.endSession(this.i18n.t('app.sessionEnded'));
  }

  private endSession(notice: string): void {
    this.api.csrfToken = undefined;
    this.session = undefined;
    this.loginNotice = notice;
    this.phase = 'login';
    void this.focusPage();
  }

  private handleFiltersChange(event: WmFiltersChangeEvent): void {
    this.filters = event.filters;
    const query = filtersToSearch(event.filters).toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    void this.announce(this.i18n.t(event.reset ? 'filters.cleared' : 'filters.applied'));
  }

  private async handleLogout(): Promise<void> {
    try {
      await this.api.send('DELETE', SESSION_URL);
    } catch {
      // Logged out here whatever the server says: the cookie is gone with the session or soon after.
    }
    this.endSession(this.i18n.t('app.loggedOut'));
  }

  private async handleLanguage(language: DashboardLocale): Promise<void> {
    await setDashboardLanguage(language);
    storeLanguage(language);
    document.documentElement.lang = language;
  }

  private handleLargeText(): void {
    this.largeText = !this.largeText;
    document.documentElement.classList.toggle(LARGE_TEXT_CLASS, this.largeText);
    storeLargeText(this.largeText);
  }

  private handleSkip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private renderMain(): TemplateResult | typeof nothing {
    const { t } = this.i18n;
    switch (this.phase) {
      case 'starting':
        return html`<p class="muted">${t('app.starting')}</p>`;
      case 'failed':
        return html`<p class="notice bad">${this.failure}</p>`;
      case 'login':
        return html`<wm-login .notice=${this.loginNotice}></wm-login>`;
      default:
        return html`${takesFilters(this.route.view) ? html`<wm-filter-bar .filters=${this.filters}></wm-filter-bar>` : nothing}
        ${appView(this.route, this.filters, this.session!, this.i18n)}`;
    }
  }

  override render(): TemplateResult {
    return html`<a class="skip" href="#main" @click=${this.handleSkip}>${this.i18n.t('app.skip')}</a>
      ${appHeader({
        i18n: this.i18n,
        session: this.phase === 'ready' ? this.session : undefined,
        view: this.route.view,
        filters: this.filters,
        largeText: this.largeText,
        onLanguage: (language) => void this.handleLanguage(language),
        onLargeText: () => this.handleLargeText(),
        onLogout: () => void this.handleLogout(),
      })}
      <main id="main" tabindex="-1" aria-busy=${this.phase === 'starting' ? 'true' : 'false'}>${this.renderMain()}</main>
      <div class="announcer" role="status">${this.announcement}</div>`;
  }
}

/** Where the overview is, for the app's entry and tests. */
export const OVERVIEW_PATH = pathOf({ view: 'overview' });

declare global {
  interface HTMLElementTagNameMap {
    'wm-dashboard-app': WmDashboardApp;
  }
}
