/**
 * The thin `fetch` transport to an LRS, shared by the xAPI and cmi5 adapters: send one
 * statement, read and write JSON documents (State and Agent Profile APIs), ask whether a
 * statement exists. Nothing queues or retries here: the reliable-delivery wrapper does that
 * around any adapter, so a request the LRS does not acknowledge simply throws `LrsError`.
 *
 * Why not `@xapi/xapi` / `@xapi/cmi5`: measured with esbuild (minified, browser ESM, gzip -9)
 * on an entry that only constructs the client and calls sendStatement/getState/setState,
 * `@xapi/xapi` 3.0.3 costs 18.0 KB gzip (it bundles axios inside its dist; importing only its
 * `Verbs` constant still pulls the whole 17.9 KB class), and `@xapi/cmi5` 1.4.0 costs 31.0 KB
 * (its own @xapi/xapi 2 + axios + deepmerge + uuid). The web player is 57.8 KB of a 60 KB budget
 * per target, so either would blow it; from those packages we use nothing at run time. Ours,
 * measured the same way: XapiTracker with mapping, launch checks and this transport 5.4 KB
 * gzip alone and +4.5 KB on top of the player (esbuild, all chunks); Cmi5Tracker 6.9 KB alone,
 * +6.0 KB. Still more than the player's 2.2 KB of headroom: see the issue-3 report.
 *
 * Statements go by PUT with their derived id: 204 (stored) and 409 (a statement with this id
 * is already stored) both count as acknowledged. Ids are derived from the event, so a 409
 * means the LRS already holds this event's statement, sent by an earlier try whose answer
 * was lost (after a reload its duration or session id may differ, which is what makes it 409
 * rather than 204); the first one stored stands.
 */
import type { Statement } from './xapi-statement.ts';

export interface LrsClientOptions {
  /** The xAPI endpoint, ending in `/`. */
  endpoint: string;
  /** `Authorization` header value (e.g. `Basic …`). */
  auth?: string;
  /** `fetch` to use; the global one by default. */
  fetch?: typeof fetch;
}

/** The LRS did not acknowledge; `status` is 0 when it could not be reached at all. */
export class LrsError extends Error {
  override readonly name = 'LrsError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface DocumentScope {
  activityId?: string;
  /**
   * The `agent` parameter as JSON text, sent as it is: the launch actor's own text (see
   * launch-actor.ts), not a re-serialisation, so an LMS that compares it gets what it gave.
   */
  agent: string;
  registration?: string;
}

/** Requests with bodies under this size may outlive the page (`keepalive`, capped at 64 KB by browsers). */
export const KEEPALIVE_LIMIT = 60_000;

export class LrsClient {
  private readonly options: LrsClientOptions;

  constructor(options: LrsClientOptions) {
    this.options = options;
  }

  async putStatement(statement: Statement): Promise<void> {
    await this.request('PUT', 'statements', { statementId: statement.id }, statement, [409]);
  }

  /**
   * Several statements in one request, in order (a batch is stored whole or not at all). For
   * the page's last moment: one request keeps the order that separate ones would not.
   */
  async postStatements(statements: Statement[]): Promise<void> {
    await this.request('POST', 'statements', {}, statements);
  }

  /** True when the LRS holds a statement matching these filters (e.g. a `completed` in this registration); `agent` as JSON text. */
  async hasStatement(filters: Record<string, string>): Promise<boolean> {
    const response = await this.request('GET', 'statements', { ...filters, limit: '1', format: 'ids' });
    const body = (await response.json()) as { statements?: unknown[] };
    return (body.statements?.length ?? 0) > 0;
  }

  /** A JSON document, or undefined when there is none (404). */
  async getDocument(resource: 'activities/state' | 'agents/profile', id: string, scope: DocumentScope): Promise<unknown> {
    const response = await this.request('GET', resource, this.documentParams(resource, id, scope), undefined, [404]);
    return response.status === 404 ? undefined : response.json();
  }

  async putDocument(id: string, scope: DocumentScope, body: unknown): Promise<void> {
    await this.request('PUT', 'activities/state', this.documentParams('activities/state', id, scope), body);
  }

  private documentParams(resource: string, id: string, scope: DocumentScope): Record<string, string> {
    const params: Record<string, string> = { agent: scope.agent, [resource === 'agents/profile' ? 'profileId' : 'stateId']: id };
    if (scope.activityId) params.activityId = scope.activityId;
    if (scope.registration) params.registration = scope.registration;
    return params;
  }

  private async request(method: string, resource: string, params: Record<string, string>, body?: unknown, accept: number[] = []): Promise<Response> {
    const query = new URLSearchParams(params).toString();
    const url = `${this.options.endpoint}${resource}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { 'X-Experience-API-Version': '1.0.3' };
    if (this.options.auth) headers.Authorization = this.options.auth;
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
      init.keepalive = init.body.length < KEEPALIVE_LIMIT;
    }
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, init);
    } catch (error) {
      throw new LrsError(0, `${method} ${resource}: the LRS could not be reached (${String(error)})`);
    }
    if (!response.ok && !accept.includes(response.status)) {
      throw new LrsError(response.status, `${method} ${resource}: the LRS answered ${response.status} ${(await response.text().catch(() => '')).slice(0, 300)}`);
    }
    return response;
  }
}
