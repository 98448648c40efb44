/**
 * Revocation through a W3C Bitstring Status List (v1.0): every certificate owns one bit in a
 * published list; the school flips the bit to revoke, and a verifier fetches the list, never
 * asking about one certificate, so the school does not learn who is checking whom.
 *
 * That privacy holds only in a crowd, so the list is never shorter than the specification's
 * minimum of 131,072 entries (16 KiB uncompressed); all-zero bits compress to almost nothing.
 * Bit 0 is the leftmost bit of the first byte. The published form (`encodedList`) is the GZIP
 * of the bytes, base64url without padding, behind the Multibase prefix `u`.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { IssuerProfile } from './certificate-input.ts';
import type { IssuerKey } from './issuer-key.ts';
import { type BitstringStatusListEntry, VC_V2_CONTEXT } from './open-badge-credential.ts';
import { signVcJwt } from './vc-jwt.ts';

/** Bitstring Status List v1.0 §6.1 (group privacy): 16 KiB of bits at the least. */
export const MIN_STATUS_LIST_ENTRIES = 131_072;
/** A decoded list may not grow past this: a tiny `encodedList` can inflate to gigabytes. */
const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

export class BitstringStatusList {
  readonly #bytes: Uint8Array;

  constructor(entries = MIN_STATUS_LIST_ENTRIES) {
    if (!Number.isInteger(entries) || entries < MIN_STATUS_LIST_ENTRIES || entries % 8 !== 0) {
      throw new RangeError(`a status list holds a multiple of 8 entries, at least ${MIN_STATUS_LIST_ENTRIES}; got ${entries}`);
    }
    this.#bytes = new Uint8Array(entries / 8);
  }

  get entries(): number {
    return this.#bytes.length * 8;
  }

  isSet(index: number): boolean {
    const [byte, mask] = this.#locate(index);
    return (this.#bytes[byte]! & mask) !== 0;
  }

  /** Revokes (true) or reinstates (false) the certificate at `index`. */
  set(index: number, value: boolean): void {
    const [byte, mask] = this.#locate(index);
    this.#bytes[byte] = value ? this.#bytes[byte]! | mask : this.#bytes[byte]! & ~mask;
  }

  encode(): string {
    return `u${gzipSync(this.#bytes).toString('base64url')}`;
  }

  static decode(encodedList: string): BitstringStatusList {
    if (!encodedList.startsWith('u')) throw new Error('encodedList: not Multibase base64url (no "u" prefix)');
    const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: MAX_STATUS_LIST_BYTES });
    const list = new BitstringStatusList(bytes.length * 8);
    list.#bytes.set(bytes);
    return list;
  }

  #locate(index: number): [number, number] {
    if (!Number.isInteger(index) || index < 0 || index >= this.entries) {
      throw new RangeError(`status list index ${index} is outside 0..${this.entries - 1}`);
    }
    // Leftmost bit first: index 0 is the 0x80 bit of byte 0.
    return [index >> 3, 0x80 >> (index & 7)];
  }
}

/** The credentialStatus of a certificate whose bit is `index` in the list at `listUrl`. */
export function statusListEntry(listUrl: string, index: number): BitstringStatusListEntry {
  if (!Number.isInteger(index) || index < 0 || index >= MIN_STATUS_LIST_ENTRIES) {
    throw new RangeError(`status index ${index} is outside the register's list (0..${MIN_STATUS_LIST_ENTRIES - 1})`);
  }
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: listUrl,
  };
}

export interface StatusListCredential {
  '@context': [typeof VC_V2_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    encodedList: string;
  };
}

export interface StatusListCredentialOptions {
  list: BitstringStatusList;
  /** Where it is served: the statusListCredential of every entry pointing at this list. */
  url: string;
  issuer: IssuerProfile;
  key: IssuerKey;
  now?: Date;
}

/** The list as a credential of its own, signed by the school like the certificates. */
export async function issueStatusListCredential(
  options: StatusListCredentialOptions,
): Promise<{ credential: StatusListCredential; jwt: string }> {
  const credential: StatusListCredential = {
    '@context': [VC_V2_CONTEXT],
    id: options.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    // The same issuer as the certificates: a verifier refuses a list someone else signed.
    issuer: options.issuer.id,
    validFrom: (options.now ?? new Date()).toISOString(),
    credentialSubject: {
      id: `${options.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: options.list.encode(),
    },
  };
  return { credential, jwt: await signVcJwt(credential, options.key) };
}
