/**
 * The structure of a format-2 resume state as a stream of bits, most significant first, 14 to
 * a character of the state alphabet (state-alphabet.ts); the last character is padded with
 * zero bits. Fields are exact-width: a value with `n` possibilities takes ceil(log2 n) bits,
 * known to the reader from the course structure, so the stream needs no separators.
 *
 * Two variable-length codes for the few numbers without a known bound:
 * - `gamma(n)`: Elias gamma of n + 1, 2·floor(log2(n + 1)) + 1 bits (0 takes one bit);
 * - `expGolomb(n, k)`: k low bits after the gamma of n >> k, for lengths that are usually a
 *   few dozen to a few hundred bits (a record's body).
 * The reader never trusts the stream: running past the end or meeting a character outside
 * the alphabet throws `CorruptState`, which the record layer catches.
 */
import { CorruptState } from './corrupt-state.ts';
import { BITS_PER_CHAR, stateChar, stateValueAt } from './state-alphabet.ts';

/** Bits a number of this many possibilities takes (0 for one possibility). */
export function widthOf(possibilities: number | bigint): number {
  return bitLength(BigInt(possibilities) - 1n);
}

/** Bits needed to write `value` (0 for 0). */
export function bitLength(value: bigint): number {
  return value <= 0n ? 0 : value.toString(2).length;
}

/** Bits `gamma(n)` takes. */
export const gammaLength = (n: number): number => 2 * Math.floor(Math.log2(n + 1)) + 1;

export class BitWriter {
  private readonly bits: number[] = [];

  get length(): number {
    return this.bits.length;
  }

  /** `value` in exactly `width` bits (width ≤ 32). */
  uint(value: number, width: number): this {
    for (let i = width - 1; i >= 0; i -= 1) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }

  flag(on: boolean): this {
    this.bits.push(on ? 1 : 0);
    return this;
  }

  /** `value` in exactly `width` bits, any width. */
  big(value: bigint, width: number): this {
    const binary = value.toString(2);
    for (let i = binary.length; i < width; i += 1) this.bits.push(0);
    for (const digit of binary.slice(Math.max(0, binary.length - width))) this.bits.push(digit === '1' ? 1 : 0);
    return this;
  }

  gamma(n: number): this {
    const width = Math.floor(Math.log2(n + 1)) + 1;
    return this.uint(0, width - 1).uint(n + 1, width);
  }

  expGolomb(n: number, k: number): this {
    return this.gamma(Math.floor(n / 2 ** k)).uint(n % 2 ** k, k);
  }

  append(other: BitWriter): this {
    for (const bit of other.bits) this.bits.push(bit);
    return this;
  }

  /** The bits as state characters, the last one padded with zeros. */
  toChars(): string {
    let out = '';
    for (let start = 0; start < this.bits.length; start += BITS_PER_CHAR) {
      let value = 0;
      for (let i = 0; i < BITS_PER_CHAR; i += 1) value = value * 2 + (this.bits[start + i] ?? 0);
      out += stateChar(value);
    }
    return out;
  }
}

export class BitReader {
  private readonly text: string;
  private bit = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** Bits read so far. */
  get position(): number {
    return this.bit;
  }

  /** Characters the bits read so far occupy (the last one may be partly padding). */
  get charsUsed(): number {
    return Math.ceil(this.bit / BITS_PER_CHAR);
  }

  private next(): number {
    const value = stateValueAt(this.text, Math.floor(this.bit / BITS_PER_CHAR));
    const shift = BITS_PER_CHAR - 1 - (this.bit % BITS_PER_CHAR);
    this.bit += 1;
    return (value >> shift) & 1;
  }

  uint(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i += 1) value = value * 2 + this.next();
    return value;
  }

  flag(): boolean {
    return this.next() === 1;
  }

  big(width: number): bigint {
    let binary = '0';
    for (let i = 0; i < width; i += 1) binary += this.next();
    return BigInt(`0b${binary}`);
  }

  /** An index into a list of `size` entries, in the list's exact width. */
  index(size: number, what: string): number {
    const value = this.uint(widthOf(size));
    if (value >= size) throw new CorruptState(`${what} ${value} does not exist (there are ${size})`);
    return value;
  }

  gamma(): number {
    let zeros = 0;
    while (!this.flag()) {
      zeros += 1;
      // No count in a state comes near 2^31: a longer run is damage, not a number.
      if (zeros > 30) throw new CorruptState(`a number at bit ${this.bit} is too long`);
    }
    return 2 ** zeros + this.uint(zeros) - 1;
  }

  expGolomb(k: number): number {
    return this.gamma() * 2 ** k + this.uint(k);
  }

  /** Moves to bit `position` (to skip a record's body). */
  seek(position: number): void {
    this.bit = position;
  }
}
