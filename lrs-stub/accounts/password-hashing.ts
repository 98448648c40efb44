/**
 * Coordinators' passwords, hashed with argon2id through @node-rs/argon2 (prebuilt N-API
 * binaries per platform, installed as optional dependencies: no compiler and no install script,
 * which the repository's allowScripts policy would otherwise have to approve).
 *
 * Parameters are OWASP's Password Storage Cheat Sheet minimum for argon2id: 19 MiB of memory,
 * 2 iterations, 1 lane (40 ms per hash measured on the 2-core dev machine). The parameters travel
 * inside each PHC string, so raising them later still verifies old hashes.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';

export const ARGON2ID_OPTIONS = {
  // Algorithm is a const enum, which verbatimModuleSyntax cannot inline: 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** False for a wrong password and for anything that is not an argon2 PHC string. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Does the work of a verification that must fail: a login for an unknown or disabled user
 * verifies against this hash, so it takes as long as a real one and timing does not tell
 * which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('workmentor-dummy-password-never-matches');
  await verifyPassword(await dummy, password);
  return false;
}

/** The two checks a login makes, as one object so a test can count the argon2 work done. */
export interface PasswordChecks {
  verify(phc: string, password: string): Promise<boolean>;
  verifyDummy(password: string): Promise<false>;
}

export const ARGON2_CHECKS: PasswordChecks = { verify: verifyPassword, verifyDummy: verifyAgainstDummy };
