/**
 * One GET to the source LRS, retried with exponential backoff when the failure is likely to
 * pass: network errors, timeouts, 408, 429 and 5xx (a source restarting or under load). Other
 * statuses are answers, retrying would only repeat them, so they fail at once with advice.
 * The number of attempts is limited, so a dead source ends the run with a clear ImportError
 * instead of hanging a cron job; the cursor is saved per page, so nothing is lost.
 */
import { ImportError, adviceForStatus } from './import-error.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry; doubled for each further one, with ±25 % jitter. */
  baseDelayMs: number;
  /** No wait is longer than this, a server's Retry-After included. */
  maxDelayMs: number;
  /** A request (headers and body) that takes longer is aborted and counts as a failed attempt. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000, timeoutMs: 60_000 };

export interface GetRequest {
  url: string;
  headers: Record<string, string>;
  /** Page number for error messages (0: not a page). */
  page: number;
  fetch: typeof fetch;
  retry: RetryPolicy;
  /** Ctrl-C: aborts the wait and the request; not retried. */
  signal?: AbortSignal;
  /** Statuses that are answers for the caller rather than failures (e.g. 404 for a lookup). */
  accept?: readonly number[];
}

export interface GetResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const interrupted = (request: GetRequest, cause: unknown) =>
  new ImportError({ what: 'interrupted', url: request.url, page: request.page, todo: 'Nothing of this page was written.' }, { cause });

export async function retryingGet(request: GetRequest): Promise<GetResponse> {
  const { retry } = request;
  let last = '';
  let lastCause: unknown;
  for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
    if (request.signal?.aborted) throw interrupted(request, request.signal.reason);
    let wait: number | undefined;
    try {
      const signals = [AbortSignal.timeout(retry.timeoutMs), ...(request.signal ? [request.signal] : [])];
      const response = await request.fetch(request.url, { headers: request.headers, signal: AbortSignal.any(signals) });
      // The body is read inside the try: a connection dropped mid-body is as retryable as one
      // refused, and the timeout covers the body too.
      const text = await response.text();
      if (response.ok || request.accept?.includes(response.status)) {
        let body: unknown;
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          throw new ImportError({ what: `the answer (HTTP ${response.status}) is not JSON: ${JSON.stringify(text.slice(0, 120))}`, url: request.url, page: request.page, todo: 'Check that --from is the xAPI endpoint and not a web page in front of it.' });
        }
        return { status: response.status, headers: response.headers, body };
      }
      const said = text.trim() === '' ? '' : `; the source said: ${text.trim().slice(0, 300)}`;
      last = `HTTP ${response.status} ${response.statusText}${said}`;
      if (!RETRYABLE.has(response.status)) {
        throw new ImportError({ what: last, url: request.url, page: request.page, todo: adviceForStatus(response.status) });
      }
      wait = retryAfterMs(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof ImportError) throw error;
      if (request.signal?.aborted) throw interrupted(request, error);
      const name = (error as Error).name;
      last = name === 'TimeoutError' ? `no complete answer within ${retry.timeoutMs} ms` : `${(error as Error).message}${(error as { cause?: Error }).cause ? ` (${(error as { cause: Error }).cause.message})` : ''}`;
      lastCause = error;
    }
    if (attempt === retry.attempts) break;
    const backoff = retry.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
    try {
      await sleep(Math.min(retry.maxDelayMs, Math.max(backoff, wait ?? 0)), request.signal);
    } catch (reason) {
      throw interrupted(request, reason);
    }
  }
  throw new ImportError(
    { what: `${last} (${retry.attempts} attempt${retry.attempts === 1 ? '' : 's'})`, url: request.url, page: request.page, todo: 'The source LRS is unreachable or overloaded: check the URL and that it is up, then run again (or later).' },
    { cause: lastCause },
  );
}
