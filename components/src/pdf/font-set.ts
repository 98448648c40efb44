/**
 * The fonts of one PDF: which face shows which character (font fallback per character, by the
 * faces' script ranges), fetching a face's file the first time a character needs it, and
 * embedding each face used as a subset when the document is finished. A certificate in Dutch
 * for "Jan Peeters" fetches two small Latin files; a name in Arabic adds the Arabic file.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { EmbeddedFont, type FontkitFont, type FontkitGlyph } from './embedded-font.ts';
import { FONT_FACES, UNICODE_RANGES, type FontFace, type FontWeight } from './font-faces.ts';
import { useOutlineSubsets } from './glyph-outlines.ts';

/** Reads a font file: `fetch` in the browser, the file system in Node tests. */
export type FontLoader = (url: URL) => Promise<Uint8Array>;

export const fetchFont: FontLoader = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not fetch the font ${url.pathname.split('/').pop()}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

type Ranges = ReadonlyArray<readonly [number, number]>;

/** CSS `unicode-range` syntax (`U+0000-00FF,U+0131`) as sorted [first, last] pairs. */
export function parseUnicodeRange(spec: string): Ranges {
  return spec
    .split(',')
    .map((part) => {
      const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(first!, 16), parseInt(last!, 16)] as const;
    })
    .sort((a, b) => a[0] - b[0]);
}

const RANGES = new Map<string, Ranges>(Object.entries(UNICODE_RANGES).map(([name, spec]) => [name, parseUnicodeRange(spec)]));

/** Whether `face`'s file has `codePoint`, by its script range. */
export function faceCovers(face: FontFace, codePoint: number): boolean {
  return (RANGES.get(face.range) ?? []).some(([first, last]) => codePoint >= first && codePoint <= last);
}

export interface FontSetOptions {
  load?: FontLoader;
  faces?: readonly FontFace[];
}

export class FontSet {
  private readonly doc: PDFDocument;
  private readonly load: FontLoader;
  private readonly faces: readonly FontFace[];
  private readonly fonts = new Map<string, Promise<FontkitFont>>();
  private readonly embedded = new Map<FontFace, EmbeddedFont>();

  constructor(doc: PDFDocument, { load = fetchFont, faces = FONT_FACES }: FontSetOptions = {}) {
    this.doc = doc;
    this.load = load;
    this.faces = faces;
  }

  /** The first face of `weight` that has the character, or undefined when no face has it. */
  faceFor(codePoint: number, weight: FontWeight): FontFace | undefined {
    return this.faces.find((face) => face.weight === weight && faceCovers(face, codePoint));
  }

  /** Fetches and parses the faces not loaded yet (each file once, even when two faces share it). */
  async ensure(faces: Iterable<FontFace>): Promise<void> {
    await Promise.all(
      [...new Set(faces)].filter((face) => !this.embedded.has(face)).map(async (face) => {
        const font = await this.fontkitFont(face.url);
        if (!this.embedded.has(face)) this.embedded.set(face, new EmbeddedFont(this.doc, face, font, this.embedded.size));
      }),
    );
  }

  /** A face `ensure` loaded. */
  get(face: FontFace): EmbeddedFont {
    const font = this.embedded.get(face);
    if (!font) throw new Error(`The ${face.range} ${face.weight} font was not loaded first.`);
    return font;
  }

  /** Writes the subsets of every face used. */
  async finish(): Promise<void> {
    for (const font of this.embedded.values()) await font.finish(this.doc);
  }

  private fontkitFont(url: URL): Promise<FontkitFont> {
    const key = url.href;
    let font = this.fonts.get(key);
    if (!font) {
      font = this.load(url).then((bytes) => {
        const parsed = fontkit.create(bytes) as unknown as FontkitFont;
        useOutlineSubsets(parsed);
        keepCodePointsPerUse(parsed);
        return parsed;
      });
      // A failed fetch is not remembered: the next download tries again.
      font.catch(() => this.fonts.delete(key));
      this.fonts.set(key, font);
    }
    return font;
  }
}

/**
 * fontkit keeps one glyph object per glyph id, with the code points of its first use, and its
 * layout hands out those objects: after "Noël", every later e would claim to be ë, and after
 * "ز" every ر to be ز. The layout knows the right code points of each use; this makes the
 * glyphs it returns carry them (a view on the shared glyph, so outlines and metrics stay cached).
 */
function keepCodePointsPerUse(font: FontkitFont): void {
  const shared = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []): FontkitGlyph => {
    const glyph = shared(id, codePoints);
    if (glyph.codePoints.length === codePoints.length && glyph.codePoints.every((c, i) => c === codePoints[i])) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints } }) as FontkitGlyph;
  };
}
