/**
 * The learner's certificate as the school's register holds it, when the LRS has one: the
 * register (lrs-stub/register/) writes it as an xAPI Agent Profile document for the learner
 * (REGISTERED_CERTIFICATE_PROFILE_ID), and the xAPI and cmi5 packages read it with the same
 * credentials they send statements with, so the certificate page can link to the registered,
 * signed credential instead of the code made in the browser. No new endpoint, no new secret.
 *
 * Both URLs come from outside the package: only http(s) URLs pass, so a document planted with
 * a `javascript:` link can never become a link the learner clicks.
 */
import * as z from 'zod/mini';

const webUrl = z.url({ protocol: /^https?$/ });

export const RegisteredCertificateLinkSchema = z.object({
  /** The register's verification code, e.g. 7K3M-Q9XD-2HPA. */
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The public page that confirms the certificate. */
  verifyUrl: webUrl,
  /** The Open Badges 3.0 credential (JSON) the learner can keep or add to a wallet. */
  credentialUrl: webUrl,
  /** YYYY-MM-DD. */
  awardedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  status: z._default(z.enum(['active', 'revoked']), 'active'),
});
export type RegisteredCertificateLink = z.infer<typeof RegisteredCertificateLinkSchema>;

/** The document's content as the LRS gave it, or undefined when it is not a registered certificate. */
export function readRegisteredCertificate(document: unknown): RegisteredCertificateLink | undefined {
  const parsed = RegisteredCertificateLinkSchema.safeParse(document);
  return parsed.success ? parsed.data : undefined;
}
