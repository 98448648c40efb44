/**
 * The learner's session with one course: starts the tracker, restores the resume state, keeps
 * `LearnerProgress`, derives statuses with the runtime rules, reports learner events and saves
 * the state after every change. A reactive controller, so `wm-course` only renders; the only
 * place in the player that talks to the `Tracker`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActivityData, CourseData } from '../../../../course/schema/course-data.ts';
import { activityStatus, activityScore } from '../../runtime/completion.ts';
import { certificateEligible, courseStatus, type CourseStatus } from '../../runtime/course-status.ts';
import { modulesBeforeFinal } from '../../runtime/final-opening.ts';
import { moduleProgress } from '../../runtime/completion.ts';
import { activityKey } from '../../runtime/progress-values.ts';
import type { ActivityDetail, LearnerProgress } from '../../runtime/progress.ts';
import { mergeProgress } from '../../runtime/merge-progress.ts';
import { effectiveLimits, freeTextKeys, poolLeft, withFreeTextLimits } from '../../runtime/resume/free-text-budget.ts';
import { verificationCode } from '../../runtime/verification-code.ts';
import type { LearnerEvent } from '../../tracking/learner-event.ts';
import type { LaunchInfo, RegisteredCertificateLink, Tracker, TrackerUpdate, TrackingHealth } from '../../tracking/tracker.ts';
import type { FinalSettings } from '../wm-quiz/final-view.ts';

/**
 * The resume codec loads on demand: a first launch does not read a state, and its first save
 * can wait until the first screen is on (the shell fetches the codec and the structure then).
 */
const readState = async (structure: CourseData, state: string) => (await import('../../runtime/resume/decode-stored.ts')).decodeStoredResume(structure, state);
type ResumeCodec = typeof import('../../runtime/resume/resume-codec.ts');
/**
 * The codec once loaded, kept as a value: the save when the page goes (pagehide) must reach the
 * tracker before main.ts finishes it in the next listener, and an `await import()` resolves in a
 * later task even for a module already loaded, by when the SCORM session was finished and the
 * state was lost (the nothing-lost e2e test: text typed just before the page goes).
 */
let resumeCodec: ResumeCodec | undefined;
const loadCodec = async (): Promise<ResumeCodec> => (resumeCodec ??= await import('../../runtime/resume/resume-codec.ts'));

/** What the trainer reads in the browser console when tracking changes (the learner sees the notice). */
const HEALTH_LINES: Record<TrackingHealth, string> = {
  recording: 'the LMS/LRS records this session.',
  waiting: 'the LMS/LRS is not answering; progress is kept in this browser (localStorage) and sent when it answers. Details in the warnings above.',
  refused: 'the LMS/LRS refused some data for good; it is kept in this browser (localStorage, ":refused") and was not sent. Details in the warnings above.',
  'device-only': 'no LMS/LRS was found (the package was opened outside one); progress stays in this browser.',
};

/** A learner event without its timestamp; the session stamps it. */
export type PendingEvent = LearnerEvent extends infer E ? (E extends LearnerEvent ? Omit<E, 'at'> : never) : never;

export interface ActivityRef {
  moduleId: string;
  activityId: string;
  module: CourseData['modules'][number];
  activity: ActivityData;
}

export class CourseSession implements ReactiveController {
  course: CourseData | undefined;
  launch: LaunchInfo | undefined;
  progress: LearnerProgress = { activities: {} };
  status: CourseStatus | undefined;
  /** Problems found in the stored state (shown to nobody, reported to the console for support). */
  resumeProblems: string[] = [];
  saveFailed = false;
  /** How tracking is doing, as the tracker last said (undefined until it says). */
  health: TrackingHealth | undefined;
  /** The LMS answers again after a time it did not: what was kept on this device went out. */
  recovered = false;
  /** The certificate as the school's register holds it, once the LRS said (xAPI and cmi5 only). */
  registered: RegisteredCertificateLink | undefined;
  private registeredAsked = false;
  /** Another tab records this attempt now (tab-guard/): this session records and saves nothing more. */
  private readOnly = false;
  /** Characters the store keeps for learner text (undefined: no fixed limit). */
  private pool: number | undefined;
  /** The last limited copy of each free-text activity, reused while its limits stay the same. */
  private readonly limitedActivities = new WeakMap<ActivityData, { signature: string; activity: ActivityData }>();

  private readonly host: ReactiveControllerHost;
  private tracker: Tracker | undefined;
  private saving: Promise<void> = Promise.resolve();
  private saveQueued = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts the tracker: who the learner is, their language, and any stored state. */
  async start(tracker: Tracker): Promise<LaunchInfo> {
    this.tracker = tracker;
    // Before start: a tracker may have its first word (the LMS missed the launch) during it.
    this.stopWatching?.();
    this.stopWatching = tracker.watch?.(this.handleTrackerUpdate);
    this.launch = await tracker.start();
    return this.launch;
  }

  private stopWatching: (() => void) | undefined;

  private readonly handleTrackerUpdate = (update: TrackerUpdate): void => {
    if (update.type === 'health') {
      if (update.health !== this.health) console.info(`workmentor: ${HEALTH_LINES[update.health]}`);
      this.recovered = update.health === 'recording' && (this.health === 'waiting' || this.recovered);
      this.health = update.health;
      this.host.requestUpdate();
    } else void this.relaunched(update.launch, update.merge);
  };

  /**
   * The LMS answered after a launch it missed: what the learner did meanwhile and what the LMS
   * holds become one progress (or the LMS's alone, when the work here was started from another
   * learner's progress), and the LMS is told the status and the state at once.
   */
  private async relaunched(launch: LaunchInfo, merge: boolean): Promise<void> {
    this.launch = launch;
    if (!this.course) return;
    this.pool = await this.textPool(launch.storageLimit);
    const fromLms = await this.decode(launch.state);
    this.progress = merge ? mergeProgress(mergeProgress(this.progress, await this.decode(launch.localState)), fromLms) : fromLms;
    this.status = undefined;
    await this.reportStatus();
    this.host.requestUpdate();
    await this.scheduleSave();
  }

  private async decode(state: string | undefined): Promise<LearnerProgress> {
    if (!state || !this.course) return { activities: {} };
    const { progress, problems } = await readState(await this.structural(), state);
    if (problems.length > 0) console.warn('workmentor: parts of the saved progress were not usable:', problems);
    return progress;
  }

  /**
   * Loads the course structure for the resume state (content/structure.json: every module's
   * ids without text; only some modules' text is loaded). Without it (a test, a hand-made page)
   * the course itself serves, which then holds every module whole.
   */
  loadStructure: (() => Promise<CourseData>) | undefined;
  /** The structure, once loaded: what the resume state and the free-text budget are computed on. */
  private structure: CourseData | undefined;

  private async structural(): Promise<CourseData> {
    this.structure ??= this.loadStructure ? await this.loadStructure() : this.course!;
    return this.structure;
  }

  /** Records the course status when it changed (or was never reported in this session). */
  private async reportStatus(): Promise<void> {
    const previous = this.status;
    this.status = courseStatus(this.course!, this.progress);
    if (previous && previous.lmsStatus === this.status.lmsStatus && previous.score === this.status.score && previous.progressMeasure === this.status.progressMeasure) return;
    const { complete, passed, score, progressMeasure, lmsStatus } = this.status;
    await this.record({ type: 'course-status', complete, passed, progressMeasure, lmsStatus, ...(score === undefined ? {} : { score }) });
  }

  /**
   * Decodes the stored state against the course structure (stored data is untrusted). Reporting
   * the launch is a separate step (`reportLaunch`), so the shell can fetch the first activity's
   * element meanwhile.
   */
  async restore(course: CourseData): Promise<void> {
    const launch = this.launch!;
    this.course = course;
    // Where the store is small (SCORM 1.2), every free-text limit depends on the whole course's structure.
    if (launch.storageLimit !== undefined) await this.structural();
    this.pool = await this.textPool(launch.storageLimit);
    this.tracker?.useCourse?.(course);
    const state = launch.entry === 'resume' ? launch.state : undefined;
    const { progress, problems } = state ? await readState(await this.structural(), state) : { progress: { activities: {} }, problems: [] };
    this.progress = progress;
    this.resumeProblems = problems;
    if (problems.length > 0) console.warn('workmentor: parts of the saved progress were not usable:', problems);
    if (launch.localState !== undefined) {
      // Progress kept on this device while the LMS got another (another device): both are kept.
      this.progress = mergeProgress(await this.decode(launch.localState), progress);
      this.mergedAtLaunch = true;
    }
    this.status = courseStatus(course, this.progress);
    this.host.requestUpdate();
  }

  /**
   * Characters the worst-case structure of the resume state takes, from the build (the launch
   * configuration); without it (a test, a hand-made page) the session computes it, fetching the
   * worst-case code on demand.
   */
  resumeStructure: number | undefined;

  /** What the store leaves for learner text; undefined when it has no fixed limit. */
  private async textPool(storageLimit: number | undefined): Promise<number | undefined> {
    if (storageLimit === undefined) return undefined;
    if (this.resumeStructure !== undefined) return poolLeft(storageLimit, this.resumeStructure);
    const { freeTextPool } = await import('../../runtime/resume/free-text-guarantee.ts');
    return freeTextPool(await this.structural(), storageLimit);
  }

  /**
   * Fetches what saving needs, the structure and the resume codec, ahead of the first save: the
   * shell calls it once the first screen is usable, so neither delays that screen.
   */
  prepareSaving(): void {
    this.structural().catch(() => undefined);
    loadCodec().catch(() => undefined);
  }

  /** `restore` merged two progresses: the next save (at the first visit) sends the merge. */
  private mergedAtLaunch = false;

  /** Tells the tracker the learner launched the course (an LRS round trip for xAPI and cmi5). */
  reportLaunch(): Promise<void> {
    return this.record({ type: 'launched' });
  }

  /** Swaps in the same course in another language; progress is by id, so it carries over. */
  setCourse(course: CourseData): void {
    this.course = course;
    this.tracker?.useCourse?.(course);
    this.host.requestUpdate();
  }

  /**
   * The activity as its element should see it: free-text limits lowered to what the store can
   * still keep (SCORM 1.2), so the counters show the real limit and nothing is cut on saving.
   */
  withTextLimits(ref: ActivityRef): ActivityData {
    const a = ref.activity;
    // `restore` loaded the structure whenever there is a pool.
    if (this.pool === undefined || !this.structure) return a;
    const keys = freeTextKeys(ref.moduleId, a);
    if (keys.length === 0) return a;
    const limits = effectiveLimits(this.structure, this.progress, this.pool);
    const signature = keys.map((k) => limits.get(k)).join(',');
    // Same limits, same object: a new activity object would make the element restore itself
    // from progress and drop what the learner has typed since the last event.
    const cached = this.limitedActivities.get(a);
    if (cached?.signature === signature) return cached.activity;
    const limited = withFreeTextLimits(ref.moduleId, a, limits);
    this.limitedActivities.set(a, { signature, activity: limited });
    return limited;
  }

  /** True when some free-text limit of this activity is lower than its author set. */
  textLimited(ref: ActivityRef): boolean {
    return this.withTextLimits(ref) !== ref.activity;
  }

  get review(): boolean {
    return this.readOnly || this.launch?.mode === 'review' || this.launch?.mode === 'browse';
  }

  /** Records and saves nothing from now on (another tab took over recording this attempt). */
  stopRecording(): void {
    this.readOnly = true;
    this.host.requestUpdate();
  }

  refs(): ActivityRef[] {
    return (this.course?.modules ?? []).flatMap((module) =>
      module.activities.map((activity) => ({ moduleId: module.id, activityId: activity.id, module, activity })),
    );
  }

  find(key: string | undefined): ActivityRef | undefined {
    return this.refs().find((r) => activityKey(r.moduleId, r.activityId) === key);
  }

  detail(ref: ActivityRef): ActivityDetail | undefined {
    return this.progress.activities[activityKey(ref.moduleId, ref.activityId)]?.detail;
  }

  statusOf(ref: ActivityRef) {
    return activityStatus(ref.activity, this.detail(ref));
  }

  moduleProgress(module: CourseData['modules'][number]) {
    return moduleProgress(module, this.progress);
  }

  eligibility() {
    return certificateEligible(this.course!, this.progress);
  }

  /** The learner's id: it seeds every shuffle and draw, so the order is theirs on any device and in any language. */
  get seed(): string {
    return this.launch?.learner.id ?? '';
  }

  /** When `ref` is the course's final assessment: its attempts policy and the modules it waits for. */
  finalSettings(ref: ActivityRef): FinalSettings | undefined {
    const course = this.course!;
    const final = course.finalAssessment;
    if (final?.activity !== activityKey(ref.moduleId, ref.activityId)) return undefined;
    const missing = modulesBeforeFinal(course, this.progress).map((m) => ({ title: m.title, href: `#/${activityKey(m.id, m.activities[0]!.id)}` }));
    return { policy: final, courseId: course.id, missing };
  }

  /**
   * The learner opened an activity: remember where they are. Opening is `experienced`, not
   * done: a page counts as read only once its end was reached (`markRead`).
   */
  async visit(ref: ActivityRef): Promise<void> {
    this.progress = { ...this.progress, location: activityKey(ref.moduleId, ref.activityId) };
    const ids = { moduleId: ref.moduleId, activityId: ref.activityId };
    await this.record({ type: 'activity-experienced', ...ids, activityType: ref.activity.type });
    if (ref.activity.type === 'certificate' && this.eligibility().eligible) {
      await this.issueCertificate(ref);
      this.askRegister();
    } else {
      this.scheduleSave();
    }
  }

  /**
   * The learner reached the end of a page (it came into view, or they pressed Next on it): the
   * page counts as read from now on, in the contents, the module, the course status and every
   * tracker. A page record in the resume state means exactly this, so older states stay true.
   */
  async markRead(ref: ActivityRef): Promise<void> {
    if (ref.activity.type !== 'page' || this.detail(ref)) return;
    await this.update(ref, { type: 'page' }, []);
  }

  /**
   * An element reported a new detail for its activity, with the learner events it stands for.
   * Derived events (activity, module and course completion) are added here, once.
   */
  async update(ref: ActivityRef, detail: ActivityDetail, events: PendingEvent[]): Promise<void> {
    if (this.review || !this.course) return;
    const key = activityKey(ref.moduleId, ref.activityId);
    const before = this.statusOf(ref);
    const moduleBefore = this.moduleProgress(ref.module).complete;
    const status = activityStatus(ref.activity, detail);
    this.progress = { ...this.progress, activities: { ...this.progress.activities, [key]: { status, detail } } };
    const ids = { moduleId: ref.moduleId, activityId: ref.activityId };
    const derived: PendingEvent[] = [];
    if (before !== 'completed' && status === 'completed') {
      const score = activityScore(ref.activity, detail);
      derived.push({ type: 'activity-completed', ...ids, ...(score === undefined ? {} : { score }) });
    }
    if (!moduleBefore && this.moduleProgress(ref.module).complete) {
      derived.push({ type: 'module-completed', moduleId: ref.moduleId });
    }
    const previous = this.status;
    this.status = courseStatus(this.course, this.progress);
    if (this.mergedAtLaunch || !previous || previous.lmsStatus !== this.status.lmsStatus || previous.score !== this.status.score || previous.progressMeasure !== this.status.progressMeasure) {
      this.mergedAtLaunch = false;
      const { complete, passed, score, progressMeasure, lmsStatus } = this.status;
      derived.push({ type: 'course-status', complete, passed, progressMeasure, lmsStatus, ...(score === undefined ? {} : { score }) });
    }
    this.host.requestUpdate();
    for (const event of [...events, ...derived]) await this.record(event);
    this.scheduleSave();
  }

  /** The learner typed the name to print on the certificate (when the LMS gave none). */
  setCertificateName(name: string): void {
    if (!this.progress.certificate) return;
    this.progress = { ...this.progress, certificate: { ...this.progress.certificate, name: name.slice(0, 80) } };
    this.host.requestUpdate();
    this.scheduleSave();
  }

  /**
   * Asks the LRS once per session whether the school's register holds the learner's
   * certificate; the page shows the link when it answers (it may well not: a register follows
   * the statements, and many LRSs have none).
   */
  private askRegister(): void {
    if (this.registeredAsked || !this.tracker?.registeredCertificate) return;
    this.registeredAsked = true;
    void this.tracker.registeredCertificate().then((link) => {
      if (!link) return;
      this.registered = link;
      this.host.requestUpdate();
    });
  }

  private async issueCertificate(ref: ActivityRef): Promise<void> {
    if (!this.progress.certificate && !this.review) {
      const issuedOn = new Date().toISOString().slice(0, 10);
      const code = verificationCode({
        courseId: this.course!.id,
        version: this.course!.version,
        learnerId: this.launch?.learner.id ?? 'anonymous',
        issuedOn,
      });
      this.progress = { ...this.progress, certificate: { issuedOn, code } };
      await this.record({ type: 'certificate-issued', code, issuedOn });
    }
    await this.update(ref, { type: 'certificate' }, []);
  }

  private async record(event: PendingEvent): Promise<void> {
    if (!this.tracker || this.review) return;
    try {
      await this.tracker.record({ ...event, at: new Date().toISOString() } as LearnerEvent);
    } catch (error) {
      console.warn('workmentor: could not record', event.type, error);
    }
  }

  /** Saves are serialised and coalesced: at most one in flight and one waiting. */
  scheduleSave(): Promise<void> {
    if (this.saveQueued || !this.tracker || !this.course || this.review) return this.saving;
    this.saveQueued = true;
    this.saving = this.saving.then(async () => {
      this.saveQueued = false;
      try {
        // No await before saveState once the codec and the structure are here (see resumeCodec).
        const codec = resumeCodec ?? (await loadCodec());
        const structure = this.structure ?? (await this.structural());
        await this.tracker!.saveState(codec.encodeResume(structure, this.progress));
        if (this.saveFailed) {
          this.saveFailed = false;
          this.host.requestUpdate();
        }
      } catch (error) {
        console.warn('workmentor: could not save progress', error);
        this.saveFailed = true;
        this.host.requestUpdate();
      }
    });
    return this.saving;
  }

  /** Called when the page is hidden or closed: last save, then a suspend event. */
  async suspend(): Promise<void> {
    await this.scheduleSave();
    await this.record({ type: 'suspended' });
    try {
      await this.tracker?.flush?.();
    } catch (error) {
      console.warn('workmentor: could not flush on leaving', error);
    }
  }
}
