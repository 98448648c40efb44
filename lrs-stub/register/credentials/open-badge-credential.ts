/**
 * The shape of the certificate credential we issue: an Open Badges 3.0 OpenBadgeCredential
 * (1EdTech OB 3.0, data model "OpenBadgeCredential", "AchievementSubject", "Achievement",
 * "Profile", "IdentityObject") on the W3C Verifiable Credentials Data Model 2.0, with its
 * revocation bit in a Bitstring Status List. Only what we emit is typed: this is output, read
 * by wallets and verifiers elsewhere, so it is built from validated input, not parsed here.
 */
import type { HashedIdentityObject } from './hashed-identity.ts';

/** VC Data Model 2.0 §4.3: this URL first, always. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** OB 3.0's context for VC 2.0 credentials (3.0.3 is the one written against VCDM 2.0). */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface IssuerProfileObject {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  email?: string;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  /** Base-10 integer as a string (Bitstring Status List §2.1). */
  statusListIndex: string;
  statusListCredential: string;
}

export interface OpenBadgeCredential {
  '@context': [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: IssuerProfileObject;
  validFrom: string;
  validUntil?: string;
  awardedDate: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    identifier: HashedIdentityObject[];
    achievement: {
      id: string;
      type: ['Achievement'];
      achievementType: 'Certificate';
      name: string;
      description: string;
      criteria: { narrative: string };
      inLanguage: string;
      version: string;
    };
  };
  credentialStatus: BitstringStatusListEntry;
}
