/**
 * Sets a shaped paragraph in lines, and fits it into a box: first it wraps (at spaces and after
 * hyphens; a word longer than the line is broken between letters), then, when the lines are
 * more than the box holds, it shrinks the type step by step down to a smallest size, and only
 * then cuts the text with an ellipsis. So "Ingrid Marie Ørbæk-Christiansen Haugland" wraps onto
 * two lines at the full size, and a 10,000-character name still ends inside the page.
 *
 * Each line's runs come out in drawing order (bidi rule L2 per line, after breaking, as UAX #9
 * requires), with spaces at the ends of lines dropped.
 */
import { visualOrder } from './bidi-text.ts';
import type { Piece, ShapedParagraph, ShapedRun } from './shaped-paragraph.ts';

export interface TextLine {
  /** Runs in drawing order, left to right. */
  runs: readonly ShapedRun[];
  /** Width in points at `size`. */
  width: number;
  size: number;
  /** The line's text in reading order (for tagged PDF and tests). */
  text: string;
  /** The pieces it was set from, in reading order. */
  pieces: readonly Piece[];
}

export interface FitOptions {
  maxWidth: number;
  /** Most lines the box holds. Default: as many as `maxHeight` holds. */
  maxLines?: number;
  /** Height of the box: from the top of the first line to the baseline of the last. */
  maxHeight?: number;
  /** Distance between baselines, as a multiple of the size (with `maxHeight`). Default 1.25. */
  leading?: number;
  /** Largest size, tried first. */
  size: number;
  /** Smallest size; below it the text is cut with an ellipsis instead. Default: `size`. */
  minSize?: number;
  /** Step between sizes tried. Default: 1 point. */
  step?: number;
}

export interface FittedText {
  lines: TextLine[];
  size: number;
  /** True when the text did not fit even at the smallest size and was cut. */
  truncated: boolean;
}

const ELLIPSIS = '\u2026';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Breaks the paragraph into lines no wider than `maxWidth` at `size` (unless one letter is
 * wider). With `limit`, stops after `limit + 1` lines: enough to know the text does not fit.
 */
export async function breakLines(paragraph: ShapedParagraph, size: number, maxWidth: number, limit = Infinity): Promise<TextLine[]> {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let width = 0;
  let spaces: Piece[] = [];
  for (const piece of paragraph.pieces) {
    if (lines.length > limit) break;
    if (piece.kind === 'space') {
      if (line.length > 0) spaces.push(piece);
      continue;
    }
    const spaceWidth = spaces.reduce((sum, space) => sum + space.em * size, 0);
    if (line.length > 0 && width + spaceWidth + piece.em * size <= maxWidth) {
      line.push(...spaces, piece);
      width += spaceWidth + piece.em * size;
    } else {
      if (line.length > 0) lines.push(line);
      const parts = piece.em * size > maxWidth ? await splitPiece(paragraph, piece, maxWidth / size, limit + 1 - lines.length) : [piece];
      const rest = parts.pop()!;
      for (const part of parts) lines.push([part]);
      line = [rest];
      width = rest.em * size;
    }
    spaces = [];
  }
  if (line.length > 0) lines.push(line);
  return lines.slice(0, limit + 1).map((pieces) => toLine(paragraph, pieces, size));
}

/** Wraps, then shrinks, then cuts: the largest size at which the text fits `maxLines` lines. */
export async function fitText(paragraph: ShapedParagraph, options: FitOptions): Promise<FittedText> {
  const { maxWidth, size, minSize = size, step = 1 } = options;
  // No line holds more than its width of letters: a quick lower bound on the lines needed,
  // so sizes that cannot fit are skipped without breaking (a 10,000-letter name skips them all).
  const letters = paragraph.pieces.reduce((sum, piece) => sum + (piece.kind === 'word' ? piece.em : 0), 0);
  for (let current = size; current >= minSize - 1e-9; current -= step) {
    const fit = linesThatFit(options, current);
    if (Math.ceil((letters * current) / maxWidth - 1e-9) > fit) continue;
    const lines = await breakLines(paragraph, current, maxWidth, fit);
    if (lines.length <= fit) return { lines, size: current, truncated: false };
  }
  const fit = linesThatFit(options, minSize);
  const lines = (await breakLines(paragraph, minSize, maxWidth, fit)).slice(0, fit);
  lines[lines.length - 1] = await withEllipsis(paragraph, lines[lines.length - 1]!, minSize, maxWidth);
  return { lines, size: minSize, truncated: true };
}

/** How many lines of `size` the box holds: `maxLines`, or what `maxHeight` leaves room for, at least one. */
export function linesThatFit({ maxLines = Infinity, maxHeight, leading = 1.25 }: FitOptions, size: number): number {
  const byHeight = maxHeight === undefined ? Infinity : Math.floor((maxHeight - size) / (size * leading) + 1e-9) + 1;
  return Math.max(1, Math.min(maxLines, byHeight));
}

/**
 * Splits a word wider than a line into parts of at most `maxEm` each, at letter (grapheme)
 * boundaries, at least one letter a part; the last part is what is left for the next line.
 * Widths are estimated from the glyphs shaped once for the whole word; each part is then shaped
 * on its own (its letters may join differently at the cut) and checked. At most `limit` parts
 * are made before the rest is left whole: lines past the box are never drawn.
 */
async function splitPiece(paragraph: ShapedParagraph, piece: Piece, maxEm: number, limit = Infinity): Promise<Piece[]> {
  const advances = advancesByOffset(piece);
  const bounds: number[] = [];
  for (const { index } of graphemes.segment(paragraph.text.slice(piece.start, piece.end))) if (index > 0) bounds.push(piece.start + index);
  bounds.push(piece.end);
  const parts: Piece[] = [];
  let from = piece.start;
  let b = 0;
  while (from < piece.end && parts.length < limit) {
    // The furthest boundary whose estimated width still fits, at least one letter.
    let em = 0;
    let at = from;
    let cut = b;
    for (let i = b; i < bounds.length; i++) {
      for (; at < bounds[i]!; at++) em += advances.get(at) ?? 0;
      if (em > maxEm && i > b) break;
      cut = i;
    }
    if (bounds[cut] === piece.end) break;
    let head = await paragraph.reshape(from, bounds[cut]!);
    while (head.em > maxEm && cut > b) head = await paragraph.reshape(from, bounds[--cut]!);
    parts.push(head);
    from = bounds[cut]!;
    b = cut + 1;
  }
  parts.push(from === piece.start ? piece : await paragraph.reshape(from, piece.end));
  return parts;
}

/** Each glyph's advance, in ems, credited to the text offset of the first character it shows. */
function advancesByOffset(piece: Piece): Map<number, number> {
  const advances = new Map<number, number>();
  let offset = piece.start;
  for (const run of piece.runs) {
    const indices = run.glyphs.map((_, i) => i);
    if (run.level % 2 === 1) indices.reverse();
    const upem = run.font.font.unitsPerEm;
    for (const i of indices) {
      advances.set(offset, (advances.get(offset) ?? 0) + run.positions[i]!.xAdvance / upem);
      for (const codePoint of run.glyphs[i]!.codePoints) offset += codePoint > 0xffff ? 2 : 1;
    }
    offset = Math.max(offset, piece.start + run.text.length);
  }
  return advances;
}

/** The line shortened until it ends in "…" within `maxWidth`. */
async function withEllipsis(paragraph: ShapedParagraph, line: TextLine, size: number, maxWidth: number): Promise<TextLine> {
  const ellipsis = await paragraph.shapeExtra(ELLIPSIS);
  const room = maxWidth - ellipsis.em * size;
  const pieces = [...line.pieces];
  let width = line.width;
  while (pieces.length > 0 && (width > room || pieces.at(-1)!.kind === 'space')) {
    const last = pieces.pop()!;
    width -= last.em * size;
    if (last.kind === 'word' && pieces.length === 0) {
      // The only word is too wide: keep as many of its letters as fit.
      const [head] = await splitPiece(paragraph, last, room / size, 1);
      if (head && head !== last && head.em * size <= room) pieces.push(head);
    }
  }
  return toLine(paragraph, [...pieces, ellipsis], size);
}

function toLine(paragraph: ShapedParagraph, pieces: readonly Piece[], size: number): TextLine {
  const runs = visualOrder(pieces.flatMap((piece) => piece.runs));
  return {
    runs,
    pieces,
    width: runs.reduce((sum, run) => sum + run.em * size, 0),
    size,
    text: pieces.map((piece) => piece.runs.map((run) => run.text).join('')).join(''),
  };
}
