/**
 * A record's fields as one mixed-radix number: each field is a digit with its own radix (the
 * number of values it can have: 101 for a score, 3 for a true/false answer or none, 5 for a
 * choice among four or none ...), and the body stores the whole number in
 * ceil(log2(product of radices)) bits. That wastes less than one bit per record, where
 * separate bit fields waste up to one bit per field (a score in 7 bits uses 101 of 128 values).
 *
 * The first digit is the least significant, so a reader takes digits in the order they were
 * written and a radix may depend on digits read before it (a count, a presence flag).
 * Radices are bigints where they get large (every order of up to 60 quiz items: 274 bits).
 */
import { CorruptState } from './corrupt-state.ts';

export class RadixWriter {
  private value = 0n;
  private scale = 1n;

  /** Appends `digit` (0 ≤ digit < radix). */
  push(digit: number | bigint, radix: number | bigint): this {
    const d = BigInt(digit);
    const r = BigInt(radix);
    if (d < 0n || d >= r) throw new RangeError(`digit ${d} is out of range for radix ${r}`);
    this.value += d * this.scale;
    this.scale *= r;
    return this;
  }

  /** The number written so far. */
  get number(): bigint {
    return this.value;
  }

  /** The product of the radices: how many different numbers these digits could have made. */
  get possibilities(): bigint {
    return this.scale;
  }
}

export class RadixReader {
  private rest: bigint;
  private scale = 1n;

  constructor(value: bigint) {
    this.rest = value;
  }

  /** The next digit of a field with `radix` values. */
  take(radix: number | bigint): bigint {
    const r = BigInt(radix);
    if (r < 1n) throw new CorruptState(`a field with ${r} possible values`);
    const digit = this.rest % r;
    this.rest /= r;
    this.scale *= r;
    return digit;
  }

  /** Digits taken so far could have made this many numbers (the writer's `possibilities`). */
  get possibilities(): bigint {
    return this.scale;
  }

  /** Whether every digit has been taken (nothing but zeros is left). */
  get exhausted(): boolean {
    return this.rest === 0n;
  }
}
