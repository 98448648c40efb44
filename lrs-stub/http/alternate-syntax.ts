/**
 * The xAPI 1.0.3 alternate request syntax, for browsers that cannot send custom headers or
 * methods cross-origin: POST <resource>?method=PUT|GET|DELETE|POST with a form-encoded body
 * whose fields are the headers, the resource parameters and `content` (the real body).
 * Turns such a request into the equivalent plain one; 2.0.0 removed the syntax, so it is
 * refused for 2.0 requests. The form fields Authorization, X-Experience-API-Version,
 * If-Match and If-None-Match are the request's headers ("The LRS MUST treat the form
 * parameters listed above as header parameters", 1.0.3 Communication 1.3.s3.b7), so they win
 * over real headers of the same name; real headers fill in what the form leaves out, since
 * ADL's suite sends `?method=GET` with real headers and only the query in the form (XAPI-00148).
 * The other way round let a form field X-Experience-API-Version: 0.8 under a real 1.0.3
 * header through, where the suite expects 400 (XAPI-00336).
 */
import { invalid } from '../xapi/xapi-error.ts';
import { mediaType, type XapiMethod } from './xapi-call.ts';

const HEADER_FIELDS = new Set(['authorization', 'x-experience-api-version', 'content-type', 'content-length', 'if-match', 'if-none-match']);
const METHODS: readonly XapiMethod[] = ['GET', 'PUT', 'POST', 'DELETE'];

export interface RawRequest {
  method: XapiMethod;
  query: Record<string, string | string[] | undefined>;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export function isAlternateSyntax(request: RawRequest): boolean {
  return request.method === 'POST' && request.query.method !== undefined;
}

export function fromAlternateSyntax(request: RawRequest): RawRequest {
  if (request.headers['x-experience-api-version']?.startsWith('2.')) {
    throw invalid('query parameter method: the alternate request syntax was removed in xAPI 2.0.0; send a normal request');
  }
  const method = String(request.query.method).toUpperCase() as XapiMethod;
  if (!METHODS.includes(method)) throw invalid(`query parameter method: must be GET, PUT, POST or DELETE, not ${JSON.stringify(request.query.method)}`);
  const otherParams = Object.keys(request.query).filter((k) => k !== 'method');
  if (otherParams.length > 0) throw invalid(`query string: the alternate request syntax allows only "method" in the query string; move ${otherParams.join(', ')} into the form body`);
  if (mediaType(request.headers['content-type']) !== 'application/x-www-form-urlencoded') {
    throw invalid('Content-Type: the alternate request syntax (?method=) needs an application/x-www-form-urlencoded body');
  }
  const form = new URLSearchParams(request.body.toString('utf8'));
  const headers: Record<string, string | undefined> = { origin: request.headers.origin };
  for (const name of HEADER_FIELDS) {
    // Content-Type and Content-Length of the real request describe the form itself.
    const value = request.headers[name];
    if (value !== undefined && name !== 'content-type' && name !== 'content-length') headers[name] = value;
  }
  const query: Record<string, string> = {};
  let content = '';
  for (const [name, value] of form) {
    const lower = name.toLowerCase();
    if (lower === 'content') content = value;
    else if (HEADER_FIELDS.has(lower)) headers[lower] = value;
    else query[name] = value;
  }
  // Browsers building the form often leave out Content-Type for JSON content.
  if (headers['content-type'] === undefined && /^\s*[[{]/.test(content)) {
    headers['content-type'] = 'application/json';
  }
  const version = headers['x-experience-api-version'];
  if (version !== undefined && version.startsWith('2.')) throw invalid('method: the alternate request syntax was removed in xAPI 2.0.0; send a normal request');
  return { method, query, headers, body: Buffer.from(content, 'utf8') };
}
