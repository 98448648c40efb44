/**
 * The register's revocation list as verifiers fetch it: one Bitstring Status List (131,072
 * entries; the register has one list, id 1) whose set bits are the revoked entries, signed by
 * the school as a BitstringStatusListCredential. Built from the register itself each time a
 * revocation changed it, so the served list can never disagree with the register; between
 * revocations the signed list is reused.
 */
import type { RegisterStore } from '../register-store.ts';
import type { IssuerProfile } from './certificate-input.ts';
import type { IssuerKey } from './issuer-key.ts';
import { BitstringStatusList, issueStatusListCredential } from './status-list.ts';

export const STATUS_LIST_ID = '1';

export interface StatusListPublisher {
  /** The status list credential as a VC-JWT reflecting every revocation so far. */
  jwt(): Promise<string>;
}

export function statusListPublisher(options: { store: RegisterStore; issuer: IssuerProfile; key: IssuerKey; url: string; now?: () => Date }): StatusListPublisher {
  let cached: { revision: number; jwt: Promise<string> } | undefined;
  return {
    jwt() {
      const revision = options.store.statusRevision();
      if (cached?.revision !== revision) {
        const list = new BitstringStatusList();
        for (const index of options.store.revokedIndexes()) list.set(index, true);
        const signed = issueStatusListCredential({ list, url: options.url, issuer: options.issuer, key: options.key, now: options.now?.() ?? new Date() }).then((issued) => issued.jwt);
        cached = { revision, jwt: signed };
        // A failed signing is not cached: the next request tries again.
        signed.catch(() => {
          if (cached?.jwt === signed) cached = undefined;
        });
      }
      return cached.jwt;
    },
  };
}
