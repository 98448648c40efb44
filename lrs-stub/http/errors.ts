/**
 * How errors leave the LRS: every XapiError kind has its status code, fastify's own errors
 * (body too large, bad content type) are mapped to the statuses xAPI clients expect, anything
 * unexpected is a logged 500 that still lets the server serve the next request. Bodies are
 * JSON: { status, error, message }, the message saying what, where and what to do.
 *
 * A 500 says nothing about the inside (no stack, no SQL, no file names: they help an attacker
 * more than a learner) but carries a request id, in the X-Request-Id header and the body's
 * `requestId`, under which the full error is in the error log (error-log.ts).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { XapiError, type XapiErrorKind } from '../xapi/xapi-error.ts';
import { errorLogEntry, type ErrorLog } from './error-log.ts';

const STATUS: Record<XapiErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'precondition-failed': 412,
  'too-large': 413,
  'precondition-required': 428,
};

const TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Payload Too Large', 428: 'Precondition Required', 500: 'Internal Server Error' };

export function statusOf(kind: XapiErrorKind): number {
  return STATUS[kind];
}

export function errorBody(status: number, message: string) {
  return { status, error: TITLES[status] ?? 'Error', message };
}

/**
 * V8's "Maximum call stack size exceeded". Input nested too deeply for the code that walks it
 * is refused before parsing (json-body.ts); this is the backstop for a path that check does
 * not see, so even then deep input is the client's 400, not a 500.
 */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export function installErrorHandling(app: FastifyInstance, options: { bodyLimit: number; errorLog: ErrorLog }): void {
  app.setErrorHandler((error: FastifyError | XapiError, request, reply) => {
    if (error instanceof XapiError) {
      const status = statusOf(error.kind);
      if (status === 401) reply.header('WWW-Authenticate', 'Basic realm="lrs-stub", charset="UTF-8"');
      return reply.code(status).send(errorBody(status, error.message));
    }
    const code = (error as FastifyError).code;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send(errorBody(413, `request body: larger than the limit of ${options.bodyLimit} bytes; send fewer statements per request (or raise LRS_BODY_LIMIT)`));
    }
    if (isStackOverflow(error)) {
      // Logged all the same: it means a path without the depth check, which should get one.
      options.errorLog(errorLogEntry(request, 400, error));
      return reply.code(400).send(errorBody(400, 'request: nested too deeply to process; flatten the JSON (no xAPI statement or document needs more than a few dozen levels)'));
    }
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status === 415 ? 400 : status).send(errorBody(status === 415 ? 400 : status, `${error.message}`));
    }
    options.errorLog(errorLogEntry(request, 500, error));
    reply.header('X-Request-Id', request.id);
    return reply.code(500).send({
      ...errorBody(500, `the LRS failed unexpectedly (request id ${request.id}). Retry; if it happens again, report the request id to whoever runs the LRS`),
      requestId: request.id,
    });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(errorBody(404, `${request.method} ${request.url.split('?')[0]}: no such resource; the xAPI endpoint is /xapi/ (statements, activities, activities/state, activities/profile, agents, agents/profile, about)`));
  });
}
