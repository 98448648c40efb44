/**
 * How long the LRS waits for a client. Before this, fastify's defaults let a client that
 * declared a body and sent 2 bytes hold its connection for as long as it liked (requestTimeout
 * 0), without credentials, so a few hundred such sockets could exhaust the server. The
 * defaults are generous for a learner on a phone with poor signal, whose requests are a few
 * kilobytes, and short enough that stalled sockets do not pile up:
 *
 * - request: the whole request, headers and body, must arrive within 30 s (Node's
 *   requestTimeout; answered 408 and closed). Fastify has no separate body-read timeout: this
 *   is it. 30 s is 10 MiB (the default body limit) at 2.8 Mbit/s.
 * - headers: the headers within 20 s (Node's headersTimeout; a slowloris trickling header
 *   lines is cut here).
 * - idle: a socket with no traffic either way for 120 s is closed (fastify's
 *   connectionTimeout): a client that stopped reading a response. Longer than any response
 *   takes to compute, so a slow big batch is never cut mid-answer.
 * - keep-alive: an idle kept-alive connection is closed after 72 s (fastify's default, kept:
 *   longer than most clients keep theirs, so the client closes first and never sends on a
 *   socket the server is closing).
 *
 * Node checks request and headers deadlines by polling every connectionsCheckingInterval
 * (30 s by default, which would let a 30 s deadline run to 60 s), so it polls at a tenth of
 * the shorter deadline.
 */
import type { ServerOptions } from 'node:http';

export interface ServerTimeouts {
  requestMs: number;
  headersMs: number;
  idleMs: number;
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = { requestMs: 30_000, headersMs: 20_000, idleMs: 120_000, keepAliveMs: 72_000 };

/** Fastify's options for an HTTP/1 server. */
export interface TimeoutOptions {
  connectionTimeout: number;
  keepAliveTimeout: number;
  requestTimeout: number;
  http: ServerOptions;
}

export function serverTimeoutOptions(timeouts: ServerTimeouts): TimeoutOptions {
  // Node refuses a headers deadline later than the request deadline.
  const headersMs = Math.min(timeouts.headersMs, timeouts.requestMs);
  const connectionsCheckingInterval = Math.min(5_000, Math.max(50, Math.floor(headersMs / 10)));
  return {
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    requestTimeout: timeouts.requestMs,
    http: { requestTimeout: timeouts.requestMs, headersTimeout: headersMs, connectionsCheckingInterval },
  };
}
