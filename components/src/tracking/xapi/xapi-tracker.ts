/**
 * The tracker for xAPI packages (`tincan.xml`): launched the Tin Can way, with the LRS, the
 * credentials and the learner in the page URL (see launch-params.ts; the actor is used as the
 * LMS gave it unless it is in the old Tin Can form, see launch-actor.ts). Learner events become
 * statements (xapi-mapping.ts) sent one by one through the thin fetch transport
 * (lrs-client.ts, which also explains why not `@xapi/xapi`); the resume state is a State API
 * document on the course activity, `{"state": "<resume string>"}`.
 *
 * Failures: this adapter does not queue or retry. `record` rejects with a `TrackerError` when
 * the LRS did not acknowledge every statement of the event (after reporting it to
 * `onProblem`), so the reliable-delivery wrapper can keep the event and send it again; the
 * statement ids are derived from the event, so a resend is stored once. Use it wrapped: the
 * wrapped tracker keeps the port's rule that `record` never rejects.
 * `start` rejects when the launch URL is unusable or the saved state cannot be read (starting
 * from scratch then would overwrite the learner's progress at the first save).
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { TrackerError } from '../tracker-error.ts';
import type { LaunchInfo, Leftovers, Tracker, TrackerOperation, TrackerProblemOptions } from '../tracker.ts';
import { closingBatch, CLOSING_SHARE } from './closing-batch.ts';
import { learnerIdOf, readTincanLaunch } from './launch-params.ts';
import { failureKind } from './failure-kind.ts';
import { LrsClient, type DocumentScope } from './lrs-client.ts';
import { xapiStatements, type XapiMappingContext } from './xapi-mapping.ts';
import type { Statement } from './xapi-statement.ts';
import { RESUME_STATE_ID } from './xapi-vocabulary.ts';
import { fetchRegisteredCertificate } from './registered-certificate-document.ts';
import type { RegisteredCertificateLink } from '../registered-certificate.ts';

export interface XapiTrackerOptions extends TrackerProblemOptions {
  /** The page URL with the launch parameters, e.g. `window.location.href`. */
  url: string;
  /** The course IRI (the course's `baseIri`) when the launch has no `activity_id`. */
  courseIri?: string;
  /** `fetch` to use; the global one by default. */
  fetch?: typeof fetch;
  /** The clock, for the session's start; `new Date().toISOString()` by default. */
  now?: () => string;
}

export class XapiTracker implements Tracker {
  /** Every statement the LRS acknowledged, oldest first (for support and tests). */
  readonly sent: Statement[] = [];

  private readonly options: XapiTrackerOptions;
  private ctx: XapiMappingContext | undefined;
  private client: LrsClient | undefined;
  private scope: DocumentScope | undefined;
  private course: CourseData | undefined;
  private finished = false;
  private terminated = false;

  constructor(options: XapiTrackerOptions) {
    this.options = options;
  }

  async start(): Promise<LaunchInfo> {
    this.finished = false;
    this.terminated = false;
    try {
      const launch = readTincanLaunch(new URL(this.options.url).search);
      const courseIri = launch.activityId ?? this.options.courseIri;
      if (!courseIri) throw new Error('The launch URL has no activity_id and no course IRI was configured.');
      this.client = new LrsClient({ endpoint: launch.endpoint, ...(launch.auth ? { auth: launch.auth } : {}), ...(this.options.fetch ? { fetch: this.options.fetch } : {}) });
      this.scope = { activityId: courseIri, agent: launch.actor.json, ...(launch.registration ? { registration: launch.registration } : {}) };
      const state = await this.readState(this.client, this.scope);
      const entry = state === undefined ? 'ab-initio' : 'resume';
      const actor = launch.actor.agent;
      this.ctx = { actor, courseIri, entry, sessionStart: this.now(), opened: {} };
      if (launch.registration) this.ctx.registration = launch.registration;
      if (this.course) this.ctx.course = this.course;
      return {
        learner: { id: learnerIdOf(actor), ...(actor.name ? { name: actor.name } : {}) },
        mode: 'normal',
        entry,
        ...(state === undefined ? {} : { state }),
      };
    } catch (error) {
      throw this.fail('start', error);
    }
  }

  /**
   * The saved resume state, if there is a usable one. A State document that is not ours (not
   * JSON, or without a `state` string) is no state: the learner starts afresh and the first
   * save replaces it. Refusing to start instead would keep the learner off the LRS for good.
   */
  private async readState(client: LrsClient, scope: DocumentScope): Promise<string | undefined> {
    let doc: unknown;
    try {
      doc = await client.getDocument('activities/state', RESUME_STATE_ID, scope);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      this.fail('start', new Error(`The saved progress (State document ${RESUME_STATE_ID}) is not JSON; starting afresh: ${error.message}`));
      return undefined;
    }
    const state = (doc as { state?: unknown } | undefined)?.state;
    if (doc !== undefined && typeof state !== 'string') this.fail('start', new Error(`The saved progress (State document ${RESUME_STATE_ID}) has no state text; starting afresh.`));
    return typeof state === 'string' ? state : undefined;
  }

  registeredCertificate(): Promise<RegisteredCertificateLink | undefined> {
    return fetchRegisteredCertificate(this.client, this.scope?.agent);
  }

  useCourse(course: CourseData): void {
    this.course = course;
    if (this.ctx) this.ctx.course = course;
  }

  record(event: LearnerEvent): Promise<void> {
    return this.finished ? Promise.resolve() : this.send(event);
  }

  private async send(event: LearnerEvent): Promise<void> {
    if (!this.ctx || !this.client) return;
    try {
      for (const statement of this.statementsOf(event)) {
        await this.client.putStatement(statement);
        this.sent.push(statement);
      }
      if (event.type === 'terminated') this.terminated = true;
    } catch (error) {
      throw this.fail('record', error, `The ${event.type} event was not stored`);
    }
  }

  async saveState(state: string): Promise<void> {
    if (this.finished || !this.client || !this.scope) return;
    try {
      await this.client.putDocument(RESUME_STATE_ID, this.scope, { state });
    } catch (error) {
      throw this.fail('saveState', error, 'The progress was not saved; the previous save is kept');
    }
  }

  /** Sends `terminated` (unless the shell recorded it); rejects if the LRS did not take it, and may then be called again. */
  async finish(): Promise<void> {
    if (this.terminated || !this.ctx) {
      this.finished = true;
      return;
    }
    await this.send({ type: 'terminated', at: this.now() });
    this.finished = true;
  }

  /** The page is closing: state, leftovers and `terminated` leave now, unanswered (see closing-batch.ts). */
  finishOnClose(leftovers: Leftovers): void {
    if (this.finished) return;
    this.finished = true;
    if (!this.ctx || !this.client || !this.scope) return;
    const ignore = () => {};
    if (leftovers.state !== undefined && leftovers.state.length <= CLOSING_SHARE) {
      this.client.putDocument(RESUME_STATE_ID, this.scope, { state: leftovers.state }).catch(ignore);
    }
    const closing = this.terminated ? [] : this.statementsOf({ type: 'terminated', at: this.now() });
    const batch = closingBatch(leftovers.events.flatMap((event) => this.statementsOf(event)), closing);
    if (batch.length > 0) this.client.postStatements(batch).catch(ignore);
    this.terminated = true;
  }

  private statementsOf(event: LearnerEvent): Statement[] {
    if (event.type === 'activity-experienced') this.ctx!.opened![`${event.moduleId}/${event.activityId}`] = event.at;
    return xapiStatements(event, this.ctx!);
  }

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  private fail(operation: TrackerOperation, error: unknown, what?: string): TrackerError {
    const kind = failureKind(error, this.options.url, ['endpoint', 'actor', 'auth', 'registration', 'activity_id']);
    const message = `${what ? `${what}: ` : ''}${error instanceof Error ? error.message : String(error)}`;
    const problem = { operation, kind, message } as const;
    try {
      this.options.onProblem?.(problem);
    } catch {
      // An observer's bug must not break tracking.
    }
    return new TrackerError(problem);
  }
}
