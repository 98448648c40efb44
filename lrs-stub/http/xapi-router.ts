/**
 * Mounts xAPI resources on fastify and runs every request through one pipeline:
 * alternate-syntax unwrapping → X-Experience-API-Version check → Basic authentication →
 * the resource handler → reply. Keeping this in one place means the alternate syntax gets
 * exactly the same checks as a plain request.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerVersion, resolveVersion, type XapiVersion } from '../xapi/versions.ts';
import { XapiError, invalid } from '../xapi/xapi-error.ts';
import { fromAlternateSyntax, isAlternateSyntax, type RawRequest } from './alternate-syntax.ts';
import type { Credential, CredentialRegistry } from './credentials.ts';
import type { XapiCall, XapiHandler, XapiMethod, XapiReply } from './xapi-call.ts';

export interface XapiResource {
  path: string;
  handlers: Partial<Record<Exclude<XapiMethod, 'HEAD'>, XapiHandler>>;
  /** About is readable without credentials or version header. */
  public?: boolean;
  /**
   * Headers every response of the resource carries, errors included, set before any check
   * (the Statement resource's X-Experience-API-Consistent-Through, XAPI-00153).
   */
  headers?: () => Record<string, string>;
}

export interface RouterOptions {
  prefix: string;
  credentials: CredentialRegistry;
}

const ANONYMOUS: Credential = { key: '', scope: 'xapi', authority: { objectType: 'Agent', account: { homePage: 'urn:lrs-stub', name: 'anonymous' } } };

function rawRequest(request: FastifyRequest): RawRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  return { method: request.method as XapiMethod, query: { ...(request.query as Record<string, string | string[]>) }, headers, body };
}

function checkVersion(header: string | undefined): XapiVersion {
  if (header === undefined || header === '') throw invalid('X-Experience-API-Version header: is required; send "1.0.3" or "2.0.0"');
  const version = resolveVersion(header.trim());
  if (!version) throw invalid(`X-Experience-API-Version header: "${header}" is not supported; this LRS speaks 1.0.3 (any 1.0.x) and 2.0.0`);
  return version;
}

function send(reply: FastifyReply, result: XapiReply, head: boolean): FastifyReply {
  reply.code(result.status);
  for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
  if (result.body === undefined || head) return reply.send();
  return reply.send(result.body);
}

export function mountXapiResources(app: FastifyInstance, resources: readonly XapiResource[], options: RouterOptions): void {
  for (const resource of resources) {
    app.route({
      // Every method but OPTIONS (CORS preflight), so PATCH and the like get 405 with Allow below, not 404.
      method: app.supportedMethods.filter((method) => method !== 'OPTIONS'),
      url: `${options.prefix}${resource.path}`,
      // Before the body is read, so that errors of any kind (413 too) answer in the request's version.
      onRequest: async (request, reply) => {
        const asked = request.headers['x-experience-api-version'];
        reply.header('X-Experience-API-Version', answerVersion(typeof asked === 'string' ? asked : undefined));
      },
      handler: async (request, reply) => {
        for (const [name, value] of Object.entries(resource.headers?.() ?? {})) reply.header(name, value);
        let raw = rawRequest(request);
        if (isAlternateSyntax(raw)) {
          raw = fromAlternateSyntax(raw);
          reply.header('X-Experience-API-Version', answerVersion(raw.headers['x-experience-api-version']));
        }
        const head = raw.method === 'HEAD';
        const method = head ? 'GET' : (raw.method as Exclude<XapiMethod, 'HEAD'>);
        const handler = resource.handlers[method];
        if (!handler) {
          reply.header('Allow', Object.keys(resource.handlers).join(', '));
          throw new XapiError('method-not-allowed', `${raw.method} is not allowed on ${options.prefix}${resource.path}; allowed: ${Object.keys(resource.handlers).join(', ')}`);
        }
        let version: XapiVersion = '2.0.0';
        let credential = ANONYMOUS;
        if (!resource.public) {
          version = checkVersion(raw.headers['x-experience-api-version']);
          reply.header('X-Experience-API-Version', version);
          const verified = options.credentials.verify(raw.headers.authorization);
          if (!verified) throw new XapiError('unauthorized', 'Authorization header: missing or wrong credentials; send HTTP Basic auth with an LRS key and secret (see LRS_BASIC_AUTH)');
          credential = verified;
        }
        const call: XapiCall = { method, query: raw.query, headers: raw.headers, body: raw.body, version, credential };
        return send(reply, await handler(call), head);
      },
    });
  }
}
