/**
 * Turns one registered certificate into what the mentor takes away: the Open Badges 3.0
 * credential (JSON, for display and for the register) and the same credential secured as a
 * VC-JWT (what wallets import and verifiers check). Everything a verifier needs is inside:
 * the school as issuer, the course's achievement in the language it was earned in, the
 * hashed learner, the validity period and where to look the revocation bit up.
 */
import {
  type IssuerProfile,
  IssuerProfileSchema,
  type RegisteredCertificate,
  RegisteredCertificateSchema,
  type RegisterUrls,
  RegisterUrlsSchema,
} from './certificate-input.ts';
import { hashIdentity } from './hashed-identity.ts';
import type { IssuerKey } from './issuer-key.ts';
import { OB_V3_CONTEXT, type OpenBadgeCredential, VC_V2_CONTEXT } from './open-badge-credential.ts';
import { statusListEntry } from './status-list.ts';
import { signVcJwt } from './vc-jwt.ts';

export interface IssueCredentialOptions {
  certificate: RegisteredCertificate;
  issuer: IssuerProfile;
  urls: RegisterUrls;
  key: IssuerKey;
}

export interface IssuedCredential {
  credential: OpenBadgeCredential;
  /** Compact JWS; media type application/vc+jwt. */
  jwt: string;
}

export async function issueCredential(options: IssueCredentialOptions): Promise<IssuedCredential> {
  const credential = buildCredential(options);
  return { credential, jwt: await signVcJwt(credential, options.key) };
}

export function buildCredential(options: Omit<IssueCredentialOptions, 'key'>): OpenBadgeCredential {
  // The register's rows and the school's settings come from outside: checked here, once, so
  // nothing malformed is ever signed.
  const certificate = RegisteredCertificateSchema.parse(options.certificate);
  const issuer = IssuerProfileSchema.parse(options.issuer);
  const urls = RegisterUrlsSchema.parse(options.urls);
  const { course } = certificate;
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: lookUpUrl(urls.verification, certificate.verificationCode),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: course.title,
    issuer: {
      id: issuer.id,
      type: ['Profile'],
      name: issuer.name,
      ...(issuer.url === undefined ? {} : { url: issuer.url }),
      ...(issuer.email === undefined ? {} : { email: issuer.email }),
    },
    validFrom: certificate.awardedOn,
    ...(certificate.validUntil === undefined ? {} : { validUntil: certificate.validUntil }),
    awardedDate: certificate.awardedOn,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: certificate.identities.map((identity) => hashIdentity(identity, certificate.salt)),
      achievement: {
        // One id per course version, whatever the language: the translations describe the same
        // achievement, and inLanguage says which one this credential carries.
        id: achievementId(issuer.id, course.id, course.version),
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: course.title,
        description: course.description,
        criteria: { narrative: course.criteriaNarrative },
        inLanguage: certificate.language,
        version: course.version,
      },
    },
    credentialStatus: statusListEntry(urls.statusListCredential, certificate.statusIndex),
  };
}

function lookUpUrl(base: string, code: string): string {
  return new URL(encodeURIComponent(code), base.endsWith('/') ? base : `${base}/`).href;
}

function achievementId(issuerId: string, courseId: string, version: string): string {
  const base = issuerId.endsWith('/') ? issuerId : `${issuerId}/`;
  return new URL(`achievements/${encodeURIComponent(courseId)}/${encodeURIComponent(version)}`, base).href;
}
