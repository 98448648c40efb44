/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of namespace + name), so a statement's id is
 * derived from the event it reports: sending the same event again gives the same id, and the
 * LRS stores it once. SHA-1 is written out here because `crypto.subtle` exists only in secure
 * contexts (an LMS on plain http has none) and is asynchronous; it is about 0.4 KB gzip.
 */

/** Our namespace for statement ids (a v4 UUID picked once; never change it). */
export const STATEMENT_NAMESPACE = '6f1c7a0e-2b1d-4c55-9a4e-0b8f5d2c9e31';

export function nameUuid(name: string, namespace = STATEMENT_NAMESPACE): string {
  const ns = namespace.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16));
  const hash = sha1([...ns, ...new TextEncoder().encode(name)]);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.slice(0, 16).map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SHA-1 (FIPS 180-4) of a byte list; 20 bytes. */
export function sha1(bytes: ArrayLike<number>): number[] {
  const length = bytes.length;
  const words = new Array<number>((((length + 8) >> 6) + 1) * 16).fill(0);
  for (let i = 0; i < length; i++) words[i >> 2]! |= bytes[i]! << (24 - (i % 4) * 8);
  words[length >> 2]! |= 0x80 << (24 - (length % 4) * 8);
  words[words.length - 1] = length * 8;
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      w[t] = t < 16 ? words[block + t]! : rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1);
      const f = t < 20 ? ((b & c) | (~b & d)) + 0x5a827999 : t < 40 ? (b ^ c ^ d) + 0x6ed9eba1 : t < 60 ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc : (b ^ c ^ d) + 0xca62c1d6;
      const next = (rotl(a, 5) + f + e + w[t]!) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = next;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
  }
  return h.flatMap((v) => [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]);
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
