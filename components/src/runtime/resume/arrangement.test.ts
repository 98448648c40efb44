import { describe, expect, it } from 'vitest';
import { arrangementCount, rankArrangement, unrankArrangement } from './arrangement.ts';
import { BitReader, BitWriter, widthOf } from './bit-stream.ts';
import { RadixReader, RadixWriter } from './mixed-radix.ts';

describe('arrangements, mixed-radix numbers and the bit stream', () => {
  it('numbers every arrangement of up to five things exactly once, shorter ones first', () => {
    for (let n = 0; n <= 5; n += 1) {
      const count = Number(arrangementCount(n));
      const seen = new Set<string>();
      for (let rank = 0; rank < count; rank += 1) {
        const picked = unrankArrangement(BigInt(rank), n);
        expect(new Set(picked).size).toBe(picked.length);
        expect(rankArrangement(picked, n)).toBe(BigInt(rank));
        seen.add(picked.join(','));
      }
      expect(seen.size).toBe(count);
      expect(() => unrankArrangement(BigInt(count), n)).toThrow();
    }
    expect(arrangementCount(8)).toBe(109_601n);
    expect(widthOf(arrangementCount(8))).toBe(17);
  });

  it('ranks the order of 60 quiz items in 274 bits', () => {
    const order = Array.from({ length: 60 }, (_, i) => (i * 7) % 60);
    expect(unrankArrangement(rankArrangement(order, 60), 60)).toEqual(order);
    expect(widthOf(arrangementCount(60))).toBe(274);
  });

  it('takes digits back in the order they were written, radices depending on earlier digits', () => {
    const out = new RadixWriter().push(2, 3).push(0, 1).push(99, 101).push(5n, 10n ** 30n);
    const input = new RadixReader(out.number);
    expect([input.take(3), input.take(1), input.take(101), input.take(10n ** 30n)]).toEqual([2n, 0n, 99n, 5n]);
    expect(input.exhausted).toBe(true);
    expect(input.possibilities).toBe(out.possibilities);
  });

  it('writes fixed-width fields and the two variable-length codes, 14 bits to a character', () => {
    const out = new BitWriter().uint(5, 4).gamma(0).gamma(1000).expGolomb(70, 6).big(2n ** 100n - 1n, 101).uint(65_535, 16);
    expect(out.length).toBe(4 + 1 + 19 + 9 + 101 + 16);
    const chars = out.toChars();
    expect(chars).toHaveLength(Math.ceil(out.length / 14));
    const input = new BitReader(chars);
    expect([input.uint(4), input.gamma(), input.gamma(), input.expGolomb(6), input.big(101), input.uint(16)]).toEqual([5, 0, 1000, 70, 2n ** 100n - 1n, 65_535]);
    expect(() => input.uint(14)).toThrow(/ends early/);
  });
});
