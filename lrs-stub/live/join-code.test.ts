import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JoinCodeSchema, newJoinCode, normalizeJoinCode } from './join-code.ts';
import { hashRejoinToken, newRejoinToken, sameTokenHash, TokenHashSchema } from './rejoin-token.ts';

describe('join codes', () => {
  it('leaves out every character that reads as another', () => {
    for (const ambiguous of '0O1IL2Z5S8BUVQG') expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[A-Z0-9]+$/);
  });

  it('draws codes in two groups of three, in canonical form', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newJoinCode();
      expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
      expect(JoinCodeSchema.safeParse(code).success).toBe(true);
      expect(normalizeJoinCode(code)).toBe(code);
    }
  });

  it('draws every character of the alphabet equally often, in every position', () => {
    const draws = 12_000;
    const k = JOIN_CODE_ALPHABET.length;
    const counts = Array.from({ length: 6 }, () => new Map<string, number>());
    for (let i = 0; i < draws; i += 1) {
      [...newJoinCode().replace('-', '')].forEach((character, position) => counts[position]!.set(character, (counts[position]!.get(character) ?? 0) + 1));
    }
    const expected = draws / k;
    for (const position of counts) {
      expect([...position.keys()].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
      // Pearson's chi-squared with k - 1 = 20 degrees of freedom: 80 is about p = 1e-8, so a fair
      // draw fails this about once in a hundred million positions (a test must not flake), while a
      // character drawn half or twice as often as the others gives several hundred here.
      const chiSquared = [...position.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
      expect(chiSquared).toBeLessThan(80);
    }
  });

  it('reads a code typed in lower case, with spaces or any dash', () => {
    expect(normalizeJoinCode('kmp-7rx')).toBe('KMP-7RX');
    expect(normalizeJoinCode('KMP7RX')).toBe('KMP-7RX');
    expect(normalizeJoinCode(' kmp 7rx ')).toBe('KMP-7RX');
    expect(normalizeJoinCode('K-M-P-7-R-X')).toBe('KMP-7RX');
    expect(normalizeJoinCode('kmp\u20137rx')).toBe('KMP-7RX'); // an en dash, as phones autocorrect
    expect(normalizeJoinCode('kmp\u00a07rx')).toBe('KMP-7RX'); // a no-break space
  });

  it('refuses a code of the wrong length or with characters outside the alphabet', () => {
    for (const typed of ['', 'KMP-7R', 'KMP-7RXA', 'KMP-7R0', 'KMP-7RO', 'KMP-1RX', 'SMP-7RX', 'KMP_7RX', 'KMP.7RX', 'KMP-7RÄ', `${'K'.repeat(40)}`]) {
      expect(normalizeJoinCode(typed), typed).toBeUndefined();
    }
    expect(JoinCodeSchema.safeParse('kmp-7rx').success).toBe(false);
    expect(JoinCodeSchema.safeParse('KMP7RX').success).toBe(false);
  });
});

describe('rejoin tokens', () => {
  it('keeps a SHA-256 of the token that matches only that token', () => {
    const token = newRejoinToken();
    const hash = hashRejoinToken(token);
    expect(TokenHashSchema.safeParse(hash).success).toBe(true);
    expect(hash).not.toContain(token);
    expect(sameTokenHash(hash, hashRejoinToken(token))).toBe(true);
    expect(sameTokenHash(hash, hashRejoinToken(newRejoinToken()))).toBe(false);
  });
});
