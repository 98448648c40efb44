/**
 * The course shell: skip link, a header (compact and sticky on phones) with the module and the
 * progress, the table of contents, and the screen the learner is on: the welcome/overview, a
 * module's start or end, an activity, or the course end, with previous/next. The framing screens
 * are the shell's own (shell-route.ts, shell-screens.ts), not authored activities, so they never
 * touch the resume state, the LMS location or interaction ids. It owns the learner's session (see
 * `course-session.ts`) and is the only element that talks to the tracker, which it receives
 * through `@lit/context`, so tests can provide a memory tracker. The leaf elements load on
 * demand (see `activity-elements.ts`, `screen-elements.ts`): a screen is shown once its element
 * is defined, and the next one's element is fetched while the learner works on the current one.
 *
 * @summary Plays a whole course: framing, navigation, progress, resume and language.
 * @slot - Nothing; content comes from the course data.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { Locale } from '../../../../course/schema/ids.ts';
import type { LaunchConfig } from '../../app/launch-config.ts';
import { i18n, setUiLanguage } from '../../i18n/i18n.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { activityKey } from '../../runtime/progress-values.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { requestFlush } from '../../controllers/flush-on-leave-controller.ts';
import type { TabGuard, TabGuardChange } from '../../tracking/tab-guard/tab-guard.ts';
import { trackerContext } from '../../tracking/tracker-context.ts';
import type { Tracker } from '../../tracking/tracker.ts';
import '../wm-tracking-notice/wm-tracking-notice.ts';
import '../wm-portfolio-actions/wm-portfolio-actions.ts';
import type { PortfolioFormat } from '../wm-portfolio-actions/wm-portfolio-actions.ts';
import type { WmCertificateNameEvent } from '../wm-certificate/events.ts';
import { WmPageEndEvent } from '../wm-page/events.ts';
import type { WmLocaleSelectEvent } from '../wm-welcome/events.ts';
import type { TrackingPlace, WmWelcome } from '../wm-welcome/wm-welcome.ts';
import { ACTIVITY_ELEMENTS, type ActivityElementLoaders, type ActivityType } from './activity-elements.ts';
import { CourseSession, type ActivityRef } from './course-session.ts';
import { CourseText, wholeCourseSource, type CourseTextSource } from './course-text.ts';
import { isLeafEvent, LEAF_EVENTS, learnerEventsFor } from './leaf-events.ts';
import { hostPageLanguage } from './host-page-language.ts';
import { LeaveQuizController } from './leave-quiz.ts';
import { noticeState, type TabNotice } from './notice-state.ts';
import { chooseLocale, readStoredLocale, storeLocale } from './locale-choice.ts';
import { SCREEN_ELEMENTS, type ScreenElementLoaders } from './screen-elements.ts';
import { formatMinutes } from '../wm-welcome/time-estimate.ts';
import { renderShellHeader } from './shell-header.ts';
import { framingStyles } from './shell-header.styles.ts';
import { activityRoute, parseRoute, routeHref, routeModule, sameRoute, stepRoute, WELCOME, type ShellRoute } from './shell-route.ts';
import { nextLabel, renderScreen, type ScreenInputs } from './shell-screens.ts';
import { styles } from './wm-course.styles.ts';

const STATUS_ICON = { 'not-started': '○', 'in-progress': '◐', completed: '✓' } as const;

@customElement('wm-course')
export class WmCourse extends LitElement {
  static override styles = [tokens, buttons, styles, framingStyles];

  /** Launch configuration written into the package by the build. */
  @property({ attribute: false }) config: LaunchConfig | undefined;

  /** The course text, split: contents at launch, a module's text when needed (fetched files in a package; see course-text.ts). */
  @property({ attribute: false }) content: CourseTextSource | undefined;

  /** Or the whole course per locale at once (fixture data in tests); used when `content` is not set. */
  @property({ attribute: false }) loadContent: ((locale: Locale) => Promise<CourseData>) | undefined;

  /** Where results go; provided by the app through context (a memory tracker in tests). */
  @consume({ context: trackerContext })
  @property({ attribute: false })
  tracker: Tracker | undefined;

  /** Which tab records this attempt (see tab-guard/); without one, this tab records. */
  @property({ attribute: false }) tabGuard: TabGuard | undefined;

  /** Loads the element for each activity type: chunks fetched on demand by default; tests pass loaders that fail. */
  @property({ attribute: false }) activityElements: ActivityElementLoaders = ACTIVITY_ELEMENTS;

  /** Loads the element of each framing screen after the welcome (module start and end, course end): chunks on demand. */
  @property({ attribute: false }) screenElements: ScreenElementLoaders = SCREEN_ELEMENTS;

  /** Where the learner's portfolio opens (a link the module and course ends show); none by default. */
  @property({ attribute: false }) portfolioHref: string | undefined;

  /**
   * Makes and saves the portfolio of evidence: every module's text in the learner's language
   * (fetched now if not yet), then the file (components/src/portfolio/download-portfolio.ts, a
   * chunk of its own, loaded on the first click). Tests replace it with a fake.
   */
  @property({ attribute: false }) portfolio = async (format: PortfolioFormat): Promise<void> => {
    const text = this.text;
    const course = this.session.course;
    if (!text || !course) throw new Error('The course is not open yet.');
    const { downloadPortfolio } = await import('../../portfolio/download-portfolio.ts');
    await downloadPortfolio(this.renderRoot as ShadowRoot, {
      format,
      course: async () => {
        await Promise.all(course.modules.map((m) => text.ensureModule(m.id)));
        return text.course!;
      },
      progress: this.session.progress,
      name: this.session.launch?.learner.name || this.session.progress.certificate?.name || '',
    });
  };

  @state() private phase: 'loading' | 'ready' | 'failed' = 'loading';
  /** The screen on show: an activity or one of the shell's own screens. */
  @state() private route: ShellRoute | undefined;
  @state() private tocOpen = false;
  /** Modules the learner folded or unfolded themselves; the rest show only the current module. */
  @state() private moduleOverrides = new Map<string, boolean>();
  @state() private welcomeBack = false;
  @state() private locale: Locale = 'en';
  /** The current screen's element could not be fetched: show why and a retry, not a blank area. */
  @state() private elementFailed = false;
  /** Waiting for the element of the screen the learner asked for; the current one stays until it is ready. */
  @state() private elementPending = false;
  /** What the tab guard last said, for the tracking notice. */
  @state() private tabNotice: TabNotice = 'none';

  private readonly session = new CourseSession(this);
  private readonly leaveQuiz = new LeaveQuizController(this);
  /** The course text loaded so far (set up in `boot`). */
  private text: CourseText | undefined;
  /** The first screen is on: what the learner needs next may be fetched now, not before. */
  private launched = false;
  private readonly i18n = new LocalizeController(this);
  /** Counts navigations, so only the latest one is shown when the learner moves on while an element loads. */
  private navigations = 0;

  /** The key (`<module>/<activity>`) of the activity on screen; undefined on the shell's own screens. */
  private get currentKey(): string | undefined {
    return this.route?.kind === 'activity' ? activityKey(this.route.moduleId, this.route.activityId) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of LEAF_EVENTS) this.addEventListener(type, this.handleLeafEvent);
    this.addEventListener(WmPageEndEvent.eventName, this.handlePageEnd);
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A new screen starts at its top, as a new page would; before the page element watches for
    // its end, so the end of a page the learner scrolled down on never counts for the next one.
    const before = changed.get('route') as ShellRoute | undefined;
    if (changed.has('route') && before && !sameRoute(before, this.route)) window.scrollTo(0, 0);
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
      const config = this.config;
      const source = this.content ?? (this.loadContent && wholeCourseSource(this.loadContent));
      if (!this.tracker || !config || !source) throw new Error('wm-course needs a tracker, a config and content (or loadContent).');
      const text = (this.text = new CourseText(source));
      // A module's text arriving (the next one, fetched early) completes the course the session holds.
      text.onChange = (course) => this.session.setCourse(course);
      this.session.resumeStructure = config.resumeStructure;
      this.session.loadStructure = () => text.structure();
      const preferred = (lms?: string) =>
        chooseLocale(config.locales, config.sourceLocale, {
          stored: readStoredLocale(config.courseId),
          ...(lms ? { lms } : {}),
          page: hostPageLanguage(),
          browser: navigator.languages,
        });
      // The contents in the learner's likely language are fetched while the tracker starts (an
      // LMS round trip for xAPI and cmi5); the launch page has usually asked for them already.
      text.toc(preferred()).catch(() => undefined);
      const launch = await this.session.start(this.tracker);
      // A stored state is read against the course structure: fetched beside the contents.
      if ((launch.entry === 'resume' && launch.state) || launch.localState !== undefined) text.structure().catch(() => undefined);
      this.locale = preferred(launch.language);
      // Interface text (a chunk for Dutch and Norwegian) and the contents load side by side.
      const [, course] = await Promise.all([this.applyLanguage(this.locale), text.open(this.locale)]);
      await this.session.restore(course);
      const stored = this.session.progress.location;
      this.welcomeBack = launch.entry === 'resume' && !!stored;
      // A link into the course wins; a returning learner goes where they were; a first launch
      // meets the welcome screen, which is in the launch bundle and needs only the contents.
      const target = parseRoute(location.hash, course) ?? activityRoute(stored, course) ?? WELCOME;
      // The first screen's element and its module's text are fetched side by side, while the
      // launch is reported, not one after the other.
      await Promise.all([this.session.reportLaunch(), this.preloadRoute(target)]);
      await this.go(target, { focus: false });
      // The benchmark measures time to this mark: the first screen is rendered and usable.
      performance.mark('wm-first-activity-interactive');
      // Only now what comes next: the next element and module text, and what saving needs.
      this.launched = true;
      this.session.prepareSaving();
      this.preloadNext(target);
    } catch (error) {
      console.error('workmentor: could not start the course', error);
      this.phase = 'failed';
    }
  }

  private async go(route: ShellRoute, { focus }: { focus: boolean }): Promise<void> {
    const navigation = ++this.navigations;
    // Rendering before the element is defined would show an empty, unfocusable box that
    // upgrades later; the learner keeps seeing the current screen until the new one is ready.
    this.elementPending = true;
    // The element and the module's text are fetched side by side; the screen shows with both.
    const loaded = await this.loadRoute(route);
    if (navigation !== this.navigations) return;
    this.elementPending = false;
    const moved = !sameRoute(route, this.route);
    const moduleId = routeModule(route);
    if (moduleId && this.moduleOverrides.has(moduleId)) {
      // Arriving in a module always shows its activities, even if the learner had folded it.
      const overrides = new Map(this.moduleOverrides);
      overrides.delete(moduleId);
      this.moduleOverrides = overrides;
    }
    // The shell appears together with its first screen, never without one.
    this.phase = 'ready';
    this.route = route;
    this.elementFailed = !loaded;
    const hash = routeHref(route);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    if (loaded) {
      // Once this screen is on, not before: the next element must not slow down this one's
      // first render, nor wait for the tracker's round trip in `visit`.
      if (this.launched) void this.updateComplete.then(() => this.preloadNext(route));
      // An activity whose element never arrived was not seen: no visit. The shell's own screens
      // are not activities: the LMS location stays at the last activity.
      const ref = this.session.find(this.currentKey);
      if (ref) await this.session.visit(ref);
    }
    await this.updateComplete;
    // Moving focus to the new screen's heading tells screen-reader users where they are; after
    // a retry that failed again, focus stays on the retry button.
    if (focus && (loaded || moved)) this.focusHeading();
  }

  private focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('main h2.activity-title');
    if (heading) heading.focus();
    else this.renderRoot.querySelector<WmWelcome>('wm-welcome')?.focusHeading();
  }

  /** Fetches what a screen needs (its element and its module's text); false when something could not be fetched. */
  private async loadRoute(route: ShellRoute): Promise<boolean> {
    switch (route.kind) {
      case 'welcome':
        return true;
      case 'course-end':
        return this.loadScreen(route.kind);
      case 'module-start':
      case 'module-end': {
        const [element, text] = await Promise.all([this.loadScreen(route.kind), this.loadModuleText(route.moduleId)]);
        return element && text;
      }
      case 'activity': {
        const ref = this.session.find(activityKey(route.moduleId, route.activityId));
        if (!ref) return false;
        const [element, text] = await Promise.all([this.loadElement(ref.activity.type), this.loadModuleText(route.moduleId)]);
        return element && text;
      }
    }
  }

  /** Fetches a screen's needs ahead of showing it; quiet on failure (showing it tries again and says so). */
  private async preloadRoute(route: ShellRoute): Promise<void> {
    await this.loadRoute(route).catch(() => undefined);
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

  private async loadScreen(kind: keyof ScreenElementLoaders): Promise<boolean> {
    try {
      await this.screenElements[kind]();
      return true;
    } catch (error) {
      console.error(`workmentor: could not load the ${kind} screen`, error);
      return false;
    }
  }

  /** Loads a module's text into the course; false (and the reason in the console) when it cannot be fetched. */
  private async loadModuleText(moduleId: string): Promise<boolean> {
    try {
      const course = await this.text!.ensureModule(moduleId);
      if (course !== this.session.course) this.session.setCourse(course);
      return true;
    } catch (error) {
      console.error(`workmentor: could not load the text of module ${moduleId}`, error);
      return false;
    }
  }

  /**
   * Fetches what the next screen needs (its element) and the next module's text while the
   * learner is on this one, so Next never waits on the network. Quiet on failure.
   */
  private preloadNext(route: ShellRoute): void {
    const course = this.session.course;
    if (!course) return;
    const next = route.kind === 'welcome' ? this.startRoute() : stepRoute(course, route, 1);
    if (next?.kind === 'activity') {
      const ref = this.session.find(activityKey(next.moduleId, next.activityId));
      if (ref) this.activityElements[ref.activity.type]().catch(() => undefined);
    } else if (next && next.kind !== 'welcome') this.screenElements[next.kind]().catch(() => undefined);
    // The text the next screen needs, and no more: fetching the following module's text as soon
    // as a module starts competed, on a phone connection, with the first activity's own text.
    // The next module's text comes while the learner reads this module's end.
    const nextModule = next ? routeModule(next) : undefined;
    if (nextModule) this.text?.prefetch(nextModule);
  }

  /**
   * The page's language and direction are the course text's, not the interface text's: an
   * Arabic course whose buttons are still English (no locales/ar/) still reads right to left.
   */
  private async applyLanguage(locale: Locale): Promise<void> {
    await setUiLanguage(locale);
    const dir = i18n.dir(locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    this.setAttribute('dir', dir);
  }

  private readonly handleLeafEvent = (event: Event): void => {
    const ref = this.session.find(this.currentKey);
    if (!ref || !isLeafEvent(event)) return;
    void this.session.update(ref, event.progress, learnerEventsFor(event, ref));
  };

  /** The end of the page on screen came into view: it counts as read (completion.ts). */
  private readonly handlePageEnd = (): void => {
    const ref = this.session.find(this.currentKey);
    if (ref) void this.session.markRead(ref);
  };

  private readonly handleCertificateName = (event: WmCertificateNameEvent): void => {
    this.session.setCertificateName(event.name);
  };

  /** A link (a module card, the overview in the header, a result) or the browser's back button changed the hash. */
  private readonly handleHashChange = async (): Promise<void> => {
    const course = this.session.course;
    const route = course && parseRoute(location.hash, course);
    if (!route || sameRoute(route, this.route)) return;
    if (this.inUnfinishedQuiz() && !(await this.leaveQuiz.ask())) {
      if (this.route) history.replaceState(null, '', routeHref(this.route));
      return;
    }
    this.tocOpen = false;
    void this.go(route, { focus: true });
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

  private handleLanguageChange(event: Event): void {
    void this.changeLanguage((event.target as HTMLSelectElement).value as Locale);
  }

  private readonly handleLocaleSelect = (event: WmLocaleSelectEvent): void => {
    void this.changeLanguage(event.locale);
  };

  private async changeLanguage(locale: Locale): Promise<void> {
    if (!this.text || !this.config) return;
    storeLocale(this.config.courseId, locale);
    this.locale = locale;
    // The contents in the new language and the text of the module the learner is in, side by
    // side; the interface switches with them, not before.
    const current = routeModule(this.route);
    const course = await this.text.open(locale, current ? [current] : []);
    if (this.text.locale !== locale) return;
    await this.applyLanguage(locale);
    this.session.setCourse(course);
  }

  /**
   * The screen on show is a quiz attempt that was started and not submitted: the shell asks
   * before it leaves (leave-quiz.ts), and only then, so any other navigation starts at once.
   */
  private inUnfinishedQuiz(): boolean {
    const ref = this.session.find(this.currentKey);
    const detail = ref && this.session.detail(ref);
    return !this.session.review && detail?.type === 'quiz' && !!detail.current && !detail.current.submitted;
  }

  /** Where Start and Continue on the welcome lead: where the learner was, or the first module's start. */
  private startRoute(): ShellRoute | undefined {
    const course = this.session.course;
    if (!course) return undefined;
    return activityRoute(this.session.progress.location, course) ?? (course.modules[0] && { kind: 'module-start', moduleId: course.modules[0].id });
  }

  private readonly handleStart = (): void => {
    const route = this.startRoute();
    if (route) void this.go(route, { focus: true });
  };

  private async handleStep(offset: number): Promise<void> {
    const course = this.session.course;
    const route = this.route;
    if (!course || !route) return;
    // Before the first module's start comes the welcome.
    const target = stepRoute(course, route, offset) ?? (offset < 0 && route.kind === 'module-start' ? WELCOME : undefined);
    if (!target || (this.inUnfinishedQuiz() && !(await this.leaveQuiz.ask()))) return;
    // Next on a page says the learner is done with it: it counts as read, as reaching its end does.
    const ref = offset > 0 ? this.session.find(this.currentKey) : undefined;
    if (ref) void this.session.markRead(ref);
    void this.go(target, { focus: true });
  }

  private handleRetry(): void {
    if (this.route) void this.go(this.route, { focus: true });
  }

  private async handleTocLink(event: Event, ref: ActivityRef): Promise<void> {
    event.preventDefault();
    if (this.inUnfinishedQuiz() && !(await this.leaveQuiz.ask())) return;
    this.tocOpen = false;
    void this.go({ kind: 'activity', moduleId: ref.moduleId, activityId: ref.activityId }, { focus: true });
  }

  private handleSkip(event: Event): void {
    event.preventDefault();
    this.focusHeading();
  }

  private renderHeader(course: CourseData): TemplateResult {
    const moduleId = routeModule(this.route);
    const index = course.modules.findIndex((m) => m.id === moduleId);
    const module = course.modules[index];
    const onOverview = this.route?.kind === 'welcome';
    return renderShellHeader({
      t: this.i18n.t,
      courseTitle: course.title,
      module: module && { number: index + 1, total: course.modules.length, title: module.title },
      progress: this.session.status?.progressMeasure ?? 0,
      tocOpen: this.tocOpen,
      onTocToggle: () => (this.tocOpen = !this.tocOpen),
      // The overview has a language picker of its own.
      locales: onOverview ? [] : (this.config?.locales ?? []),
      locale: this.locale,
      onLanguage: (e) => this.handleLanguageChange(e),
      onOverview,
    });
  }

  private renderToc(course: CourseData): TemplateResult {
    const currentModule = routeModule(this.route);
    // The portfolio at the end is a group under its heading, not a landmark: the module end and
    // the course end have a "Your portfolio" region of their own, and in nl and nb both had the
    // same name (axe landmark-unique, found by npm run screenshots).
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
                <span class="module-count"
                  >${module.estimate === undefined ? nothing : html`${formatMinutes(this.i18n.t, module.estimate)} · `}${this.i18n.t('course.activitiesDone', {
                    done: p.completed,
                    total: p.total,
                  })}</span
                ></summary
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
      <div class="toc-portfolio">
        <h3>${this.i18n.t('framing.portfolioActions.heading')}</h3>
        <p>${this.i18n.t('framing.portfolioActions.text')}</p>
        <wm-portfolio-actions .download=${this.portfolio}></wm-portfolio-actions>
      </div>
    </nav>`;
  }

  private isModuleOpen(moduleId: string, currentModule: string | undefined): boolean {
    return this.moduleOverrides.get(moduleId) ?? moduleId === currentModule;
  }

  private handleModuleToggle(moduleId: string, event: Event): void {
    // <details> also fires `toggle` when we render `open`; only a change we did not render is the learner's.
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.isModuleOpen(moduleId, routeModule(this.route))) return;
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
    const missingModules = missing.map((id) => ({ id, title: course.modules.find((m) => m.id === id)?.title ?? id, href: routeHref({ kind: 'module-start', moduleId: id }) }));
    return html`<wm-certificate
      .activity=${activity}
      .courseTitle=${course.title}
      .learnerName=${this.session.launch?.learner.name ?? issue?.name ?? ''}
      .nameEditable=${!this.session.launch?.learner.name}
      .issuedOn=${issue?.issuedOn ?? ''}
      .code=${issue?.code ?? ''}
      .competences=${course.competences.filter((c) => covered.has(c.id)).map((c) => c.title)}
      .eligible=${eligible}
      .missing=${missingModules}
      .registered=${this.session.registered}
    ></wm-certificate>`;
  }

  /** Where progress is kept, as the welcome says it: the LMS, an LRS, or only this device. */
  private trackingPlace(): TrackingPlace {
    if (this.session.health === 'device-only') return 'device';
    const target = this.config?.target ?? 'web';
    if (target.startsWith('scorm')) return 'lms';
    return target === 'xapi' || target === 'cmi5' ? 'lrs' : 'device';
  }

  private screenInputs(course: CourseData): ScreenInputs {
    return {
      t: this.i18n.t,
      course,
      progress: this.session.progress,
      status: this.session.status,
      eligible: this.session.eligibility().eligible,
      tracking: this.trackingPlace(),
      locales: this.config?.locales ?? [],
      locale: this.locale,
      portfolioHref: this.portfolioHref,
      portfolio: this.portfolio,
    };
  }

  /** Previous and Next. Inside an activity with work of its own, Next is secondary: the activity's own button is the one primary action. */
  private renderPager(route: ShellRoute, ref: ActivityRef | undefined): TemplateResult | typeof nothing {
    const course = this.session.course!;
    if (route.kind === 'welcome') return nothing;
    const hasPrevious = !!stepRoute(course, route, -1) || route.kind === 'module-start';
    const hasNext = !!stepRoute(course, route, 1);
    const nextPrimary = !ref || ref.activity.type === 'page' || ref.activity.type === 'certificate' || this.session.statusOf(ref) === 'completed';
    return html`<div class="pager">
      ${hasPrevious ? html`<button class="secondary previous" @click=${() => this.handleStep(-1)}>${this.i18n.t('course.previous')}</button>` : nothing}
      ${!hasNext
        ? nothing
        : // Two templates, so a change of rank is a new button, not a colour fading from one to the other.
          nextPrimary
          ? html`<button class="next primary" @click=${() => this.handleStep(1)}>${nextLabel(route, this.i18n.t)}</button>`
          : html`<button class="next secondary" @click=${() => this.handleStep(1)}>${nextLabel(route, this.i18n.t)}</button>`}
    </div>`;
  }

  private renderMain(course: CourseData, route: ShellRoute): TemplateResult {
    const ref = this.session.find(this.currentKey);
    if (route.kind !== 'activity') {
      return html`${this.elementFailed ? this.renderElementFailed() : renderScreen(route, this.screenInputs(course))}${this.renderPager(route, undefined)}`;
    }
    if (!ref) return html``;
    return html`${this.session.textLimited(ref) ? html`<p class="notice">${this.i18n.t('course.textLimited')}</p>` : nothing}
      <p class="activity-type">${this.i18n.t(`course.activityType.${ref.activity.type}`)}</p>
      <h2 class="activity-title" tabindex="-1">${ref.activity.title}</h2>
      ${this.elementFailed ? this.renderElementFailed() : this.renderActivity(ref)} ${this.renderPager(route, ref)}`;
  }

  override render(): TemplateResult {
    const course = this.session.course;
    if (this.phase === 'failed') return html`<p class="notice error loading" role="alert">${this.i18n.t('course.loadFailed')}</p>`;
    if (this.phase === 'loading' || !course) return html`<p class="loading" role="status">${this.i18n.t('course.loading')}</p>`;
    const route = this.route ?? WELCOME;
    return html`<a class="skip-link" href="#main" @click=${this.handleSkip}>${this.i18n.t('course.skipToContent')}</a>
      ${this.renderHeader(course)}
      <div class="layout">
        ${this.renderToc(course)}
        <main id="main" data-screen=${route.kind} aria-busy=${this.elementPending ? 'true' : 'false'} @wm-course-start=${this.handleStart} @wm-locale-select=${this.handleLocaleSelect}>
          <wm-tracking-notice
            .state=${noticeState({ tab: this.tabNotice, health: this.session.health, recovered: this.session.recovered })}
            @wm-notice-dismiss=${() => this.focusHeading()}
          ></wm-tracking-notice>
          <div role="status">
            ${this.welcomeBack ? html`<p class="notice">${this.i18n.t('course.welcomeBack')}</p>` : nothing}
            ${this.session.saveFailed ? html`<p class="notice error">${this.i18n.t('course.saveFailed')}</p>` : nothing}
          </div>
          ${this.renderMain(course, route)}
        </main>
      </div>
      ${this.leaveQuiz.render(this.i18n.t)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-course': WmCourse;
  }
}
