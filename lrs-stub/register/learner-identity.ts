/**
 * Who a certificate is for, from the xAPI actor of the passing statement: the identifier the
 * register keeps and searches (and that Open Badges hashes into the credential), its type in
 * OB 3.0 terms, and the name to print. E-mail addresses are folded to lower case, as the LRS
 * folds mbox for agent equality (xapi/agent-ifi.ts), so the same learner from a Moodle export
 * (which writes what the user typed) and from statements is one entry.
 */
import type { ErasureTarget, IdentifierType } from './register-store.ts';

export interface LearnerIdentity {
  identifierType: IdentifierType;
  identifier: string;
  name: string;
}

interface XapiActor {
  objectType?: string;
  name?: unknown;
  mbox?: unknown;
  mbox_sha1sum?: unknown;
  openid?: unknown;
  account?: { homePage?: unknown; name?: unknown };
}

/** Names longer than this are cut: nobody's name is, and the certificate has one line for it. */
export const MAX_NAME_LENGTH = 200;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function cleanName(name: unknown): string {
  return typeof name === 'string' ? name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH) : '';
}

/** The learner an Agent names, or undefined for a Group or an actor without an identifier. */
export function identityOfActor(actor: XapiActor | undefined): LearnerIdentity | undefined {
  if (!actor || actor.objectType === 'Group') return undefined;
  const name = cleanName(actor.name);
  if (typeof actor.mbox === 'string' && actor.mbox.toLowerCase().startsWith('mailto:')) {
    return { identifierType: 'emailAddress', identifier: normalizeEmail(actor.mbox.slice('mailto:'.length)), name };
  }
  if (actor.account && typeof actor.account.name === 'string' && typeof actor.account.homePage === 'string') {
    // Both parts: the same account name on two LMSs is two people.
    return { identifierType: 'accountId', identifier: `${actor.account.name} @ ${actor.account.homePage}`, name };
  }
  if (typeof actor.openid === 'string') return { identifierType: 'accountId', identifier: actor.openid, name };
  if (typeof actor.mbox_sha1sum === 'string') return { identifierType: 'accountId', identifier: `mbox_sha1sum:${actor.mbox_sha1sum.toLowerCase()}`, name };
  return undefined;
}

/**
 * What to erase in the register for the learner with this IFI key (xapi/agent-ifi.ts): their
 * LRS certificates, and the ones registered under their e-mail address from elsewhere (a
 * Moodle import matches by address). An account's Moodle ID number cannot be told from an
 * xAPI account, so those entries are found through the LRS ones only.
 */
export function erasureTargetOf(ifi: string): ErasureTarget {
  const mbox = /^mbox\|mailto:(.+)$/i.exec(ifi);
  return { lrsAgent: ifi, identities: mbox ? [{ identifierType: 'emailAddress', identifier: normalizeEmail(mbox[1]!) }] : [] };
}
