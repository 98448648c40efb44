/**
 * The inverse functional identifier (IFI) of an Agent or identified Group as one string, the
 * key under which statements and documents are indexed. Two actors are the same exactly when
 * their IFI keys are equal, which is how the spec defines agent equality for queries.
 */
import type { Actor } from './statement-schema.ts';

export function ifiKey(actor: Actor): string | undefined {
  if (actor.mbox !== undefined) return `mbox|${actor.mbox.toLowerCase()}`;
  if (actor.mbox_sha1sum !== undefined) return `mbox_sha1sum|${actor.mbox_sha1sum.toLowerCase()}`;
  if (actor.openid !== undefined) return `openid|${actor.openid}`;
  if (actor.account !== undefined) return `account|${actor.account.homePage}|${actor.account.name}`;
  return undefined;
}
