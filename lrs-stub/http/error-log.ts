/**
 * Where unexpected errors are written. The production LRS runs with fastify's request logger
 * off (one line per request would drown a school's laptop), and before this a 500 left no
 * trace at all. So errors are logged on their own, always: one JSON line on stderr per
 * unexpected error, with the request id the client was given, so "it failed, request id X"
 * finds the stack. Only the path is logged, never the query string: agent filters carry
 * learners' e-mail addresses.
 */

export interface ErrorLogEntry {
  time: string;
  level: 'error';
  requestId: string;
  method: string;
  path: string;
  /** The status the client got (500, or 400 for input that broke the LRS anyway). */
  status: number;
  error: { name: string; message: string; stack?: string };
}

export type ErrorLog = (entry: ErrorLogEntry) => void;

export const stderrErrorLog: ErrorLog = (entry) => {
  process.stderr.write(`${JSON.stringify(entry)}\n`);
};

export function errorLogEntry(request: { id: string; method: string; url: string }, status: number, error: unknown): ErrorLogEntry {
  const described = error instanceof Error ? { name: error.name, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) } : { name: 'NonError', message: String(error) };
  return { time: new Date().toISOString(), level: 'error', requestId: request.id, method: request.method, path: request.url.split('?')[0]!, status, error: described };
}
