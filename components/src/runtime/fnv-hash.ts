/**
 * FNV-1a hashes over UTF-16 code units: tiny, fast, deterministic in every browser and in Node.
 * Used for resume-state fingerprints and verification codes, which only need to tell
 * structures and learners apart, never to resist an attacker (nothing here is a secret).
 */

/** 32-bit FNV-1a as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** 64-bit FNV-1a as an unsigned bigint. */
export function fnv1a64(text: string): bigint {
  let hash = FNV64_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV64_PRIME) & MASK64;
  }
  return hash;
}
