/**
 * A paragraph made ready to be set in lines: split into breakable pieces (words, the spaces
 * between them, and the parts of a hyphenated word), each piece into runs of one direction and
 * one font face, and each run shaped by fontkit (OpenType substitution and positioning: Arabic
 * joining forms, marks placed over their letters, kerning). Shaping happens once; setting the
 * paragraph at another size or width only scales the advances.
 *
 * Font fallback is per character: the first face whose script range has the character shows it
 * (font-set.ts). A combining mark or a joiner stays in its letter's face when that face has it,
 * so it is positioned against its letter. A character no face has is shown as U+FFFD and listed
 * in `missing`, for the caller to decide (the certificate refuses such a name and says why).
 */
import { analyseBidi, type Direction } from './bidi-text.ts';
import type { EmbeddedFont, FontkitGlyph, FontkitPosition } from './embedded-font.ts';
import type { FontFace, FontWeight } from './font-faces.ts';
import { faceCovers, type FontSet } from './font-set.ts';

/** Glyphs of one font face at one embedding level, in drawing order. */
export interface ShapedRun {
  font: EmbeddedFont;
  level: number;
  glyphs: readonly FontkitGlyph[];
  positions: readonly FontkitPosition[];
  /** Sum of the advances, in ems (multiply by the font size for points). */
  em: number;
  /** The characters the run shows, in reading (logical) order. */
  text: string;
}

/** A piece between line-break opportunities. */
export interface Piece {
  kind: 'word' | 'space';
  /** Code-unit offsets into the paragraph's text. */
  start: number;
  end: number;
  /** Runs in logical order. */
  runs: readonly ShapedRun[];
  em: number;
}

export interface ShapedParagraph {
  /** The text as given (after U+FFFD replaced what no font has). */
  text: string;
  baseLevel: number;
  pieces: readonly Piece[];
  weight: FontWeight;
  /** Characters no face has, each once, in order of appearance. */
  missing: readonly string[];
  /** Shapes any part of the paragraph again (for breaking inside a word, or an ellipsis). */
  reshape(start: number, end: number): Promise<Piece>;
  /** Shapes extra text (an ellipsis) in the paragraph's own direction. */
  shapeExtra(text: string): Promise<Piece>;
}

/** Spaces that allow a line break (no-break spaces are not here on purpose). */
const BREAKING_SPACE = /[ \t\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]/u;
/** A line may break after these, inside a word: hyphen-minus, hyphen, en dash, slash. */
const BREAK_AFTER = /[-\u2010\u2013/]/u;
/** Marks, joiners and variation selectors: shown with the character before them when they can be. */
const CLINGS = /[\p{M}\u200C\u200D\uFE00-\uFE0F]/u;
const REPLACEMENT = '\uFFFD';

export interface ShapeOptions {
  weight: FontWeight;
  direction?: Direction;
}

/** Shapes one paragraph (no line breaks inside; split text at `\n` first). */
export async function shapeParagraph(fonts: FontSet, source: string, { weight, direction = 'auto' }: ShapeOptions): Promise<ShapedParagraph> {
  const missing: string[] = [];
  const text = Array.from(source, (char) => {
    if (fonts.faceFor(char.codePointAt(0)!, weight)) return char;
    if (!missing.includes(char)) missing.push(char);
    return REPLACEMENT;
  }).join('');
  const bidi = analyseBidi(text, direction);
  const faces = assignFaces(fonts, bidi.text, weight);
  await fonts.ensure(faces.filter((face): face is FontFace => face !== undefined));

  const shapeRange = (start: number, end: number, kind: Piece['kind']): Piece => {
    const runs: ShapedRun[] = [];
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
      if (i < end && (faces[i] === undefined || (faces[i] === faces[runStart] && bidi.levels[i] === bidi.levels[runStart]))) continue;
      runs.push(shapeRun(fonts.get(faces[runStart]!), bidi.text.slice(runStart, i), text.slice(runStart, i), bidi.levels[runStart]!));
      runStart = i;
    }
    return { kind, start, end, runs, em: runs.reduce((sum, run) => sum + run.em, 0) };
  };

  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const isSpace = i < text.length && BREAKING_SPACE.test(text[i]!);
    const wasSpace = i > start && BREAKING_SPACE.test(text[start]!);
    const boundary = i === text.length || isSpace !== wasSpace || (i > start && !wasSpace && BREAK_AFTER.test(text[i - 1]!) && !BREAK_AFTER.test(text[i]!));
    if (!boundary || i === start) continue;
    pieces.push(shapeRange(start, i, wasSpace ? 'space' : 'word'));
    start = i;
  }

  return {
    text,
    baseLevel: bidi.baseLevel,
    pieces,
    weight,
    missing,
    reshape: async (from, to) => shapeRange(from, to, 'word'),
    shapeExtra: async (extra) => {
      const face = fonts.faceFor(extra.codePointAt(0)!, weight)!;
      await fonts.ensure([face]);
      const run = shapeRun(fonts.get(face), extra, extra, bidi.baseLevel);
      return { kind: 'word', start: text.length, end: text.length, runs: [run], em: run.em };
    },
  };
}

/**
 * The face of every code unit (`undefined` on the second unit of a surrogate pair, which
 * belongs to the first). Marks and joiners keep the face of the character before them.
 */
function assignFaces(fonts: FontSet, text: string, weight: FontWeight): Array<FontFace | undefined> {
  const faces = new Array<FontFace | undefined>(text.length);
  let previous: FontFace | undefined;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    const face = previous && CLINGS.test(char) && faceCovers(previous, codePoint) ? previous : fonts.faceFor(codePoint, weight);
    faces[i] = face;
    previous = face;
    if (codePoint > 0xffff) i++;
  }
  return faces;
}

function shapeRun(font: EmbeddedFont, shaped: string, text: string, level: number): ShapedRun {
  const layout = font.font.layout(shaped, [], undefined, undefined, level % 2 === 1 ? 'rtl' : 'ltr');
  const advance = layout.positions.reduce((sum, position) => sum + position.xAdvance, 0);
  return { font, level, glyphs: layout.glyphs, positions: layout.positions, em: advance / font.font.unitsPerEm, text };
}
