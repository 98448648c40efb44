/**
 * One xAPI request as the resource handlers see it, independent of how it arrived: a plain
 * HTTP request, or the 1.0.3 alternate request syntax (a form POST carrying method, headers
 * and body). Handlers take an `XapiCall` and return an `XapiReply`; only `xapi-router.ts`
 * talks to fastify.
 */
import type { Credential } from './credentials.ts';
import type { XapiVersion } from '../xapi/versions.ts';

export type XapiMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';

export interface XapiCall {
  method: XapiMethod;
  /** Query parameters (or, in the alternate syntax, the form fields that are not headers). */
  query: Record<string, string | string[] | undefined>;
  /** Request headers, names lower-cased. */
  headers: Record<string, string | undefined>;
  body: Buffer;
  version: XapiVersion;
  credential: Credential;
}

export interface XapiReply {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a Buffer or string as is (set content-type in headers). */
  body?: unknown;
}

export type XapiHandler = (call: XapiCall) => XapiReply | Promise<XapiReply>;

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
