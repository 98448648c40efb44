/**
 * What the register gives the learner back, through the LRS they already use:
 *
 * - an Agent Profile document (REGISTERED_CERTIFICATE_PROFILE_ID) for every entry that came
 *   from the learner's own statements, which the xAPI and cmi5 packages read with their own
 *   credentials to link the certificate page to the register (components/src/tracking/
 *   registered-certificate.ts); rewritten when the entry is revoked;
 * - GET /verify/<code>/certificate.svg, public like the verification page: the certificate
 *   image with the signed credential baked in, the Open Badge the learner keeps. The code is
 *   60 random bits and already the credential's id, so it opens nothing more than it names.
 */
import type { FastifyInstance } from 'fastify';
import { REGISTERED_CERTIFICATE_PROFILE_ID } from '../../components/src/tracking/xapi/xapi-vocabulary.ts';
import { errorBody } from '../http/errors.ts';
import type { LrsStore } from '../store/store.ts';
import { etagOf } from '../xapi/documents.ts';
import { certificateSvg } from './credentials/certificate-svg.ts';
import { type CredentialIssuer, credentialJwtOf } from './credentials/entry-credential.ts';
import type { StoredEntry, RegisterStore } from './register-store.ts';
import { normalizeVerificationCode } from './verification-code.ts';

export interface LearnerLinkOptions {
  store: LrsStore;
  register: RegisterStore;
  issuer: CredentialIssuer;
  /** The public base URL, without a trailing slash. */
  base: string;
}

export const learnerCertificatePath = (code: string) => `/verify/${code}/certificate.svg`;

/** The document a learner's package reads (RegisteredCertificateLinkSchema). */
export function learnerLink(entry: StoredEntry, base: string) {
  return {
    code: entry.code,
    verifyUrl: `${base}/verify/${entry.code}`,
    credentialUrl: `${base}${learnerCertificatePath(entry.code)}`,
    awardedOn: entry.awardedOn,
    status: entry.status,
  };
}

/** Writes every LRS entry's Agent Profile document that is missing or out of date; returns how many were written. */
export async function publishLearnerLinks(options: LearnerLinkOptions): Promise<number> {
  const { store, register, base } = options;
  const entries = register.search({ status: 'all' }).entries.filter((e): e is StoredEntry & { lrsAgent: string } => e.lrsAgent !== null);
  const changed: { agent: string; content: Buffer }[] = [];
  for (const entry of entries) {
    const content = Buffer.from(JSON.stringify(learnerLink(entry, base)));
    const current = store.documents.get({ kind: 'agent-profile', activityId: '', agent: entry.lrsAgent, registration: '' }, REGISTERED_CERTIFICATE_PROFILE_ID);
    if (!current || !current.content.equals(content)) changed.push({ agent: entry.lrsAgent, content });
  }
  if (changed.length === 0) return 0;
  await store.idle();
  const updated = new Date().toISOString();
  store.transaction(() => {
    for (const { agent, content } of changed) {
      store.documents.put({ kind: 'agent-profile', activityId: '', agent, registration: '' }, { id: REGISTERED_CERTIFICATE_PROFILE_ID, contentType: 'application/json', content, etag: etagOf(content), updated });
    }
  });
  await store.sync();
  return changed.length;
}

export function mountLearnerCertificate(app: FastifyInstance, options: LearnerLinkOptions): void {
  app.get('/verify/:code/certificate.svg', async (request, reply) => {
    const code = normalizeVerificationCode((request.params as { code: string }).code);
    const entry = code ? options.register.get(code) : undefined;
    if (!entry || entry.status !== 'active') {
      return reply.code(404).send(errorBody(404, 'no active certificate has this code; check it on /verify'));
    }
    const svg = certificateSvg({
      entry,
      course: options.issuer.course,
      issuerName: options.issuer.profile.name,
      verifyUrl: `${options.base}/verify/${entry.code}`,
      credentialJwt: await credentialJwtOf(entry, options.register, options.issuer),
    });
    return reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="certificate-${entry.code}.svg"`)
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(svg);
  });
}
