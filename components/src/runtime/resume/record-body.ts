/**
 * The body of one activity's record in a format-2 state:
 *
 *   textCount (gamma)  textLength (12 bits) × textCount  fields (one mixed-radix number)
 *
 * Activity codecs (dialogue-codec.ts ...) only say which digits and texts a detail is made of;
 * this file frames them. Text lengths come first and do not depend on the activity, so a
 * reader can step over the texts of a record it cannot use (an activity that was removed) and
 * still find everyone else's. The texts themselves are stored raw after the whole structure
 * (see resume-codec.ts), so they cost exactly their length in characters, whatever they hold.
 *
 * A text length takes 12 bits whatever the field's `maxLength`: limits are not in the
 * fingerprints (an author may raise one without dropping anyone's answers), so the width may
 * only depend on what the schema allows (`maxLength` ≤ 4000).
 */
import type { BitReader, BitWriter } from './bit-stream.ts';
import { gammaLength, widthOf } from './bit-stream.ts';
import { CorruptState } from './corrupt-state.ts';
import { RadixReader, RadixWriter } from './mixed-radix.ts';

/** Bits of a text's length. */
export const TEXT_LENGTH_BITS = 12;
/** The longest text a state holds (the schema allows `maxLength` up to 4000). */
export const MAX_TEXT_LENGTH = 2 ** TEXT_LENGTH_BITS - 1;

/** Radix of an optional whole percentage: none, or 0 to 100. */
const OPTIONAL_SCORE = 102;

/** Named parts of a body, for the cost table (resume-cost.ts). */
export type CostTally = (part: string, bits: number) => void;

export class BodyWriter {
  readonly texts: string[] = [];
  private readonly digits = new RadixWriter();
  private label = 'fields';
  private readonly tally: CostTally | undefined;

  constructor(tally?: CostTally) {
    this.tally = tally;
  }

  /** Names the part the next digits belong to (only the cost table reads it). */
  part(label: string): this {
    this.label = label;
    return this;
  }

  digit(value: number | bigint, radix: number | bigint): this {
    this.digits.push(value, radix);
    this.tally?.(this.label, Math.log2(Number(radix)));
    return this;
  }

  flag(on: boolean): this {
    return this.digit(on ? 1 : 0, 2);
  }

  /**
   * A whole percentage or none. Every score the player computes is rounded to a whole number
   * (quiz, dialogue and sorting rules), so 0.01 precision would only cost bits.
   */
  optionalScore(score: number | undefined): this {
    return this.digit(score === undefined ? 0 : 1 + Math.round(Math.min(100, Math.max(0, score))), OPTIONAL_SCORE);
  }

  /** Learner text, stored raw after the structure; the caller has cut it to its limit. */
  text(text: string): this {
    this.texts.push(text);
    return this;
  }

  /** Bits of the field number. */
  get numberBits(): number {
    return widthOf(this.digits.possibilities);
  }

  /** Bits the whole body takes in the stream. */
  get bits(): number {
    return gammaLength(this.texts.length) + TEXT_LENGTH_BITS * this.texts.length + this.numberBits;
  }

  writeTo(out: BitWriter): void {
    out.gamma(this.texts.length);
    for (const text of this.texts) out.uint(text.length, TEXT_LENGTH_BITS);
    out.big(this.digits.number, this.numberBits);
    if (this.tally) {
      this.tally('text lengths', gammaLength(this.texts.length) + TEXT_LENGTH_BITS * this.texts.length);
      // What the field number takes beyond the sum of its digits' information.
      const information = Math.log2(Number(this.digits.possibilities));
      this.tally('rounding up to whole bits', this.numberBits - (Number.isFinite(information) ? information : this.numberBits));
    }
  }
}

/** A body as read from the stream: its text lengths and its field number. */
export interface BodyFrame {
  textLengths: number[];
  number: bigint;
  numberBits: number;
}

/** Reads the frame of a body of `bodyBits` bits; the texts are sliced later. */
export function readBodyFrame(input: BitReader, bodyBits: number): BodyFrame {
  const end = input.position + bodyBits;
  const count = input.gamma();
  if (count * TEXT_LENGTH_BITS > end - input.position) throw new CorruptState(`${count} texts cannot fit in a body of ${bodyBits} bits`);
  const textLengths = Array.from({ length: count }, () => input.uint(TEXT_LENGTH_BITS));
  const numberBits = end - input.position;
  if (numberBits < 0) throw new CorruptState('a record body is shorter than its texts');
  return { textLengths, number: input.big(numberBits), numberBits };
}

export class BodyReader {
  private readonly texts: readonly string[];
  private nextText = 0;
  private readonly digits: RadixReader;
  private readonly numberBits: number;

  constructor(texts: readonly string[], frame: Pick<BodyFrame, 'number' | 'numberBits'>) {
    this.texts = texts;
    this.digits = new RadixReader(frame.number);
    this.numberBits = frame.numberBits;
  }

  digit(radix: number | bigint): bigint {
    return this.digits.take(radix);
  }

  flag(): boolean {
    return this.digit(2) === 1n;
  }

  /** A position in a list of `size` entries. */
  index(size: number): number {
    return Number(this.digit(size));
  }

  optionalScore(): number | undefined {
    const code = Number(this.digit(OPTIONAL_SCORE));
    return code === 0 ? undefined : code - 1;
  }

  /**
   * Whether the body holds digits beyond those read so far. Digits a later player appends to a
   * record (an extension) at least double the number of possibilities, so they always take at
   * least one more bit: a body without them ends exactly where its last digit does.
   */
  more(): boolean {
    return widthOf(this.digits.possibilities) < this.numberBits;
  }

  text(): string {
    const text = this.texts[this.nextText];
    if (text === undefined) throw new CorruptState('the record names more texts than it holds');
    this.nextText += 1;
    return text;
  }

  /** Throws unless the body was read exactly: every text, every digit, in the width it was written with. */
  finish(): void {
    if (this.nextText !== this.texts.length) throw new CorruptState(`it holds ${this.texts.length} texts, its fields name ${this.nextText}`);
    if (!this.digits.exhausted || widthOf(this.digits.possibilities) !== this.numberBits) {
      throw new CorruptState('its fields do not match the activity (another structure, or damage)');
    }
  }
}
