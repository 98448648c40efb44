/**
 * Format version 1 (players wrote it before format 2; LMSs hold such states): how numbers,
 * scores, fingerprints and learner text were written as characters. The reader is what the
 * player still uses to resume those states; the writer is kept so tests can make them.
 *
 * Structural tokens use 64 printable ASCII characters only, so no LMS can mangle them:
 * - an unsigned integer is written in 5-bit groups, most significant first; the last group
 *   uses `0-9a-v` and every earlier group `w-zA-Z-_`, so each number ends itself and
 *   0-31 take one character, 32-1023 two, 1024-32767 three (no separators needed);
 * - a score (percentage 0-100) is `2n` for whole numbers and `2 * round(100n) + 1` otherwise,
 *   so whole scores take at most two characters and any score at most three (kept to 0.01);
 * - learner text is its length (in UTF-16 code units, what SCORM runtimes count) followed by
 *   the text itself, raw: no escaping, so it costs its length plus one to three characters.
 */

import { clipText } from '../clip-text.ts';
import { CorruptState } from '../corrupt-state.ts';

export { clipText, CorruptState };

const FINAL = '0123456789abcdefghijklmnopqrstuv';
const MORE = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
/** All 64 structural characters, used for fixed-width fingerprints. */
export const TOKEN_ALPHABET = FINAL + MORE;

/** The largest integer the codec writes or accepts (six characters); bigger is corrupt data. */
export const MAX_UINT = 2 ** 30 - 1;

/** How many characters `uint(n)` takes. */
export function uintLength(n: number): number {
  let length = 1;
  for (let rest = n >>> 5; rest > 0; rest >>>= 5) length += 1;
  return length;
}

/** The score as the integer the codec stores (see the file comment). */
export function scoreCode(score: number): number {
  if (Number.isInteger(score) && score >= 0) return Math.min(score, MAX_UINT >>> 1) * 2;
  return Math.max(0, Math.min(Math.round(score * 100), (MAX_UINT - 1) / 2)) * 2 + 1;
}

/** A fingerprint of `width` characters from the full 64-character alphabet. */
export function fingerprintChars(hash: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i += 1) out += TOKEN_ALPHABET[(hash >>> (6 * i)) & 63];
  return out;
}

export class TokenWriter {
  private readonly parts: string[] = [];

  uint(n: number): this {
    const value = Math.max(0, Math.min(Math.floor(n), MAX_UINT));
    const groups: number[] = [];
    for (let rest = value; ; rest = Math.floor(rest / 32)) {
      groups.unshift(rest % 32);
      if (rest < 32) break;
    }
    const last = groups.length - 1;
    this.parts.push(groups.map((g, i) => (i === last ? FINAL[g] : MORE[g])).join(''));
    return this;
  }

  flags(...bits: boolean[]): this {
    return this.uint(bits.reduce((acc, bit, i) => acc | (bit ? 1 << i : 0), 0));
  }

  score(score: number): this {
    return this.uint(scoreCode(score));
  }

  text(text: string): this {
    this.uint(text.length);
    this.parts.push(text);
    return this;
  }

  /** Characters that are already structural tokens (fingerprints, nested output). */
  raw(chars: string): this {
    this.parts.push(chars);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}

export class TokenReader {
  private readonly input: string;
  private position: number;
  private readonly end: number;

  constructor(input: string, start = 0, end = input.length) {
    this.input = input;
    this.position = start;
    this.end = Math.min(end, input.length);
  }

  get offset(): number {
    return this.position;
  }

  /** Where reading stops (the end of the input or of the enclosing record). */
  get length(): number {
    return this.end;
  }

  get source(): string {
    return this.input;
  }

  get done(): boolean {
    return this.position >= this.end;
  }

  uint(): number {
    let value = 0;
    for (let length = 1; length <= 6; length += 1) {
      const c = this.char('a number');
      const final = FINAL.indexOf(c);
      if (final >= 0) return value * 32 + final;
      const more = MORE.indexOf(c);
      if (more < 0) throw new CorruptState(`unexpected character ${JSON.stringify(c)} at ${this.position - 1}`);
      value = value * 32 + more;
    }
    throw new CorruptState(`number too long at ${this.position}`);
  }

  /** Reads flags as booleans; more bits set than `count` means corrupt data. */
  flags(count: number): boolean[] {
    const value = this.uint();
    if (value >= 1 << count) throw new CorruptState(`unknown flags ${value} at ${this.position}`);
    return Array.from({ length: count }, (_, i) => (value & (1 << i)) !== 0);
  }

  /** An index into a list of `size` entries. */
  index(size: number, what: string): number {
    const i = this.uint();
    if (i >= size) throw new CorruptState(`${what} ${i} does not exist (there are ${size})`);
    return i;
  }

  /** A percentage in 0-100. */
  score(): number {
    const code = this.uint();
    const score = code % 2 === 0 ? code / 2 : (code - 1) / 2 / 100;
    if (score > 100) throw new CorruptState(`score ${score} is above 100`);
    return score;
  }

  text(): string {
    const length = this.uint();
    if (this.position + length > this.end) throw new CorruptState('text runs past the end (truncated state?)');
    const text = this.input.slice(this.position, this.position + length);
    this.position += length;
    return text;
  }

  fixed(width: number): string {
    if (this.position + width > this.end) throw new CorruptState('state ends early (truncated?)');
    const chars = this.input.slice(this.position, this.position + width);
    this.position += width;
    return chars;
  }

  /** The next character without consuming it (empty at the end). */
  peek(): string {
    return this.position < this.end ? (this.input[this.position] as string) : '';
  }

  skipTo(offset: number): void {
    this.position = Math.min(offset, this.end);
  }

  private char(what: string): string {
    if (this.position >= this.end) throw new CorruptState(`state ends early, ${what} expected (truncated?)`);
    const c = this.input[this.position] as string;
    this.position += 1;
    return c;
  }
}
