/**
 * A fake server for element tests: a `fetch` that answers registered routes with fixtures (or
 * with a response the test resolves later, to see the loading state), records every request
 * (method, URL, headers, body) and honours AbortSignals as the real one does. An unregistered
 * route answers 404, so a test that forgot one fails loudly.
 */
import { ApiClient } from '../api/api-client.ts';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

export type Answer = Response | Promise<Response>;
type Handler = (request: RecordedRequest) => Answer;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const apiError = (status: number, message: string, headers: Record<string, string> = {}): Response => json({ status, error: 'Error', message }, status, headers);

/** A promise and the functions that settle it. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class MockApi {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: { method: string; path: string | RegExp; handler: Handler }[] = [];

  /** Answers `method path` (a pathname, or a RegExp on it) with a handler or a fixed JSON body. Later routes win. */
  on(method: string, path: string | RegExp, answer: Handler | Response | object): this {
    const handler: Handler = typeof answer === 'function' ? (answer as Handler) : answer instanceof Response ? () => answer.clone() : () => json(answer);
    this.routes.unshift({ method, path, handler });
    return this;
  }

  /** Requests to a pathname (any method unless given). */
  to(pathname: string, method?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.url.pathname === pathname && (!method || r.method === method));
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), location.origin);
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = { method, url, headers: new Headers(init.headers), body };
    this.requests.push(request);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const route = this.routes.find((r) => r.method === method && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname)));
    const answer = route ? route.handler(request) : apiError(404, `no mock for ${method} ${url.pathname}`);
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      Promise.resolve(answer).then(resolve, reject);
    });
  };

  client(csrfToken?: string): ApiClient {
    return new ApiClient({ fetch: this.fetch, ...(csrfToken ? { csrfToken } : {}) });
  }
}
