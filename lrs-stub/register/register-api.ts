/**
 * The register of certified mentors' API, as zod schemas: the contract between the register
 * service (lrs-stub/register/) and the dashboard's register view (lrs-stub/dashboard/).
 *
 *   GET  /register/api/entries?q=&status=&format=csv   viewer       search; CSV export
 *   GET  /register/api/entries/<code>                  viewer       one entry
 *   POST /register/api/entries/<code>/revoke           coordinator  { reason } (X-CSRF-Token)
 *   POST /register/api/import/moodle                   coordinator  text/csv body (X-CSRF-Token)
 *   GET  /register/api/entries/<code>/credential.json  viewer       the OpenBadgeCredential
 *   GET  /register/api/entries/<code>/credential.jwt   viewer       the VC-JWT (application/vc+jwt)
 *   GET  /register/api/entries/<code>/certificate.svg  viewer       the certificate image, credential baked in
 *
 * Public, no login: GET /verify (a form), GET /verify/<code> (confirms one certificate and
 * shows nothing else), GET /.well-known/jwks.json (the school's public key), GET
 * /register/status/<list> (the Bitstring Status List credential, VC-JWT).
 */
import { z } from 'zod';

export const REGISTER_API = '/register/api';

/** Verification codes: 12 characters of Crockford base32 in groups of four, e.g. 7K3M-Q9XD-2HPA. */
export const VerificationCodeSchema = z
  .string()
  .transform((code) => code.trim().toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{12}$/, { error: 'a verification code is 12 letters and digits, like 7K3M-Q9XD-2HPA' }))
  .transform((code) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`);

export const RegisterEntrySchema = z.object({
  code: z.string(),
  /** As the learner or the LMS gave it: shown as text, never as markup. */
  name: z.string(),
  /** The email address or the LMS account the certificate was earned under. */
  identifier: z.string(),
  identifierType: z.enum(['emailAddress', 'accountId', 'name']),
  /** The day the certificate was awarded (YYYY-MM-DD). */
  awardedOn: z.string(),
  language: z.string(),
  courseVersion: z.string(),
  source: z.enum(['lrs', 'moodle-csv']),
  status: z.enum(['active', 'revoked']),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export const RegisterQuerySchema = z.strictObject({
  /** Matches name, identifier or code, case-insensitively, anywhere. */
  q: z.string().max(200).optional(),
  status: z.enum(['active', 'revoked', 'all']).default('all'),
  format: z.enum(['json', 'csv']).optional(),
});

export const RegisterListSchema = z.object({
  entries: z.array(RegisterEntrySchema),
  /** All entries matching, of which at most 500 are sent (newest first). */
  total: z.number().int(),
  truncated: z.boolean(),
});

export const RevokeBodySchema = z.strictObject({ reason: z.string().trim().min(3, { error: 'say why the certificate is revoked (at least 3 characters)' }).max(500) });

/** The answer to a Moodle CSV import: what was added, and every row that could not be. */
export const MoodleImportReportSchema = z.object({
  rows: z.number().int(),
  added: z.array(RegisterEntrySchema),
  /** Rows of learners already in the register (same identifier and course version). */
  alreadyRegistered: z.number().int(),
  /** Rows not added, each with its line in the file and why. */
  unmatched: z.array(z.object({ line: z.number().int(), reason: z.string(), row: z.record(z.string(), z.string()) })),
});

export type RegisterList = z.infer<typeof RegisterListSchema>;
export type MoodleImportReport = z.infer<typeof MoodleImportReportSchema>;
