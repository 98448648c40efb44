/**
 * The public, login-free side of the register where people look certificates up:
 *
 *   GET /verify                the form (a GET form: ?code=… redirects to /verify/<code>)
 *   GET /verify/<code>         one certificate, or a 404 page saying how to check the code
 *
 * Lookups are rate-limited per address (lookup-rate-limit.ts); the language follows
 * Accept-Language among en, nl and nb. Pages are sent with a strict CSP (no scripts, no
 * external anything), nosniff, no referrer (the code is in the URL) and no caching (a
 * certificate can be revoked at any time).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { courseTexts, type RegisterCourse } from '../register-course.ts';
import { fill, languageFromAcceptLanguage, messagesFor } from '../register-language.ts';
import type { RegisterStore } from '../register-store.ts';
import { normalizeVerificationCode } from '../verification-code.ts';
import { lookupRateLimit, type RateLimitOptions } from './lookup-rate-limit.ts';
import { certificatePage, erasedPage, formPage, notFoundPage, tooManyPage, VERIFY_CSP } from './verify-page.ts';

export const VERIFY_PATH = '/verify';

export interface VerifyRoutesOptions {
  register: RegisterStore;
  course: RegisterCourse;
  issuerName: string;
  rateLimit?: RateLimitOptions;
}

function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', VERIFY_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cache-control', 'no-store')
    .header('vary', 'Accept-Language')
    .send(body);
}

/** A typed code as it goes back into the page: bounded, so a huge query cannot bloat the answer. */
const echo = (typed: string) => typed.trim().slice(0, 64);

export function mountVerifyRoutes(app: FastifyInstance, options: VerifyRoutesOptions): void {
  const limit = lookupRateLimit(options.rateLimit);
  const languageOf = (request: FastifyRequest) => languageFromAcceptLanguage(request.headers['accept-language']);

  app.get(VERIFY_PATH, async (request, reply) => {
    const language = languageOf(request);
    const query = request.query as Record<string, unknown>;
    const typed = typeof query.code === 'string' ? query.code : undefined;
    if (typed === undefined || typed.trim() === '') return sendPage(reply, 200, formPage(language));
    const code = normalizeVerificationCode(typed);
    if (!code) return sendPage(reply, 400, formPage(language, { typed: echo(typed), error: fill(messagesFor(language).invalidCode, { code: echo(typed) }) }));
    // Relative, so it also works behind a proxy that mounts the LRS under a path.
    return reply.code(303).header('location', `verify/${code}`).header('referrer-policy', 'no-referrer').header('cache-control', 'no-store').send();
  });

  app.get(`${VERIFY_PATH}/:code`, async (request, reply) => {
    const language = languageOf(request);
    const waitMs = limit.take(request.ip);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return sendPage(reply.header('retry-after', String(seconds)), 429, tooManyPage(language, seconds));
    }
    const typed = echo((request.params as { code: string }).code);
    const code = normalizeVerificationCode(typed);
    const entry = code === undefined ? undefined : options.register.get(code);
    const erasedOn = code !== undefined && !entry ? options.register.erasedOn(code) : undefined;
    if (code !== undefined && erasedOn !== undefined) return sendPage(reply, 200, erasedPage(language, { code, erasedOn, issuerName: options.issuerName }));
    if (!entry) return sendPage(reply, 404, notFoundPage(language, code ?? typed, code !== undefined));
    return sendPage(
      reply,
      200,
      certificatePage(language, {
        name: entry.name,
        courseTitle: courseTexts(options.course, language).title,
        awardedOn: entry.awardedOn,
        revokedOn: entry.revokedOn,
        issuerName: options.issuerName,
        code: entry.code,
      }),
    );
  });
}

