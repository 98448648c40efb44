import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, seededRandom, shuffled } from './seeded-random.ts';

describe('seeded random', () => {
  it('gives the same sequence for the same seed', () => {
    const a = seededRandom('attempt-1:q1');
    const b = seededRandom('attempt-1:q1');
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
  });

  it('gives a different sequence for a different seed', () => {
    const a = Array.from({ length: 5 }, seededRandom('attempt-1:q1'));
    const b = Array.from({ length: 5 }, seededRandom('attempt-2:q1'));
    expect(b).not.toEqual(a);
  });

  it('stays within [0, 1) and spreads evenly', () => {
    const random = mulberry32(42);
    const values = Array.from({ length: 10_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = Array.from({ length: 10 }, () => 0);
    for (const x of values) buckets[Math.floor(x * 10)]! += 1;
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });

  it('hashes strings to unsigned 32-bit numbers that differ for near-identical texts', () => {
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hashString('item-1')).toBe(hashString('item-1'));
    for (const text of ['', 'x', 'een lange tekst met æøå']) {
      const h = hashString(text);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
  });

  it('shuffles a copy without losing or repeating items', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const out = shuffled(items, seededRandom('s'));
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...out].sort()).toEqual(items);
  });

  it('produces every ordering of three items across seeds', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) seen.add(shuffled(['a', 'b', 'c'], seededRandom(`seed-${i}`)).join(''));
    expect(seen.size).toBe(6);
  });
});
