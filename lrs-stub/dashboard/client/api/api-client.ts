/**
 * The one way the dashboard talks to its server: same-origin fetches with the session cookie,
 * the CSRF token on every POST and DELETE (lrs-stub/accounts/session-routes.ts), and every
 * answer parsed with the contract's zod schema (lrs-stub/analytics/dashboard-api.ts,
 * lrs-stub/register/register-api.ts), so the panels draw only what the contract promises.
 * Failures become ApiErrors. `fetch` is injected, so tests answer with fixtures.
 */
import type { z } from 'zod';
import { ApiError, kindOfStatus, retryAfterSeconds } from './api-error.ts';

export interface ApiClientOptions {
  /** Default: the page's fetch. */
  fetch?: typeof fetch;
  /** The session's token for X-CSRF-Token; set after login. */
  csrfToken?: string;
}

export interface SendOptions<S extends z.ZodType | undefined> {
  /** A JSON body. */
  json?: unknown;
  /** A text body (a CSV upload) with its media type. */
  text?: string;
  contentType?: string;
  /** Parses the answer; without it the answer's body is ignored. */
  schema?: S;
  signal?: AbortSignal;
}

/** The body of an error answer: lrs-stub/http/errors.ts sends { status, error, message } (and requestId for a 500). */
async function errorFrom(response: Response): Promise<ApiError> {
  let message: string | undefined;
  let requestId = response.headers.get('x-request-id') ?? undefined;
  try {
    const body = (await response.json()) as { message?: unknown; requestId?: unknown };
    if (typeof body.message === 'string') message = body.message;
    if (typeof body.requestId === 'string') requestId = body.requestId;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const kind = kindOfStatus(response.status);
  return new ApiError({
    kind,
    status: response.status,
    serverMessage: message,
    requestId: kind === 'server' ? requestId : undefined,
    retryAfterSeconds: kind === 'throttled' ? retryAfterSeconds(response.headers.get('retry-after'), message) : undefined,
  });
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export class ApiClient {
  private readonly fetcher: typeof fetch;
  /** The session's CSRF token, sent with every POST and DELETE. */
  csrfToken: string | undefined;

  constructor(options: ApiClientOptions = {}) {
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
    this.csrfToken = options.csrfToken;
  }

  /** GETs `url` and parses the JSON answer with `schema`. */
  async get<S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
    const response = await this.request(url, { method: 'GET', headers: { accept: 'application/json' }, signal });
    return this.parse(response, schema);
  }

  /** POSTs or DELETEs with the CSRF token; parses the answer when a schema is given. */
  async send<S extends z.ZodType | undefined = undefined>(method: 'POST' | 'DELETE', url: string, options: SendOptions<S> = {}): Promise<S extends z.ZodType ? z.infer<S> : undefined> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.text !== undefined) {
      headers['content-type'] = options.contentType ?? 'text/plain; charset=utf-8';
      body = options.text;
    }
    const response = await this.request(url, { method, headers, body, signal: options.signal });
    if (!options.schema || response.status === 204) return undefined as never;
    return this.parse(response, options.schema) as never;
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetcher(url, { ...init, credentials: 'same-origin', cache: 'no-store' });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError({ kind: 'network', status: 0, serverMessage: (error as Error).message });
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  private async parse<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError({ kind: 'unexpected', status: response.status, serverMessage: 'the answer is not JSON' });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const where = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      throw new ApiError({ kind: 'unexpected', status: response.status, serverMessage: where.join('; ') });
    }
    return parsed.data;
  }
}
