/**
 * The Unicode bidirectional algorithm (UAX #9) for the PDF layout, through `bidi-js` (a small,
 * dependency-free implementation that passes the Unicode conformance tests). It resolves each
 * character's embedding level (even: left to right, odd: right to left) and mirrors brackets in
 * right-to-left text; `visualOrder` then puts the runs of one line in the order they are drawn.
 *
 * A name like "Dr. محمد Smith" has three runs: "Dr. " (level 0), "محمد" (level 1) and
 * " Smith" (level 0); drawn left to right they read "Dr. دمحم Smith", the Arabic letters
 * right to left inside their run, as a reader of either script expects.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl' | 'auto';

export interface BidiParagraph {
  /** The text with brackets mirrored where they are right to left, ready to be shaped. */
  text: string;
  /** The embedding level of each UTF-16 code unit of `text`. */
  levels: Uint8Array;
  /** The paragraph's own level: 0 (left to right) or 1 (right to left). */
  baseLevel: number;
}

/**
 * Levels and mirrored brackets for one paragraph. `auto` takes the direction of the first
 * strong letter (rule P2), like `dir="auto"` in HTML, so "محمد الحسن" is a right-to-left
 * paragraph and "Dr. محمد" a left-to-right one.
 */
export function analyseBidi(text: string, direction: Direction = 'auto'): BidiParagraph {
  const embedding = bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels);
  let shaped = text;
  if (mirrored.size > 0) {
    const units = text.split('');
    for (const [index, char] of mirrored) units[index] = char;
    shaped = units.join('');
  }
  return { text: shaped, levels: embedding.levels, baseLevel: embedding.paragraphs[0]?.level ?? 0 };
}

/**
 * The runs of one line in drawing order, left to right (rule L2): from the highest level down to
 * the lowest odd one, every maximal sequence of runs at that level or above is reversed. The
 * glyphs inside a right-to-left run are already in drawing order (shaped right to left).
 */
export function visualOrder<T extends { level: number }>(runs: readonly T[]): T[] {
  const order = [...runs];
  if (order.length < 2) return order;
  const levels = order.map((run) => run.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; i++) {
      if (order[i]!.level < level) continue;
      let end = i;
      while (end + 1 < order.length && order[end + 1]!.level >= level) end++;
      order.splice(i, end - i + 1, ...order.slice(i, end + 1).reverse());
      i = end;
    }
  }
  return order;
}
