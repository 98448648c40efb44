/**
 * The live sessions page (/dashboard/live, coordinators only): a form that starts a session of a
 * module in one of its languages, saying plainly what "with the name they type" means for the
 * learning records, and the coordinator's own sessions, each opening its console. Starting
 * posts `CreateSessionBody` to the live API and goes to the new session's console.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Locale } from '../../../../../course/schema/ids.ts';
import type { RecordAs } from '../../../../live/session-schema.ts';
import { ApiError } from '../../api/api-error.ts';
import { CatalogSchema, FacilitatorScreenSchema, liveApi, SessionListSchema, type Catalog, type CreateSessionBody, type SessionList } from '../../api/live-api.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import { WmNavigateEvent, WmSessionExpiredEvent } from '../../app/events.ts';
import { pathOf } from '../../app/routes.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { errorMessage, resourceView } from '../../ui/panel-frame.ts';
import { sessionList } from './session-list.ts';
import { localesOf, moduleTitle, pickLocale, stepsOf } from './start-choices.ts';
import { startStyles } from './wm-live-sessions.styles.ts';

/**
 * @summary Starts a live session and lists the coordinator's own.
 * @event wm-navigate - WmNavigateEvent: to the new session's console.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-live-sessions')
export class WmLiveSessions extends DashboardPanel {
  static override styles = [...DashboardPanel.styles, startStyles];

  @state() private moduleId: string | undefined;
  @state() private locale: Locale | undefined;
  @state() private recordAs: RecordAs = 'anonymous';
  @state() private busy = false;
  @state() private failure = '';

  private readonly catalog = new ResourceController<Catalog>(this);
  private readonly sessions = new ResourceController<SessionList>(this);

  constructor() {
    super();
    this.headingLevel = 1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const api = this.api;
    if (!api) return;
    this.catalog.request(liveApi.catalog, (signal) => api.get(liveApi.catalog, CatalogSchema, signal));
    this.sessions.request(liveApi.sessions, (signal) => api.get(liveApi.sessions, SessionListSchema, signal));
    const catalog = this.catalog.value;
    if (catalog && !catalog.modules.some((module) => module.id === this.moduleId)) this.moduleId = catalog.modules[0]?.id;
    if (catalog) this.locale = pickLocale(catalog, this.selectedModule, this.locale, this.i18n.language);
  }

  private get selectedModule(): Catalog['modules'][number] | undefined {
    return this.catalog.value?.modules.find((module) => module.id === this.moduleId);
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (this.busy || !api || !this.moduleId || !this.locale) return;
    const body: CreateSessionBody = { moduleId: this.moduleId, locale: this.locale, recordAs: this.recordAs };
    this.busy = true;
    this.failure = '';
    try {
      const screen = await api.send('POST', liveApi.sessions, { json: body, schema: FacilitatorScreenSchema });
      this.dispatchEvent(new WmNavigateEvent(pathOf({ view: 'live-console', sessionId: screen.view.sessionId })));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') this.dispatchEvent(new WmSessionExpiredEvent());
      this.failure = this.i18n.t('liveSessions.start.failed', { reason: error instanceof ApiError ? errorMessage(error) : String(error) });
    } finally {
      this.busy = false;
    }
  }

  private renderForm(catalog: Catalog): TemplateResult {
    const { t, format, language } = this.i18n;
    if (catalog.modules.length === 0) return html`<p class="notice warn no-modules">${t('liveSessions.start.noModules')}</p>`;
    const module = this.selectedModule;
    const steps = stepsOf(module, this.locale);
    return html`<form class="stack start" @submit=${this.handleSubmit} novalidate>
      <div class="field">
        <label for="module">${t('liveSessions.start.module')}</label>
        <select id="module" aria-describedby="module-steps" @change=${(event: Event) => (this.moduleId = (event.target as HTMLSelectElement).value)}>
          ${catalog.modules.map((m) => html`<option value=${m.id} ?selected=${m.id === this.moduleId}>${moduleTitle(m, this.locale, language)}</option>`)}
        </select>
        <p class="hint" id="module-steps">${steps === undefined ? '' : t('liveSessions.start.steps', { count: steps })}</p>
      </div>
      <div class="field">
        <label for="locale">${t('liveSessions.start.language')}</label>
        <select id="locale" aria-describedby="locale-hint" @change=${(event: Event) => (this.locale = (event.target as HTMLSelectElement).value as Locale)}>
          ${localesOf(catalog, module).map((locale) => html`<option value=${locale} ?selected=${locale === this.locale}>${format.languageName(locale)}</option>`)}
        </select>
        <p class="hint" id="locale-hint">${t('liveSessions.start.languageHint')}</p>
      </div>
      <fieldset class="record-as">
        <legend>${t('liveSessions.start.recordAs')}</legend>
        ${(['anonymous', 'named'] as const).map(
          (choice) => html`<div class="radio">
            <input type="radio" id="record-${choice}" name="record-as" value=${choice} .checked=${this.recordAs === choice} aria-describedby="record-${choice}-hint" @change=${() => (this.recordAs = choice)} />
            <label for="record-${choice}">${t(`liveSessions.start.${choice}`)}</label>
            <p class="hint" id="record-${choice}-hint">${t(`liveSessions.start.${choice}Hint`)}</p>
          </div>`,
        )}
      </fieldset>
      <div class="figure-actions">
        <!-- aria-disabled, not disabled: a disabled button drops focus, and a failure must find it there. -->
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? t('liveSessions.start.busy') : t('liveSessions.start.submit')}</button>
      </div>
      <p role="alert" class="failure">${this.failure ? html`<span class="notice bad">${this.failure}</span>` : nothing}</p>
    </form>`;
  }

  override render(): TemplateResult {
    const { t, format } = this.i18n;
    const loading = [this.catalog, this.sessions].some((resource) => resource.status === 'loading' || resource.status === 'idle');
    return html`<section class="panel" aria-labelledby="live-heading" aria-busy=${loading ? 'true' : 'false'}>
      <h1 id="live-heading" tabindex="-1">${t('app.views.live')}</h1>
      <p class="intro">${t('liveSessions.intro')}</p>
      <section class="stack" aria-labelledby="start-heading">
        <h2 id="start-heading">${t('liveSessions.start.heading')}</h2>
        ${resourceView({ what: t('liveSessions.what'), resource: this.catalog, filtered: false, isEmpty: () => false, content: (catalog) => this.renderForm(catalog) })}
      </section>
      ${resourceView({
        what: t('liveSessions.list.what'),
        resource: this.sessions,
        filtered: false,
        isEmpty: () => false,
        content: (list) => sessionList(list, format),
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-sessions': WmLiveSessions;
  }
}
