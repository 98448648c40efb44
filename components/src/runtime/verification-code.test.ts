import { describe, expect, it } from 'vitest';
import { isValidVerificationCode, normalizeVerificationCode, verificationCode } from './verification-code.ts';

const input = { courseId: 'workmentor', version: '1.0.0', learnerId: 'learner-42', issuedOn: '2025-06-30' };
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('verification code', () => {
  it('is short, readable and the same every time for the same certificate', () => {
    const code = verificationCode(input);
    expect(code).toMatch(/^WM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
    expect(verificationCode({ ...input })).toBe(code);
  });

  it('differs when any input differs, including where one field ends and the next begins', () => {
    const codes = new Set([
      verificationCode(input),
      verificationCode({ ...input, courseId: 'other' }),
      verificationCode({ ...input, version: '1.0.1' }),
      verificationCode({ ...input, learnerId: 'learner-43' }),
      verificationCode({ ...input, issuedOn: '2025-07-01' }),
      verificationCode({ ...input, courseId: 'a-b', version: 'c' }),
      verificationCode({ ...input, courseId: 'a', version: 'b-c' }),
    ]);
    expect(codes.size).toBe(7);
  });

  it('rarely collides across many learners', () => {
    const codes = new Set(Array.from({ length: 20_000 }, (_, i) => verificationCode({ ...input, learnerId: `learner-${i}` })));
    expect(codes.size).toBe(20_000);
  });

  it('accepts its own codes, also typed loosely', () => {
    const code = verificationCode(input);
    expect(isValidVerificationCode(code)).toBe(true);
    const loose = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(normalizeVerificationCode(loose)).toBe(code);
  });

  it('catches every single mistyped character and every swap of neighbours', () => {
    for (let i = 0; i < 40; i += 1) {
      const code = verificationCode({ ...input, learnerId: `learner-${i}` });
      const chars = code.replace(/-/g, '').slice(2).split('');
      const asCode = (c: string[]) => `WM-${c.slice(0, 4).join('')}-${c.slice(4, 8).join('')}-${c[8]}`;
      chars.forEach((original, at) => {
        for (const typo of ALPHABET) {
          if (typo === original) continue;
          const wrong = [...chars];
          wrong[at] = typo;
          expect(isValidVerificationCode(asCode(wrong)), asCode(wrong)).toBe(false);
        }
        if (at < chars.length - 1 && chars[at] !== chars[at + 1]) {
          const swapped = [...chars];
          [swapped[at], swapped[at + 1]] = [swapped[at + 1]!, swapped[at]!];
          expect(isValidVerificationCode(asCode(swapped)), asCode(swapped)).toBe(false);
        }
      });
    }
  });

  it('rejects what is not a code', () => {
    for (const text of ['', 'WM', 'WM-1234-5678', 'XX-1234-5678-9', 'WM-1234-5678-9-0', 'WM-12U4-5678-9', 'WM-1234-5678-*']) {
      expect(isValidVerificationCode(text), text).toBe(false);
    }
  });
});
