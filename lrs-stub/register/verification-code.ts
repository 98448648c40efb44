/**
 * The register's verification codes, like 7K3M-Q9XD-2HPA: what a mentor prints on a CV and an
 * employer types into /verify. Twelve characters of Crockford base 32 are 60 bits drawn from
 * crypto.randomBytes, so a code says nothing about the mentor and cannot be guessed or
 * enumerated (at a million lookups a second, finding one of 10,000 certificates would take
 * about 3,600 years). The course's own code (WM-XXXX-XXXX-X, components/src/runtime/
 * verification-code.ts) is derived from the learner id and date, which is fine for a lookup
 * key in the LMS but not for a public page, so the register never accepts it there.
 *
 * Reading a code back is forgiving the way Crockford base 32 is meant to be: any case,
 * spaces, missing or extra dashes, and O, I and L read as 0, 1 and 1.
 */
import { randomBytes } from 'node:crypto';
import { VerificationCodeSchema } from './register-api.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/** A fresh random code in its canonical form (XXXX-XXXX-XXXX). */
export function newVerificationCode(): string {
  // 8 random bytes give 64 bits; 12 characters of 5 bits use 60 of them, each character
  // exactly uniform (no modulo bias).
  let bits = randomBytes(8).readBigUInt64BE();
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) {
    code += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** The canonical form of a code as someone typed it, or undefined when it cannot be one. */
export function normalizeVerificationCode(typed: string): string | undefined {
  if (typed.length > 64) return undefined;
  const read = typed.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  const parsed = VerificationCodeSchema.safeParse(read);
  return parsed.success ? parsed.data : undefined;
}

/** The code without dashes, lower case: how search matches a code typed any way. */
export function compactCode(code: string): string {
  return code.replace(/-/g, '').toLowerCase();
}
