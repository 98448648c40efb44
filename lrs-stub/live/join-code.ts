/**
 * The join code of a live session, like KMP-7RX: what a facilitator puts on the projector and
 * reads out, and what participants type into their phones to join. It only has to tell apart
 * the sessions running at the same time, for a few hours, so six characters are enough: 21^6 is
 * about 86 million codes. Guessing one would let a stranger vote and write to the wall (which
 * the facilitator moderates), so the join route must rate-limit attempts per address.
 *
 * The alphabet drops every character that looks like another on a projector or a phone's
 * keyboard: 0/O (and Q, whose tail vanishes at low resolution), 1/I/L, 2/Z, 5/S, 8/B, U/V,
 * and G, which reads as 6. What is left reads aloud without a second guess in the course's
 * languages (en, nl, nb) except the rhyming pairs every alphabet has (M/N, D/T): the code is
 * on the screen while it is read, and dropping every rhyme would leave too few characters.
 */
import { z } from 'zod';

export const JOIN_CODE_ALPHABET = '34679ACDEFHJKMNPRTWXY';
const LENGTH = 6;
/** Longer input is not a code someone typed; refused before any work is done on it. */
const MAX_TYPED = 32;

const CHARACTER = `[${JOIN_CODE_ALPHABET}]`;
const CANONICAL = new RegExp(`^${CHARACTER}{3}-${CHARACTER}{3}$`);
const COMPACT = new RegExp(`^${CHARACTER}{${LENGTH}}$`);

/** A join code in its canonical form: two groups of three, upper case, joined by a dash. */
export const JoinCodeSchema = z.string().regex(CANONICAL, { error: 'a join code is six letters and digits, like KMP-7RX' });
export type JoinCode = z.infer<typeof JoinCodeSchema>;

/**
 * A fresh random code. Bytes of 252 or more are drawn again (252 = 12 × 21), so every character
 * is equally likely; the store refuses a code already in use by a running session and the routes
 * draw again. Web Crypto, not node:crypto, so this file's schema loads in a browser too.
 */
export function newJoinCode(): JoinCode {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = '';
  while (code.length < LENGTH) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(LENGTH * 2))) {
      if (byte < limit && code.length < LENGTH) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return grouped(code);
}

/**
 * The canonical form of a code as someone typed it, or undefined when it cannot be one. Phones
 * capitalise, insert spaces and turn a hyphen into an en dash, so case, white space and any dash
 * are forgiven; a look-alike (O for 0) is not guessed at, since neither is in the alphabet.
 */
export function normalizeJoinCode(typed: string): JoinCode | undefined {
  if (typed.length > MAX_TYPED) return undefined;
  const compact = typed.replace(/[\s\p{Pd}\u2212]/gu, '').toUpperCase();
  return COMPACT.test(compact) ? grouped(compact) : undefined;
}

function grouped(compact: string): JoinCode {
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}
