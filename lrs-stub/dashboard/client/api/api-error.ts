/**
 * What can go wrong when the dashboard asks its server, as kinds the interface can explain
 * and act on: an ended session sends the coordinator back to the login, a 429 says when to
 * try again, a 500 gives the request id the error log is searchable by, an answer that does
 * not match the contract (a dashboard and LRS of different versions) says so instead of
 * drawing nonsense.
 */
export type ApiErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'invalid' | 'throttled' | 'server' | 'network' | 'unexpected';

export interface ApiErrorDetails {
  kind: ApiErrorKind;
  /** HTTP status; 0 when no answer arrived. */
  status: number;
  /** The server's own message (English, from lrs-stub/http/errors.ts bodies), if it sent one. */
  serverMessage?: string | undefined;
  /** The X-Request-Id of a 500, under which the server logged the cause. */
  requestId?: string | undefined;
  /** Seconds to wait before trying again (Retry-After of a 429). */
  retryAfterSeconds?: number | undefined;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly serverMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(details: ApiErrorDetails, message = `${details.kind} (${details.status})${details.serverMessage ? `: ${details.serverMessage}` : ''}`) {
    super(message);
    this.name = 'ApiError';
    this.kind = details.kind;
    this.status = details.status;
    this.serverMessage = details.serverMessage;
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function kindOfStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'throttled';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), else from the message's "in N s". */
export function retryAfterSeconds(header: string | null, message: string | undefined, now = Date.now()): number | undefined {
  if (header) {
    if (/^\d+$/.test(header.trim())) return Number(header.trim());
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - now) / 1000));
  }
  const inMessage = message?.match(/in (\d+) ?s\b/);
  return inMessage ? Number(inMessage[1]) : undefined;
}
