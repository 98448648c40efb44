/**
 * A register entry as an Open Badges credential: the bridge between the register's rows and
 * issue-credential.ts. The achievement is described in the language the certificate was
 * earned in (falling back to the course's source language), the learner is named by the
 * identifier the certificate was earned under and by name, both hashed with the entry's salt,
 * and the credential's id is the entry's public verification page.
 *
 * Issued once, when the entry is registered, and kept: the credential a mentor downloads next
 * year is the one issued today, even if the school's name or the course texts change since.
 */
import { courseTexts, type RegisterCourse } from '../register-course.ts';
import { messagesFor } from '../register-language.ts';
import type { RegisterStore, StoredEntry } from '../register-store.ts';
import type { IssuerProfile, RegisteredCertificate, RegisterUrls } from './certificate-input.ts';
import { type IssuedCredential, issueCredential } from './issue-credential.ts';
import type { IssuerKey } from './issuer-key.ts';
import type { OpenBadgeCredential } from './open-badge-credential.ts';

/** Everything that issues the school's credentials. */
export interface CredentialIssuer {
  profile: IssuerProfile;
  urls: RegisterUrls;
  key: IssuerKey;
  course: RegisterCourse;
}

export function certificateOf(entry: StoredEntry, course: RegisterCourse): RegisteredCertificate {
  const texts = courseTexts(course, entry.language);
  const identities: RegisteredCertificate['identities'] = [{ identityType: entry.identifierType, identity: entry.identifier }];
  if (entry.name !== '' && entry.identifierType !== 'name') identities.push({ identityType: 'name', identity: entry.name });
  return {
    identities,
    salt: entry.salt,
    awardedOn: entry.awardedAt,
    language: texts.language,
    course: {
      id: course.id,
      version: entry.courseVersion,
      title: texts.title,
      description: texts.description,
      criteriaNarrative: messagesFor(texts.language).criteria,
    },
    verificationCode: entry.code,
    statusIndex: entry.statusIndex,
  };
}

export function issueEntryCredential(entry: StoredEntry, issuer: CredentialIssuer): Promise<IssuedCredential> {
  return issueCredential({ certificate: certificateOf(entry, issuer.course), issuer: issuer.profile, urls: issuer.urls, key: issuer.key });
}

/** The entry's VC-JWT: the one kept, or issued (and kept) now if it has none yet. */
export async function credentialJwtOf(entry: StoredEntry, store: RegisterStore, issuer: CredentialIssuer): Promise<string> {
  if (entry.credentialJwt !== null) return entry.credentialJwt;
  const { jwt } = await issueEntryCredential(entry, issuer);
  // Two callers may issue at once; the first one kept wins, so every download matches.
  if (!store.setCredential(entry.code, jwt)) return store.get(entry.code)?.credentialJwt ?? jwt;
  return jwt;
}

/**
 * Issues the credentials of every entry that has none (new entries; ones a crash interrupted).
 * One entry that cannot be issued does not hold up the others; the failures are thrown
 * together at the end, naming the entries, and those entries are tried again next time.
 */
export async function issuePendingCredentials(store: RegisterStore, issuer: CredentialIssuer): Promise<number> {
  let issued = 0;
  const failures: string[] = [];
  for (const entry of store.withoutCredential()) {
    try {
      await credentialJwtOf(entry, store, issuer);
      issued += 1;
    } catch (error) {
      failures.push(`${entry.code}: ${(error as Error).message}`);
    }
  }
  if (failures.length > 0) throw new Error(`register: could not issue the credential of ${failures.length} certificate(s): ${failures.join('; ')}`);
  return issued;
}

/** The credential inside a VC-JWT we issued (its payload is the credential itself). */
export function credentialOfJwt(jwt: string): OpenBadgeCredential {
  const payload = jwt.split('.')[1];
  if (payload === undefined) throw new Error('credential: not a compact JWS');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OpenBadgeCredential;
}
