/**
 * The register's API for the dashboard, exactly as register-api.ts lays it out: search and CSV
 * export, one entry, revoking, importing a Moodle export, and each certificate's credential
 * (JSON, VC-JWT) and image. Behind coordinator logins: reading needs the viewer role, changing
 * the coordinator role and the session's X-CSRF-Token (accounts/require-role.ts).
 *
 * Bodies arrive as bytes (app.ts parses none) and are validated here with the contract's zod
 * schemas; every answer about learners is `no-store`. Errors are { status, error, message },
 * the message saying what was wrong and what to send instead.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sendCsv } from '../http/csv.ts';
import { errorBody } from '../http/errors.ts';
import { mediaType } from '../http/xapi-call.ts';
import { certificateSvg } from './credentials/certificate-svg.ts';
import { type CredentialIssuer, credentialJwtOf, credentialOfJwt } from './credentials/entry-credential.ts';
import { MoodleFileError } from './moodle/moodle-file-error.ts';
import { importMoodleCsv, MoodleImportOptionsSchema } from './moodle/moodle-import.ts';
import { REGISTER_API, type RegisterEntry, RegisterEntrySchema, type RegisterList, RegisterQuerySchema, RevokeBodySchema } from './register-api.ts';
import type { RegisterStore, StoredEntry } from './register-store.ts';
import { normalizeVerificationCode } from './verification-code.ts';

/** The contract's page size: more matches are counted but not sent. */
export const MAX_LISTED = 500;

const MOODLE_MEDIA_TYPES = new Set(['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream']);

export interface RegisterApiOptions {
  register: RegisterStore;
  issuer: CredentialIssuer;
  /** The register's configured course version (Moodle imports default to it). */
  courseVersion: string;
  /** The public page of a certificate. */
  verifyUrl(code: string): string;
  /** Runs after entries were added (issues their credentials). */
  afterRegistering(): Promise<unknown>;
  now?: () => Date;
}

/** An entry as the contract shows it: none of the salt, status index or credential. */
export const apiEntry = (entry: RegisterEntry): RegisterEntry => RegisterEntrySchema.parse(entry);

const issues = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');

const fail = (reply: FastifyReply, status: number, message: string) => reply.code(status).header('cache-control', 'no-store').send(errorBody(status, message));

export function mountRegisterApi(app: FastifyInstance, options: RegisterApiOptions): void {
  const { register } = options;
  const viewer = { preHandler: app.accounts.requireRole('viewer') };
  const coordinator = { preHandler: app.accounts.requireRole('coordinator') };
  const now = options.now ?? (() => new Date());

  /** The entry a :code names, or a 400/404 already sent. */
  function entryOf(request: FastifyRequest, reply: FastifyReply): StoredEntry | undefined {
    const typed = (request.params as { code: string }).code;
    const code = normalizeVerificationCode(typed);
    if (!code) {
      void fail(reply, 400, `${request.method} ${request.url.split('?')[0]}: "${typed.slice(0, 64)}" is not a verification code; a code has 12 letters and digits, like 7K3M-Q9XD-2HPA`);
      return undefined;
    }
    const entry = register.get(code);
    if (!entry) void fail(reply, 404, `no certificate in the register has the code ${code}; search with GET ${REGISTER_API}/entries?q=`);
    return entry;
  }

  app.get(`${REGISTER_API}/entries`, viewer, async (request, reply) => {
    const parsed = RegisterQuerySchema.safeParse(request.query);
    if (!parsed.success) return fail(reply, 400, `${REGISTER_API}/entries: ${issues(parsed.error)} (parameters: q, status=active|revoked|all, format=json|csv)`);
    const { q, status, format } = parsed.data;
    if (format === 'csv') {
      const { entries } = register.search({ ...(q === undefined ? {} : { q }), status });
      const header = ['Verification code', 'Name', 'Identifier', 'Identifier type', 'Awarded on', 'Language', 'Course version', 'Source', 'Status', 'Revoked on', 'Revocation reason'];
      const rows = entries.map((e) => [e.code, e.name, e.identifier, e.identifierType, e.awardedOn, e.language, e.courseVersion, e.source, e.status, e.revokedOn, e.revokedReason]);
      return sendCsv(reply, `certified-mentors-${now().toISOString().slice(0, 10)}.csv`, header, rows);
    }
    const { entries, total } = register.search({ ...(q === undefined ? {} : { q }), status, limit: MAX_LISTED });
    const list: RegisterList = { entries: entries.map(apiEntry), total, truncated: total > entries.length };
    return reply.header('cache-control', 'no-store').send(list);
  });

  app.get(`${REGISTER_API}/entries/:code`, viewer, async (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    return reply.header('cache-control', 'no-store').send(apiEntry(entry));
  });

  app.post(`${REGISTER_API}/entries/:code/revoke`, coordinator, async (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    const where = `POST ${REGISTER_API}/entries/${entry.code}/revoke`;
    if (mediaType(request.headers['content-type']) !== 'application/json') {
      return fail(reply, 400, `${where}: send the reason as JSON, Content-Type application/json: {"reason": "..."}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '');
    } catch {
      return fail(reply, 400, `${where}: the body is not valid JSON; send {"reason": "..."}`);
    }
    const parsed = RevokeBodySchema.safeParse(body);
    if (!parsed.success) return fail(reply, 400, `${where}: ${issues(parsed.error)}`);
    const result = register.revoke(entry.code, { reason: parsed.data.reason, by: request.coordinator?.username ?? 'unknown', at: now() });
    if (result.outcome === 'not-found') return fail(reply, 404, `${where}: the certificate is no longer in the register`);
    if (result.outcome === 'already-revoked') {
      return fail(reply, 409, `${where}: already revoked on ${result.entry.revokedOn} (${result.entry.revokedReason ?? 'no reason given'}); nothing changed`);
    }
    return reply.header('cache-control', 'no-store').send(apiEntry(result.entry));
  });

  app.post(`${REGISTER_API}/import/moodle`, coordinator, async (request, reply) => {
    const where = `POST ${REGISTER_API}/import/moodle`;
    const type = mediaType(request.headers['content-type']);
    if (!MOODLE_MEDIA_TYPES.has(type)) {
      return fail(reply, 400, `${where}: Content-Type ${type || '(none)'} is not accepted; send the exported file itself as text/csv`);
    }
    const parsed = MoodleImportOptionsSchema.safeParse(request.query);
    if (!parsed.success) return fail(reply, 400, `${where}: ${issues(parsed.error)} (parameters: gradeColumn, passGrade, courseVersion, language, dateOrder=dmy|mdy|ymd)`);
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    try {
      const report = importMoodleCsv(bytes, parsed.data, { register, course: options.issuer.course, courseVersion: options.courseVersion, now: now() });
      if (report.added.length > 0) await options.afterRegistering();
      return reply.header('cache-control', 'no-store').send({ ...report, added: report.added.map(apiEntry) });
    } catch (error) {
      if (error instanceof MoodleFileError) return fail(reply, 400, `${where}: ${error.message}; nothing was registered`);
      throw error;
    }
  });

  const download = (reply: FastifyReply, type: string, filename: string, body: string) =>
    reply.header('content-type', type).header('content-disposition', `attachment; filename="${filename}"`).header('x-content-type-options', 'nosniff').header('cache-control', 'no-store').send(body);

  app.get(`${REGISTER_API}/entries/:code/credential.json`, viewer, async (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    const credential = credentialOfJwt(await credentialJwtOf(entry, register, options.issuer));
    return download(reply, 'application/json; charset=utf-8', `certificate-${entry.code}.json`, `${JSON.stringify(credential, null, 2)}\n`);
  });

  app.get(`${REGISTER_API}/entries/:code/credential.jwt`, viewer, async (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    return download(reply, 'application/vc+jwt', `certificate-${entry.code}.jwt`, await credentialJwtOf(entry, register, options.issuer));
  });

  app.get(`${REGISTER_API}/entries/:code/certificate.svg`, viewer, async (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    const svg = certificateSvg({
      entry,
      course: options.issuer.course,
      issuerName: options.issuer.profile.name,
      verifyUrl: options.verifyUrl(entry.code),
      credentialJwt: await credentialJwtOf(entry, register, options.issuer),
    });
    // Sandboxed even though it is ours and escaped: an SVG opened from this origin could run script.
    return download(reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox"), 'image/svg+xml; charset=utf-8', `certificate-${entry.code}.svg`, svg);
  });
}
