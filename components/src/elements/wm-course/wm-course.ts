/**
 * The course shell: skip link, course title and progress, language picker, table of contents,
 * and the current activity with previous/next. It owns the learner's session (see
 * `course-session.ts`) and is the only element that talks to the tracker, which it receives
 * through `@lit/context`, so tests can provide a memory tracker. The leaf elements load on
 * demand (see `activity-elements.ts`): an activity is shown once its element is defined, and
 * the next activity's element is fetched while the learner works on the current one.
 *
 * @summary Plays a whole course: navigation, progress, resume and language.
 * @slot - Nothing; content comes from the course data.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LANGUAGE_NAMES } from '../../../../locales/language-names.ts';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { Locale } from '../../../../course/schema/ids.ts';
import type { LaunchConfig } from '../../app/launch-config.ts';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { activityKey } from '../../runtime/progress-values.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { requestFlush } from '../../controllers/flush-on-leave-controller.ts';
import type { TabGuard, TabGuardChange } from '../../tracking/tab-guard/tab-guard.ts';
import { trackerContext } from '../../tracking/tracker-context.ts';
import type { Tracker } from '../../tracking/tracker.ts';
import '../wm-tracking-notice/wm-tracking-notice.ts';
import type { WmCertificateNameEvent } from '../wm-certificate/events.ts';
import { ACTIVITY_ELEMENTS, type ActivityElementLoaders, type ActivityType } from './activity-elements.ts';
import { CourseSession, type ActivityRef } from './course-session.ts';
import { isLeafEvent, LEAF_EVENTS, learnerEventsFor } from './leaf-events.ts';
import { hostPageLanguage } from './host-page-language.ts';
import { noticeState, type TabNotice } from './notice-state.ts';
import { chooseLocale, readStoredLocale, storeLocale } from './locale-choice.ts';
import { styles } from './wm-course.styles.ts';

const STATUS_ICON = { 'not-started': '○', 'in-progress': '◐', completed: '✓' } as const;

@customElement('wm-course')
export class WmCourse extends LitElement {
  static override styles = [tokens, buttons, styles];

  /** Launch configuration written into the package by the build. */
  @property({ attribute: false }) config: LaunchConfig | undefined;

  /** Loads the course text for one locale (a fetch in a package; fixture data in tests). */
  @property({ attribute: false }) loadContent: ((locale: Locale) => Promise<CourseData>) | undefined;

  /** Where results go; provided by the app through context (a memory tracker in tests). */
  @consume({ context: trackerContext })
  @property({ attribute: false })
  tracker: Tracker | undefined;

  /** Which tab records this attempt (see tab-guard/); without one, this tab records. */
  @property({ attribute: false }) tabGuard: TabGuard | undefined;

  /** Loads the element for each activity type: chunks fetched on demand by default; tests pass loaders that fail. */
  @property({ attribute: false }) activityElements: ActivityElementLoaders = ACTIVITY_ELEMENTS;

  @state() private phase: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private currentKey: string | undefined;
  @state() private tocOpen = false;
  /** Modules the learner folded or unfolded themselves; the rest show only the current module. */
  @state() private moduleOverrides = new Map<string, boolean>();
  @state() private welcomeBack = false;
  @state() private locale: Locale = 'en';
  /** The current activity's element could not be fetched: show why and a retry, not a blank area. */
  @state() private elementFailed = false;
  /** Waiting for the element of the activity the learner asked for; the current one stays until it is ready. */
  @state() private elementPending = false;
  /** What the tab guard last said, for the tracking notice. */
  @state() private tabNotice: TabNotice = 'none';

  @query('h2.activity-title') private activityHeading!: HTMLElement | null;

  private readonly session = new CourseSession(this);
  private readonly i18n = new LocalizeController(this);
  /** Counts navigations, so only the latest one is shown when the learner moves on while an element loads. */
  private navigations = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of LEAF_EVENTS) this.addEventListener(type, this.handleLeafEvent);
    this.addEventListener('wm-certificate-name', this.handleCertificateName as EventListener);
    window.addEventListener('hashchange', this.handleHashChange);
    document.addEventListener('visibilitychange', this.handleVisibility);
    window.addEventListener('pagehide', this.handlePageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopGuarding?.();
    this.stopGuarding = undefined;
    window.removeEventListener('hashchange', this.handleHashChange);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    window.removeEventListener('pagehide', this.handlePageHide);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    void this.boot();
  }

  private stopGuarding: (() => void) | undefined;

  private watchTabGuard(): void {
    const guard = this.tabGuard;
    if (!guard || this.stopGuarding) return;
    if (guard.role === 'other-tab-records') this.tabNotice = 'other-tab-records';
    this.stopGuarding = guard.onChange(this.handleTabChange);
  }

  private readonly handleTabChange = (change: TabGuardChange): void => {
    if (change.type === 'other-tab-opened') this.tabNotice = 'this-tab-records';
    else if (change.type === 'recording-tab-closed') this.tabNotice = 'other-tab-closed';
    else {
      this.tabNotice = 'other-tab-records';
      // Another tab took over (only without Web Locks): from now on this one saves nothing.
      if (change.type === 'recording-taken') this.session.stopRecording();
    }
    console.info(`workmentor: ${change.type.replaceAll('-', ' ')}; this tab ${this.tabNotice === 'this-tab-records' ? 'keeps recording' : 'records nothing'}`);
  };

  private async boot(): Promise<void> {
    this.watchTabGuard();
    try {
      if (!this.tracker || !this.config || !this.loadContent) throw new Error('wm-course needs a tracker, a config and loadContent.');
      this.session.resumeStructure = this.config.resumeStructure;
      const launch = await this.session.start(this.tracker);
      this.locale = chooseLocale(this.config.locales, this.config.sourceLocale, {
        stored: readStoredLocale(this.config.courseId),
        ...(launch.language ? { lms: launch.language } : {}),
        page: hostPageLanguage(),
        browser: navigator.languages,
      });
      // Interface text (a chunk for Dutch and Norwegian) and course text load side by side.
      const [, course] = await Promise.all([this.applyLanguage(this.locale), this.loadContent(this.locale)]);
      await this.session.restore(course);
      const location = this.session.progress.location;
      this.welcomeBack = launch.entry === 'resume' && !!location;
      const first = this.session.refs()[0];
      const target = this.session.find(hashKey()) ?? this.session.find(location) ?? first;
      // The first activity's element is fetched while the launch is reported, not after it.
      await Promise.all([this.session.reportLaunch(), target && this.preloadElement(target.activity.type)]);
      if (target) await this.go(target, { focus: false });
      else this.phase = 'ready';
      // The benchmark measures time to this mark: the first activity is rendered and usable.
      performance.mark('wm-first-activity-interactive');
    } catch (error) {
      console.error('workmentor: could not start the course', error);
      this.phase = 'failed';
    }
  }

  private async go(ref: ActivityRef, { focus }: { focus: boolean }): Promise<void> {
    const navigation = ++this.navigations;
    const key = activityKey(ref.moduleId, ref.activityId);
    // Rendering before the element is defined would show an empty, unfocusable box that
    // upgrades later; the learner keeps seeing the current activity until the new one is ready.
    this.elementPending = true;
    const loaded = await this.loadElement(ref.activity.type);
    if (navigation !== this.navigations) return;
    this.elementPending = false;
    const moved = key !== this.currentKey;
    if (this.moduleOverrides.has(ref.moduleId)) {
      // Arriving in a module always shows its activities, even if the learner had folded it.
      const overrides = new Map(this.moduleOverrides);
      overrides.delete(ref.moduleId);
      this.moduleOverrides = overrides;
    }
    // The shell appears together with its first activity, never without one.
    this.phase = 'ready';
    this.currentKey = key;
    this.elementFailed = !loaded;
    const hash = `#/${key}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
    // An activity whose element never arrived was not seen: no visit (a page would count as read).
    if (loaded) {
      // Once this activity is on screen, not before: the next element must not slow down this
      // one's first render, nor wait for the tracker's round trip in `visit`.
      void this.updateComplete.then(() => this.preloadNext(ref));
      await this.session.visit(ref);
    }
    await this.updateComplete;
    // Moving focus to the new activity's heading tells screen-reader users where they are; after
    // a retry that failed again, focus stays on the retry button.
    if (focus && (loaded || moved)) this.activityHeading?.focus();
  }

  private async loadElement(type: ActivityType): Promise<boolean> {
    try {
      await this.activityElements[type]();
      return true;
    } catch (error) {
      console.error(`workmentor: could not load the ${type} element`, error);
      return false;
    }
  }

  /** Fetches an element ahead of need. A failure here is quiet: showing the activity tries again and says so if needed. */
  private preloadElement(type: ActivityType): Promise<unknown> {
    return this.activityElements[type]().catch(() => undefined);
  }

  /** Fetches the next activity's element while the learner works on this one, so Next never waits on the network. */
  private preloadNext(ref: ActivityRef): void {
    const refs = this.session.refs();
    const next = refs[refs.findIndex((r) => r.moduleId === ref.moduleId && r.activityId === ref.activityId) + 1];
    if (next) void this.preloadElement(next.activity.type);
  }

  private async applyLanguage(locale: Locale): Promise<void> {
    await setUiLanguage(locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = this.i18n.dir;
    this.setAttribute('dir', this.i18n.dir);
  }

  private readonly handleLeafEvent = (event: Event): void => {
    const ref = this.session.find(this.currentKey);
    if (!ref || !isLeafEvent(event)) return;
    void this.session.update(ref, event.progress, learnerEventsFor(event, ref));
  };

  private readonly handleCertificateName = (event: WmCertificateNameEvent): void => {
    this.session.setCertificateName(event.name);
  };

  private readonly handleHashChange = (): void => {
    const ref = this.session.find(hashKey());
    if (ref && activityKey(ref.moduleId, ref.activityId) !== this.currentKey) void this.go(ref, { focus: true });
  };

  // Text still held back by a debounce reaches the session first (flush-on-leave-controller.ts).
  private readonly handleVisibility = (): void => {
    if (document.visibilityState !== 'hidden') return;
    requestFlush();
    void this.session.suspend();
  };

  private readonly handlePageHide = (): void => {
    requestFlush();
    void this.session.suspend();
  };

  private async handleLanguageChange(event: Event): Promise<void> {
    const locale = (event.target as HTMLSelectElement).value as Locale;
    if (!this.loadContent || !this.config) return;
    storeLocale(this.config.courseId, locale);
    this.locale = locale;
    const course = await this.loadContent(locale);
    await this.applyLanguage(locale);
    this.session.setCourse(course);
  }

  private handleStep(offset: number): void {
    const refs = this.session.refs();
    const index = refs.findIndex((r) => activityKey(r.moduleId, r.activityId) === this.currentKey);
    const next = refs[index + offset];
    if (next) void this.go(next, { focus: true });
  }

  private handleRetry(): void {
    const ref = this.session.find(this.currentKey);
    if (ref) void this.go(ref, { focus: true });
  }

  private handleTocLink(event: Event, ref: ActivityRef): void {
    event.preventDefault();
    this.tocOpen = false;
    void this.go(ref, { focus: true });
  }

  private handleSkip(event: Event): void {
    event.preventDefault();
    this.activityHeading?.focus();
  }

  private renderHeader(course: CourseData): TemplateResult {
    const status = this.session.status;
    const percent = Math.round((status?.progressMeasure ?? 0) * 100);
    return html`<header>
      <h1>${course.title}</h1>
      <div class="progress">
        <span id="progress-text">${this.i18n.t('course.progress', { percent })}</span>
        <progress max="100" .value=${percent} aria-labelledby="progress-text"></progress>
      </div>
      ${this.config && this.config.locales.length > 1
        ? html`<label class="language"
            >${this.i18n.t('course.language')}
            <select @change=${this.handleLanguageChange}>
              ${this.config.locales.map(
                (l) => html`<option value=${l} lang=${l} ?selected=${l === this.locale}>${LANGUAGE_NAMES[l]}</option>`,
              )}
            </select></label
          >`
        : nothing}
    </header>`;
  }

  private renderToc(course: CourseData): TemplateResult {
    const currentModule = this.currentKey?.split('/')[0];
    return html`<nav id="toc" aria-labelledby="toc-heading" ?hidden=${!this.tocOpen}>
      <h2 id="toc-heading">${this.i18n.t('course.contents')}</h2>
      <ol>
        ${course.modules.map((module, index) => {
          const p = this.session.moduleProgress(module);
          // A long course reads as a list of modules; only the current one and those the learner
          // opened show their activities.
          const open = this.isModuleOpen(module.id, currentModule);
          return html`<li>
            <details ?open=${open} @toggle=${(e: Event) => this.handleModuleToggle(module.id, e)}>
              <summary class="module-title"
                >${this.i18n.t('course.moduleLabel', { number: index + 1 })}: ${module.title}
                <span class="module-count">${this.i18n.t('course.activitiesDone', { done: p.completed, total: p.total })}</span></summary
              >
              <ol>
                ${module.activities.map((activity) => {
                  const ref = { moduleId: module.id, activityId: activity.id, module, activity };
                  const key = activityKey(module.id, activity.id);
                  const status = this.session.statusOf(ref);
                  return html`<li>
                    <a href="#/${key}" aria-current=${key === this.currentKey ? 'page' : 'false'} @click=${(e: Event) => this.handleTocLink(e, ref)}>
                      <span class="status-icon ${status}" aria-hidden="true">${STATUS_ICON[status]}</span>
                      <span>${activity.title}<span class="visually-hidden"> (${this.i18n.t(`course.status.${status}`)})</span></span>
                    </a>
                  </li>`;
                })}
              </ol>
            </details>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private isModuleOpen(moduleId: string, currentModule: string | undefined): boolean {
    return this.moduleOverrides.get(moduleId) ?? moduleId === currentModule;
  }

  private handleModuleToggle(moduleId: string, event: Event): void {
    // <details> also fires `toggle` when we render `open`; only a change we did not render is the learner's.
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.isModuleOpen(moduleId, this.currentKey?.split('/')[0])) return;
    this.moduleOverrides = new Map(this.moduleOverrides).set(moduleId, open);
  }

  private renderElementFailed(): TemplateResult {
    return html`<div class="notice error">
      <p role="alert">${this.i18n.t('course.activityLoadFailed')}</p>
      <button class="secondary" @click=${this.handleRetry}>${this.i18n.t('course.tryAgain')}</button>
    </div>`;
  }

  private renderActivity(ref: ActivityRef): TemplateResult {
    const { review, seed } = this.session;
    const a = this.session.withTextLimits(ref);
    const detail = this.session.detail(ref);
    switch (a.type) {
      case 'page':
        return html`<wm-page .activity=${a}></wm-page>`;
      case 'dialogue':
        return html`<wm-dialogue .activity=${a} .progress=${detail?.type === 'dialogue' ? detail : undefined} .review=${review} .seed=${seed}></wm-dialogue>`;
      case 'quiz':
        return html`<wm-quiz
          .activity=${a}
          .progress=${detail?.type === 'quiz' ? detail : undefined}
          .review=${review}
          .seed=${seed}
          .final=${this.session.finalSettings(ref)}
          .competences=${this.session.course!.competences}
        ></wm-quiz>`;
      case 'feedback-exercise':
        return html`<wm-feedback-exercise
          .activity=${a}
          .progress=${detail?.type === 'feedback-exercise' ? detail : undefined}
          .review=${review}
          .seed=${seed}
        ></wm-feedback-exercise>`;
      case 'reflection':
        return html`<wm-reflection .activity=${a} .progress=${detail?.type === 'reflection' ? detail : undefined} .review=${review}></wm-reflection>`;
      case 'certificate':
        return this.renderCertificate(ref, a);
    }
  }

  private renderCertificate(_ref: ActivityRef, activity: Extract<ActivityRef['activity'], { type: 'certificate' }>): TemplateResult {
    const course = this.session.course!;
    const { eligible, missing } = this.session.eligibility();
    const covered = new Set(course.modules.flatMap((m) => m.objectives.flatMap((o) => o.competences)));
    const issue = this.session.progress.certificate;
    return html`<wm-certificate
      .activity=${activity}
      .courseTitle=${course.title}
      .learnerName=${this.session.launch?.learner.name ?? issue?.name ?? ''}
      .nameEditable=${!this.session.launch?.learner.name}
      .issuedOn=${issue?.issuedOn ?? ''}
      .code=${issue?.code ?? ''}
      .competences=${course.competences.filter((c) => covered.has(c.id)).map((c) => c.title)}
      .eligible=${eligible}
      .missing=${missing.map((id) => course.modules.find((m) => m.id === id)?.title ?? id)}
    ></wm-certificate>`;
  }

  override render(): TemplateResult {
    const course = this.session.course;
    if (this.phase === 'failed') return html`<p class="notice error loading" role="alert">${this.i18n.t('course.loadFailed')}</p>`;
    if (this.phase === 'loading' || !course) return html`<p class="loading" role="status">${this.i18n.t('course.loading')}</p>`;
    const refs = this.session.refs();
    const index = refs.findIndex((r) => activityKey(r.moduleId, r.activityId) === this.currentKey);
    const ref = refs[index];
    return html`<a class="skip-link" href="#main" @click=${this.handleSkip}>${this.i18n.t('course.skipToContent')}</a>
      ${this.renderHeader(course)}
      <div class="layout">
        <button class="secondary toc-toggle" aria-expanded=${this.tocOpen ? 'true' : 'false'} aria-controls="toc" @click=${() => (this.tocOpen = !this.tocOpen)}>
          ${this.tocOpen ? this.i18n.t('course.hideContents') : this.i18n.t('course.showContents')}
        </button>
        ${this.renderToc(course)}
        <main id="main" aria-busy=${this.elementPending ? 'true' : 'false'}>
          <wm-tracking-notice
            .state=${noticeState({ tab: this.tabNotice, health: this.session.health, recovered: this.session.recovered })}
            @wm-notice-dismiss=${() => this.activityHeading?.focus()}
          ></wm-tracking-notice>
          <div role="status">
            ${this.welcomeBack ? html`<p class="notice">${this.i18n.t('course.welcomeBack')}</p>` : nothing}
            ${this.session.saveFailed ? html`<p class="notice error">${this.i18n.t('course.saveFailed')}</p>` : nothing}
          </div>
          ${ref && this.session.textLimited(ref) ? html`<p class="notice">${this.i18n.t('course.textLimited')}</p>` : nothing}
          ${ref
            ? html`<p class="activity-type">${this.i18n.t(`course.activityType.${ref.activity.type}`)}</p>
                <h2 class="activity-title" tabindex="-1">${ref.activity.title}</h2>
                ${this.elementFailed ? this.renderElementFailed() : this.renderActivity(ref)}
                <div class="pager">
                  ${index > 0 ? html`<button class="secondary" @click=${() => this.handleStep(-1)}>${this.i18n.t('course.previous')}</button>` : nothing}
                  ${index < refs.length - 1 ? html`<button class="next" @click=${() => this.handleStep(1)}>${this.i18n.t('course.next')}</button>` : nothing}
                </div>`
            : nothing}
        </main>
      </div>`;
  }
}

const hashKey = (): string | undefined => (location.hash.startsWith('#/') ? decodeURIComponent(location.hash.slice(2)) : undefined);

declare global {
  interface HTMLElementTagNameMap {
    'wm-course': WmCourse;
  }
}
