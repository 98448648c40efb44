/**
 * The tracker for cmi5 packages (`cmi5.xml`). The LMS launches the AU with `endpoint`,
 * `fetch`, `actor`, `registration` and `activityId` in the URL; the AU POSTs the fetch URL for
 * its auth token, reads `LMS.LaunchData` (launch-data.ts) and the learner's preferences
 * (learner-preferences.ts), sends `initialized`, and from then on maps learner events with
 * cmi5-mapping.ts through the same thin fetch transport as xAPI (../xapi/lrs-client.ts, which
 * explains why not `@xapi/cmi5`). The launch actor goes into every statement and request
 * exactly as the LMS gave it (../xapi/launch-actor.ts).
 *
 * Reloads: a fetch URL answers once, so the token is kept in `sessionStorage` under the fetch
 * URL for the rest of the browser tab's session (the token is only as secret as the launch URL
 * that already sits in the address bar). A reload of the AU reuses it and does not send a
 * second `initialized`; a launch that was already terminated records nothing more.
 *
 * Failures: like the xAPI tracker, `record`, `saveState` and `finish` reject with a
 * `TrackerError` when the LRS does not acknowledge, for the reliable-delivery wrapper to retry;
 * statement ids derive from the event, so a resend is stored once. `finish` sends `terminated`
 * (unless recorded) and then leaves for the LMS's `returnURL`, if it gave one.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { TrackerError } from '../tracker-error.ts';
import type { LaunchInfo, Leftovers, Tracker, TrackerOperation, TrackerProblemOptions } from '../tracker.ts';
import { closingBatch, CLOSING_SHARE } from '../xapi/closing-batch.ts';
import { learnerIdOf, readCmi5Launch, type Cmi5Launch } from '../xapi/launch-params.ts';
import { failureKind } from '../xapi/failure-kind.ts';
import { LrsClient, LrsError, type DocumentScope } from '../xapi/lrs-client.ts';
import type { Statement } from '../xapi/xapi-statement.ts';
import { RESUME_STATE_ID } from '../xapi/xapi-vocabulary.ts';
import { fetchRegisteredCertificate } from '../xapi/registered-certificate-document.ts';
import type { RegisteredCertificateLink } from '../registered-certificate.ts';
import { cmi5Statements, definedStatement, type Cmi5MappingContext, type Cmi5Sent } from './cmi5-mapping.ts';
import { LAUNCH_DATA_STATE_ID, readLaunchData } from './launch-data.ts';
import { LEARNER_PREFERENCES_PROFILE_ID, readLearnerPreferences } from './learner-preferences.ts';

export interface Cmi5TrackerOptions extends TrackerProblemOptions {
  /** The page URL with the cmi5 launch parameters, e.g. `window.location.href`. */
  url: string;
  /** `fetch` to use; the global one by default. */
  fetch?: typeof fetch;
  /** Keeps the auth token across reloads of this launch; `sessionStorage` by default. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Leaves for the LMS's returnURL after finishing; `location.assign` by default. */
  redirect?: (url: string) => void;
  /** The clock; `new Date().toISOString()` by default. */
  now?: () => string;
}

/** What is kept per launch (fetch URL) in session storage. */
interface LaunchSession {
  token: string;
  initialized?: boolean;
  terminated?: boolean;
}

const MODES = { Normal: 'normal', Browse: 'browse', Review: 'review' } as const;

export class Cmi5Tracker implements Tracker {
  /** Every statement the LRS acknowledged, oldest first (for support and tests). */
  readonly sent: Statement[] = [];

  private readonly options: Cmi5TrackerOptions;
  private readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  private launch: Cmi5Launch | undefined;
  private session: LaunchSession | undefined;
  private client: LrsClient | undefined;
  private ctx: Cmi5MappingContext | undefined;
  private done: Cmi5Sent = { completed: false, passed: false, failed: false };
  private course: CourseData | undefined;
  private finished = false;

  constructor(options: Cmi5TrackerOptions) {
    this.options = options;
    this.storage = options.storage ?? sessionStore();
  }

  async start(): Promise<LaunchInfo> {
    this.finished = false;
    try {
      const launch = (this.launch = readCmi5Launch(new URL(this.options.url).search));
      const session = (this.session = await this.launchSession(launch));
      const client = (this.client = new LrsClient({ endpoint: launch.endpoint, auth: `Basic ${session.token}`, ...(this.options.fetch ? { fetch: this.options.fetch } : {}) }));
      const scope = this.scope();
      const has = (verb: string) => client.hasStatement({ agent: launch.actor.json, verb: `http://adlnet.gov/expapi/verbs/${verb}`, activity: launch.activityId, registration: launch.registration });
      const [launchData, preferences, resume, completed, passed, failed] = await Promise.all([
        client.getDocument('activities/state', LAUNCH_DATA_STATE_ID, scope).then(readLaunchData),
        client
          .getDocument('agents/profile', LEARNER_PREFERENCES_PROFILE_ID, { agent: launch.actor.json })
          .catch((error: unknown) => void this.report('start', error))
          .then(readLearnerPreferences),
        client.getDocument('activities/state', RESUME_STATE_ID, scope),
        has('completed'),
        has('passed'),
        has('failed'),
      ]);
      this.done = { completed, passed, failed };
      const state = (resume as { state?: unknown } | undefined)?.state;
      const entry = typeof state === 'string' ? 'resume' : 'ab-initio';
      // The launch actor as given, never rebuilt: CATAPULT compares it with every statement's actor (launch-actor.ts).
      const actor = launch.actor.agent;
      this.ctx = { actor, registration: launch.registration, courseIri: launch.activityId, launchData, entry, sessionStart: this.now(), opened: {} };
      if (this.course) this.ctx.course = this.course;
      if (!session.initialized) {
        await this.put(definedStatement('initialized', { type: 'initialized', at: this.ctx.sessionStart! }, this.ctx));
        this.keep({ initialized: true });
      }
      return {
        learner: { id: learnerIdOf(actor), ...(actor.name ? { name: actor.name } : {}) },
        ...(preferences.language ? { language: preferences.language } : {}),
        mode: MODES[launchData.launchMode],
        entry,
        ...(typeof state === 'string' ? { state } : {}),
      };
    } catch (error) {
      throw this.report('start', error);
    }
  }

  registeredCertificate(): Promise<RegisteredCertificateLink | undefined> {
    return fetchRegisteredCertificate(this.client, this.launch?.actor.json);
  }

  useCourse(course: CourseData): void {
    this.course = course;
    if (this.ctx) this.ctx.course = course;
  }

  record(event: LearnerEvent): Promise<void> {
    return this.finished ? Promise.resolve() : this.send(event);
  }

  async saveState(state: string): Promise<void> {
    if (this.finished || this.session?.terminated || !this.client) return;
    try {
      await this.client.putDocument(RESUME_STATE_ID, this.scope(), { state });
    } catch (error) {
      throw this.report('saveState', error, 'The progress was not saved; the previous save is kept');
    }
  }

  /** Sends `terminated` (unless recorded), then goes to the returnURL; rejects (and stays) if the LRS missed it. */
  async finish(): Promise<void> {
    if (!this.ctx) return;
    if (!this.session?.terminated) await this.send({ type: 'terminated', at: this.now() });
    const wasFinished = this.finished;
    this.finished = true;
    const returnURL = this.ctx.launchData.returnURL;
    if (returnURL && !wasFinished) (this.options.redirect ?? ((url: string) => globalThis.location.assign(url)))(returnURL);
  }

  /**
   * The page is closing: state, leftovers and `terminated` leave now, unanswered, as one batch
   * so `terminated` is last (see closing-batch.ts); no redirect to the returnURL, the page is
   * already going.
   */
  finishOnClose(leftovers: Leftovers): void {
    if (this.finished) return;
    this.finished = true;
    if (!this.ctx || !this.client || this.session?.terminated) return;
    const ignore = () => {};
    if (leftovers.state !== undefined && leftovers.state.length <= CLOSING_SHARE) {
      this.client.putDocument(RESUME_STATE_ID, this.scope(), { state: leftovers.state }).catch(ignore);
    }
    const pending = leftovers.events.flatMap((event) => this.statementsOf(event));
    this.client.postStatements(closingBatch(pending, this.statementsOf({ type: 'terminated', at: this.now() }))).catch(ignore);
    this.keep({ terminated: true });
  }

  private statementsOf(event: LearnerEvent): Statement[] {
    if (event.type === 'activity-experienced') this.ctx!.opened![`${event.moduleId}/${event.activityId}`] = event.at;
    return cmi5Statements(event, this.ctx!, this.done);
  }

  private async send(event: LearnerEvent): Promise<void> {
    // cmi5: nothing may follow `terminated` in a session.
    if (!this.ctx || this.session?.terminated) return;
    try {
      for (const statement of this.statementsOf(event)) await this.put(statement);
    } catch (error) {
      throw this.report('record', error, `The ${event.type} event was not stored`);
    }
    if (event.type === 'terminated') this.keep({ terminated: true });
  }

  private async put(statement: Statement): Promise<void> {
    await this.client!.putStatement(statement);
    this.sent.push(statement);
    const verb = statement.verb.display['en-US'] as keyof Cmi5Sent;
    if (statement.object.id === this.ctx!.courseIri && verb in this.done) this.done[verb] = true;
  }

  /** The token for this launch: from session storage after a reload, else from the one-time fetch URL. */
  private async launchSession(launch: Cmi5Launch): Promise<LaunchSession> {
    const kept = this.read(launch.fetch);
    if (kept) return kept;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(launch.fetch, { method: 'POST' });
    } catch (error) {
      throw new LrsError(0, `The LMS's fetch URL could not be reached (${String(error)})`);
    }
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const token = body['auth-token'];
    if (!response.ok || typeof token !== 'string') {
      throw new LrsError(response.status, `The LMS gave no auth token (${String(body['error-text'] ?? response.status)}); launch the course again from the LMS`);
    }
    const session = { token };
    this.write(launch.fetch, session);
    return session;
  }

  private keep(change: Partial<LaunchSession>): void {
    Object.assign(this.session!, change);
    this.write(this.launch!.fetch, this.session!);
  }

  private read(fetchUrl: string): LaunchSession | undefined {
    try {
      const kept = JSON.parse(this.storage.getItem(`workmentor:cmi5:${fetchUrl}`) ?? 'null') as LaunchSession | null;
      return typeof kept?.token === 'string' ? kept : undefined;
    } catch {
      return undefined;
    }
  }

  private write(fetchUrl: string, session: LaunchSession): void {
    try {
      this.storage.setItem(`workmentor:cmi5:${fetchUrl}`, JSON.stringify(session));
    } catch {
      // Without storage a reload cannot fetch a token again; this visit still works.
    }
  }

  private scope(): DocumentScope {
    return { activityId: this.launch!.activityId, agent: this.launch!.actor.json, registration: this.launch!.registration };
  }

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  private report(operation: TrackerOperation, error: unknown, what?: string): TrackerError {
    const problem = {
      operation,
      kind: failureKind(error, this.options.url, ['endpoint', 'fetch', 'actor', 'registration', 'activityId']),
      message: `${what ? `${what}: ` : ''}${error instanceof Error ? error.message : String(error)}`,
    } as const;
    try {
      this.options.onProblem?.(problem);
    } catch {
      // An observer's bug must not break tracking.
    }
    return new TrackerError(problem);
  }
}

function sessionStore(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    if (globalThis.sessionStorage) return globalThis.sessionStorage;
  } catch {
    // Blocked storage (sandboxed frame): keep the token in memory for this page.
  }
  const memory = new Map<string, string>();
  return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
}
