/**
 * One font face embedded in a PDF as a subset: only the glyphs the document shows, as a
 * composite (Type0 / CIDFontType2) font with Identity-H encoding, so a glyph is addressed by its
 * id and any script works, Arabic contextual forms included (which have no character code of
 * their own). A ToUnicode map gives each glyph back the characters it stands for, so text can
 * be searched, copied and read aloud.
 *
 * Why not pdf-lib's `embedFont`: it lays text out itself, without the direction and the glyph
 * positions (marks over letters, Arabic dots) our bidi layout needs, and it cannot take glyph
 * ids. pdf-lib still writes the objects; this file says what goes in them (PDF 1.7, 9.7).
 */
import type { PDFDocument, PDFRef } from 'pdf-lib';
import { PDFHexString, PDFString } from 'pdf-lib';
import type { FontFace } from './font-faces.ts';

/** A glyph as fontkit's layout returns it. */
export interface FontkitGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
  /** The outline in font units, y up. */
  path: { commands: ReadonlyArray<{ command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] }> };
}

export interface FontkitPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The part of a fontkit font (TrueType, `@pdf-lib/fontkit` 1.1.1) this module and the layout use. */
export interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
  /** fontkit's typings omit the last three parameters; its layout engine takes them. */
  layout(text: string, features?: string[], script?: string, language?: string, direction?: 'ltr' | 'rtl'): { glyphs: FontkitGlyph[]; positions: FontkitPosition[] };
  createSubset(): FontkitSubset;
}

interface FontkitSubset {
  includeGlyph(glyph: number): number;
  /** The original glyph ids, in subset order (fontkit 1.1.1; pushed to directly for duplicates). */
  glyphs: number[];
  encodeStream(): { on(event: 'data', listener: (chunk: Uint8Array) => void): void; on(event: 'end', listener: () => void): void };
}

/** Flag 4 (Symbolic): the glyphs are not in the standard Latin set, as for every CID font. */
const SYMBOLIC = 4;

export class EmbeddedFont {
  readonly face: FontFace;
  readonly font: FontkitFont;
  /** The Type0 font object, known before the subset is written so pages can name it. */
  readonly ref: PDFRef;
  /** Prefix of the subset font's name, six capital letters (PDF 1.7, 9.6.4). */
  private readonly tag: string;
  private readonly subset: FontkitSubset;
  /** Subset id by original glyph id and the text it stands for. */
  private readonly subsetIds = new Map<string, number>();
  private readonly text = new Map<number, string>();
  private readonly advances: number[] = [];

  constructor(doc: PDFDocument, face: FontFace, font: FontkitFont, index: number) {
    this.face = face;
    this.font = font;
    this.ref = doc.context.nextRef();
    this.tag = subsetTag(index);
    this.subset = font.createSubset();
    this.advances[0] = 0;
  }

  /** The subset's id for a glyph the layout chose, adding the glyph on first use. */
  glyphId(glyph: FontkitGlyph): number {
    const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
    let id = this.subsetIds.get(key);
    if (id === undefined) {
      // One glyph can stand for different text: Noto draws ر and ز with the same skeleton (the
      // dot is a glyph of its own), and e alone or under the diaeresis of ë. ToUnicode maps a
      // glyph to one text, so each further meaning gets its own copy of the glyph in the subset.
      const first = this.subset.glyphs.length;
      id = this.subset.includeGlyph(glyph.id);
      if (id < first) {
        this.subset.glyphs.push(glyph.id);
        id = this.subset.glyphs.length - 1;
      }
      this.subsetIds.set(key, id);
      this.advances[id] = glyph.advanceWidth;
      // Glyphs that stand for no character are drawn as outlines (pdf-writer.ts), never through here.
      this.text.set(id, String.fromCodePoint(...glyph.codePoints));
    }
    return id;
  }

  /** Glyph ids as a PDF string for `Tj` (Identity-H: two bytes per glyph). */
  encode(ids: readonly number[]): PDFHexString {
    return PDFHexString.of(ids.map((id) => id.toString(16).padStart(4, '0')).join(''));
  }

  /** Writes the subset and its dictionaries into the document (once, after the last glyph was used). */
  async finish(doc: PDFDocument): Promise<void> {
    const { context } = doc;
    const bytes = await encodeSubset(this.subset);
    const scale = 1000 / this.font.unitsPerEm;
    const units = (value: number) => Math.round(value * scale);
    const name = `${this.tag}+${this.font.postscriptName.replace(/[^\x21-\x7E]|[()<>[\]{}/%#]/g, '')}`;
    const fontFile = context.register(context.flateStream(bytes, { Length1: bytes.length }));
    const { bbox } = this.font;
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: name,
        Flags: SYMBOLIC,
        FontBBox: [units(bbox.minX), units(bbox.minY), units(bbox.maxX), units(bbox.maxY)],
        ItalicAngle: 0,
        Ascent: units(this.font.ascent),
        Descent: units(this.font.descent),
        CapHeight: units(this.font.capHeight || this.font.ascent),
        StemV: this.face.weight === 'bold' ? 140 : 80,
        FontFile2: fontFile,
      }),
    );
    const widths = Array.from({ length: this.advances.length }, (_, id) => units(this.advances[id] ?? 0));
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: name,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: [0, widths],
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = context.register(context.flateStream(toUnicodeCMap(this.text)));
    context.assign(
      this.ref,
      context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
    );
  }
}

function subsetTag(index: number): string {
  let tag = '';
  for (let n = index, i = 0; i < 6; i++, n = Math.floor(n / 26)) tag = String.fromCharCode(65 + (n % 26)) + tag;
  return tag;
}

function encodeSubset(subset: FontkitSubset): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    const stream = subset.encodeStream();
    stream.on('data', (chunk) => parts.push(chunk));
    stream.on('end', () => {
      const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
      resolve(bytes);
    });
  });
}

const hex4 = (value: number) => value.toString(16).toUpperCase().padStart(4, '0');
/** UTF-16BE as hex, which is how a CMap writes destination text. */
const utf16Hex = (text: string) => Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join('');

/** The ToUnicode CMap (Adobe technical note 5411): glyph id -> text, at most 100 entries a block. */
export function toUnicodeCMap(text: ReadonlyMap<number, string>): string {
  const entries = [...text].sort(([a], [b]) => a - b).map(([id, chars]) => `<${hex4(id)}> <${utf16Hex(chars)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
