/**
 * What the register hands over when it asks for a credential: one certified mentor's
 * certificate and the school that certifies them. Both come from outside this folder (the
 * register's store, the school's configuration), so they are zod schemas validated on the way
 * in: a malformed date or a negative status index must stop issuing, not end up signed.
 */
import { z } from 'zod';

/** The OB 3.0 IdentifierTypeEnum values the register can hold for a learner. */
export const LearnerIdentityTypeSchema = z.enum(['emailAddress', 'accountId', 'name']);

export const LearnerIdentitySchema = z.object({
  identityType: LearnerIdentityTypeSchema,
  /** The value in the clear, exactly as the register keeps it; only its salted hash is issued. */
  identity: z.string().min(1),
});

export const RegisteredCertificateSchema = z.object({
  /** How the learner is recognised: hashed, never issued in the clear. */
  identities: z.array(LearnerIdentitySchema).min(1),
  /**
   * Kept with the certificate so a re-issued credential hashes the same way, and handed to the
   * learner so they can show that a hash is theirs. 16 bytes or more of randomness, base64url.
   */
  salt: z.string().min(22),
  /** When the mentor was certified: the credential's validFrom. */
  awardedOn: z.iso.datetime({ offset: true }),
  /** When the certification lapses, if it does. */
  validUntil: z.iso.datetime({ offset: true }).optional(),
  /** BCP 47 tag of the language the certificate was earned in; the achievement texts are in it. */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/),
  course: z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    version: z.string().min(1),
    title: z.string().min(1),
    description: z.string().min(1),
    /** How the certificate is earned, in the course's language (OB 3.0 Criteria.narrative). */
    criteriaNarrative: z.string().min(1),
  }),
  /**
   * The short code printed on the certificate. The credential's id is the register's look-up URL
   * for it, so the id dereferences to a page that says whether the certificate still stands.
   */
  verificationCode: z.string().regex(/^[A-Z0-9-]{6,32}$/),
  /** This certificate's bit in the revocation status list. */
  statusIndex: z.number().int().nonnegative(),
});
export type RegisteredCertificate = z.infer<typeof RegisteredCertificateSchema>;

export const IssuerProfileSchema = z.object({
  /** The school's URL; the achievement ids and the public key's well-known address hang off it. */
  id: z.url({ protocol: /^https?$/ }),
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
  email: z.email().optional(),
});
export type IssuerProfile = z.infer<typeof IssuerProfileSchema>;

export const RegisterUrlsSchema = z.object({
  /** Where the status list credential is served (BitstringStatusListEntry.statusListCredential). */
  statusListCredential: z.url({ protocol: /^https?$/ }),
  /** Base of the public look-up page; the verification code is appended. */
  verification: z.url({ protocol: /^https?$/ }),
});
export type RegisterUrls = z.infer<typeof RegisterUrlsSchema>;
