/**
 * The learner as an Open Badges 3.0 IdentityObject with `hashed: true`: a credential travels
 * (wallets, e-mails, LinkedIn), and a mentor's name or e-mail address in it would travel too.
 * Only sha256 over the identity followed by a per-certificate salt is issued; whoever holds the
 * value and the salt (the mentor, or a verifier reading the printed certificate) can check that
 * the credential is about them, and nobody can read it back or match it across certificates.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { LearnerIdentitySchema } from './certificate-input.ts';

export interface HashedIdentityObject {
  type: 'IdentityObject';
  identityType: z.infer<typeof LearnerIdentitySchema>['identityType'];
  hashed: true;
  /** `sha256$` and the lowercase hex digest, the form Open Badges has used since 1.0. */
  identityHash: string;
  salt: string;
}

export function hashIdentity(
  identity: z.infer<typeof LearnerIdentitySchema>,
  salt: string,
): HashedIdentityObject {
  // Hashed exactly as given (UTF-8, no trimming or case folding): the register decides the
  // canonical form once, so the hash a verifier recomputes from the same text always matches.
  const digest = createHash('sha256').update(identity.identity + salt, 'utf8').digest('hex');
  return { type: 'IdentityObject', identityType: identity.identityType, hashed: true, identityHash: `sha256$${digest}`, salt };
}
