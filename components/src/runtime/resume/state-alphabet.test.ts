import { describe, expect, it } from 'vitest';
import { ALPHABET_START, BITS_PER_CHAR, isStateCharCode, stateChar, stateValueAt } from './state-alphabet.ts';

const every = Array.from({ length: 2 ** BITS_PER_CHAR }, (_, v) => stateChar(v));

describe('state alphabet', () => {
  it('is 16,384 assigned CJK ideographs that every Unicode normalisation and case mapping leaves alone', () => {
    const changed = every.filter((c) => c.normalize('NFC') !== c || c.normalize('NFD') !== c || c.normalize('NFKC') !== c || c.normalize('NFKD') !== c || c.toUpperCase() !== c || c.toLowerCase() !== c);
    expect(changed).toEqual([]);
    expect(every.filter((c) => !/^\p{Script=Han}$/u.test(c) || !/^\p{Lo}$/u.test(c))).toEqual([]);
    expect(every.at(-1)).toBe('\u8dff');
  });

  it('survives what LMSs do to a value: trimming, JSON, URL encoding as UTF-8, one UTF-16 unit each', () => {
    const text = every.join('');
    expect(text.length).toBe(2 ** BITS_PER_CHAR);
    expect(text.trim()).toBe(text);
    expect(JSON.parse(JSON.stringify(text))).toBe(text);
    expect(decodeURIComponent(encodeURIComponent(text))).toBe(text);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text))).toBe(text);
    expect(/^[\u0000-\uFFFF]{0,4096}$/.test(text.slice(0, 4096))).toBe(true);
  });

  it('reads values back and refuses characters outside it', () => {
    const text = every.join('');
    expect(every.every((_, i) => stateValueAt(text, i) === i)).toBe(true);
    expect(isStateCharCode(ALPHABET_START - 1)).toBe(false);
    expect(() => stateValueAt('a', 0)).toThrow(/not part of a resume state/);
    expect(() => stateValueAt('', 0)).toThrow(/ends early/);
  });
});
