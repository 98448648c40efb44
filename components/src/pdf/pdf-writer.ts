/**
 * Writes the course's PDFs (the certificate, the portfolio of evidence) with pdf-lib: pages,
 * text set with the embedded Noto fonts (font-set.ts) and laid out with bidi, shaping and line
 * fitting (shaped-paragraph.ts, line-breaking.ts), rules and frames, tags for assistive
 * technology (structure-tree.ts), and the document's title and language.
 *
 * pdf-lib, fontkit and the font files load only when a learner asks for a PDF: everything under
 * components/src/pdf is reached through a dynamic `import()` and stays out of the launch bundle.
 *
 * Text is drawn glyph by glyph where the layout moved a glyph (a mark over its letter, kerning,
 * an Arabic dot) and as one string where it did not, so the file stays small and exact.
 * Coordinates are PDF points (1/72 inch) from the bottom-left corner.
 */
import {
  appendBezierCurve,
  beginText,
  closePath,
  endText,
  lineTo,
  moveTo,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  stroke,
  fill,
  TextRenderingMode,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { Direction } from './bidi-text.ts';
import type { EmbeddedFont, FontkitGlyph } from './embedded-font.ts';
import type { FontWeight } from './font-faces.ts';
import { FontSet, type FontLoader } from './font-set.ts';
import { fitText, type FitOptions, type FittedText, type TextLine } from './line-breaking.ts';
import { shapeParagraph, type ShapedParagraph } from './shaped-paragraph.ts';
import { StructureTree, type StructureElement, type StructureType } from './structure-tree.ts';

/** RGB, each 0-1. */
export type PdfColor = readonly [number, number, number];
/** `start` and `end` follow the paragraph's direction: `start` is the right edge for Arabic. */
export type Align = 'left' | 'center' | 'right' | 'start' | 'end';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

export interface PdfWriterOptions {
  /** Shown in the viewer's title bar. */
  title: string;
  /** BCP 47 language of the document's text (`en`, `nl`, `nb`). */
  lang: string;
  author?: string;
  subject?: string;
  /** Reads font files (default: `fetch`). */
  load?: FontLoader;
}

export interface ShapeStyle {
  weight?: FontWeight;
  direction?: Direction;
}

export interface DrawOptions {
  /** The box's left edge and width; lines are aligned inside it. */
  x: number;
  width: number;
  /** Baseline of the first line. */
  y: number;
  /** Distance between baselines, as a multiple of the size. Default 1.25. */
  leading?: number;
  align?: Align;
  color?: PdfColor;
  /** The paragraph's direction (from `shape`), for `start` and `end`. */
  baseLevel?: number;
  /** The structure element the lines belong to, or `artifact` for decoration. */
  tag: StructureElement | 'artifact';
}

const BLACK: PdfColor = [0, 0, 0];
/** Stroke width of synthetic bold, as a share of the size. */
const SYNTHETIC_BOLD = 0.03;

export class PdfWriter {
  readonly doc: PDFDocument;
  readonly fonts: FontSet;
  readonly tags: StructureTree;
  private readonly fontNames = new WeakMap<PDFPage, Map<EmbeddedFont, PDFName>>();

  private constructor(doc: PDFDocument, load: FontLoader | undefined) {
    this.doc = doc;
    this.fonts = new FontSet(doc, load ? { load } : {});
    this.tags = new StructureTree(doc);
  }

  static async create({ title, lang, author, subject, load }: PdfWriterOptions): Promise<PdfWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setTitle(title, { showInWindowTitleBar: true });
    doc.setLanguage(lang);
    if (author) doc.setAuthor(author);
    if (subject) doc.setSubject(subject);
    doc.setCreator('WORKMENTOR');
    doc.setProducer('workmentor with pdf-lib');
    doc.setCreationDate(new Date());
    return new PdfWriter(doc, load);
  }

  addPage({ width, height }: { width: number; height: number }): PDFPage {
    return this.doc.addPage([width, height]);
  }

  /** Shapes one paragraph (see shaped-paragraph.ts), fetching the fonts it needs. */
  shape(text: string, { weight = 'regular', direction = 'auto' }: ShapeStyle = {}): Promise<ShapedParagraph> {
    return shapeParagraph(this.fonts, text, { weight, direction });
  }

  /** Shapes and fits a paragraph into a box (see line-breaking.ts). */
  async fit(text: string, options: FitOptions & ShapeStyle): Promise<FittedText & { baseLevel: number; missing: readonly string[] }> {
    const paragraph = await this.shape(text, options);
    return { ...(await fitText(paragraph, options)), baseLevel: paragraph.baseLevel, missing: paragraph.missing };
  }

  /** A structure element for a block of text (its reading-order text is what a screen reader says). */
  tag(type: StructureType, text: string): StructureElement {
    return this.tags.element(type, text);
  }

  /** Draws lines top to bottom; returns the baseline after the last line. */
  drawLines(page: PDFPage, lines: readonly TextLine[], { x, width, y, leading = 1.25, align = 'left', color = BLACK, baseLevel = 0, tag }: DrawOptions): number {
    const ops: PDFOperator[] = [tag === 'artifact' ? this.tags.artifact() : this.tags.begin(tag, page), pushGraphicsState(), setFillingRgbColor(...color), setStrokingRgbColor(...color)];
    let baseline = y;
    for (const line of lines) {
      const side = align === 'start' ? (baseLevel % 2 ? 'right' : 'left') : align === 'end' ? (baseLevel % 2 ? 'left' : 'right') : align;
      let pen = side === 'left' ? x : side === 'right' ? x + width - line.width : x + (width - line.width) / 2;
      for (const run of line.runs) pen = this.drawRun(page, ops, run, pen, baseline, line.size);
      baseline -= line.size * leading;
    }
    ops.push(popGraphicsState(), this.tags.end());
    page.pushOperators(...ops);
    return baseline;
  }

  /** A rectangle outline (decoration). */
  frame(page: PDFPage, { x, y, width, height, lineWidth, color }: { x: number; y: number; width: number; height: number; lineWidth: number; color: PdfColor }): void {
    page.pushOperators(this.tags.artifact(), pushGraphicsState(), setLineWidth(lineWidth), setStrokingRgbColor(...color), rectangle(x, y, width, height), stroke(), popGraphicsState(), this.tags.end());
  }

  /** A filled rectangle (decoration), such as a bar behind a score. */
  box(page: PDFPage, { x, y, width, height, color }: { x: number; y: number; width: number; height: number; color: PdfColor }): void {
    page.pushOperators(this.tags.artifact(), pushGraphicsState(), setFillingRgbColor(...color), moveTo(x, y), lineTo(x + width, y), lineTo(x + width, y + height), lineTo(x, y + height), closePath(), fill(), popGraphicsState(), this.tags.end());
  }

  /** A straight rule (decoration). */
  rule(page: PDFPage, x1: number, y1: number, x2: number, y2: number, { lineWidth = 0.75, color = BLACK }: { lineWidth?: number; color?: PdfColor } = {}): void {
    page.pushOperators(this.tags.artifact(), pushGraphicsState(), setLineWidth(lineWidth), setStrokingRgbColor(...color), moveTo(x1, y1), lineTo(x2, y2), stroke(), popGraphicsState(), this.tags.end());
  }

  /** The finished file: font subsets and tags written, then the document. */
  async save(): Promise<Uint8Array> {
    await this.fonts.finish();
    this.tags.finish();
    return this.doc.save();
  }

  private drawRun(page: PDFPage, ops: PDFOperator[], run: TextLine['runs'][number], start: number, baseline: number, size: number): number {
    const { font } = run;
    const scale = size / font.font.unitsPerEm;
    const bold = font.face.syntheticBold;
    ops.push(beginText(), setFontAndSize(this.fontName(page, font), size), setTextRenderingMode(bold ? TextRenderingMode.FillAndOutline : TextRenderingMode.Fill));
    if (bold) ops.push(setLineWidth(size * SYNTHETIC_BOLD));
    let pen = start;
    /** Outlines of glyphs that stand for no character, filled after the text object. */
    const outlines: PDFOperator[] = [];
    let group: number[] = [];
    let groupX = pen;
    const flush = () => {
      if (group.length === 0) return;
      ops.push(setTextMatrix(1, 0, 0, 1, groupX, baseline), showText(font.encode(group)));
      group = [];
    };
    run.glyphs.forEach((glyph, i) => {
      const position = run.positions[i]!;
      if (glyph.codePoints.length === 0) {
        // Noto splits the dots off Arabic letters (ccmp) into glyphs of no character. Shown as
        // text they would need a ToUnicode entry, and an empty one makes readers extract the
        // glyph id as a control character; as outlines they look the same and extract as nothing.
        flush();
        outlines.push(...outline(glyph, pen + position.xOffset * scale, baseline + position.yOffset * scale, scale));
        pen += position.xAdvance * scale;
        return;
      }
      const id = font.glyphId(glyph);
      // The viewer advances by the glyph's own width: glyphs the layout did not move can share one string.
      if (position.xOffset === 0 && position.yOffset === 0 && position.xAdvance === glyph.advanceWidth) {
        if (group.length === 0) groupX = pen;
        group.push(id);
      } else {
        flush();
        ops.push(setTextMatrix(1, 0, 0, 1, pen + position.xOffset * scale, baseline + position.yOffset * scale), showText(font.encode([id])));
      }
      pen += position.xAdvance * scale;
    });
    flush();
    ops.push(endText(), ...outlines);
    return pen;
  }

  private fontName(page: PDFPage, font: EmbeddedFont): PDFName {
    let names = this.fontNames.get(page);
    if (!names) this.fontNames.set(page, (names = new Map()));
    let name = names.get(font);
    if (!name) names.set(font, (name = page.node.newFontDictionary(`${font.face.range}-${font.face.weight}`, font.ref)));
    return name;
  }
}

/** A glyph's outline as a filled path at (x, y), quadratic curves raised to cubic ones. */
function outline(glyph: FontkitGlyph, x: number, y: number, scale: number): PDFOperator[] {
  const ops: PDFOperator[] = [];
  const px = (value: number) => x + value * scale;
  const py = (value: number) => y + value * scale;
  let cx = 0;
  let cy = 0;
  for (const { command, args } of glyph.path.commands) {
    if (command === 'moveTo' || command === 'lineTo') {
      [cx, cy] = args as [number, number];
      ops.push((command === 'moveTo' ? moveTo : lineTo)(px(cx), py(cy)));
    } else if (command === 'quadraticCurveTo') {
      const [qx, qy, ex, ey] = args as [number, number, number, number];
      ops.push(appendBezierCurve(px(cx + (2 / 3) * (qx - cx)), py(cy + (2 / 3) * (qy - cy)), px(ex + (2 / 3) * (qx - ex)), py(ey + (2 / 3) * (qy - ey)), px(ex), py(ey)));
      [cx, cy] = [ex, ey];
    } else if (command === 'bezierCurveTo') {
      const [x1, y1, x2, y2, ex, ey] = args as [number, number, number, number, number, number];
      ops.push(appendBezierCurve(px(x1), py(y1), px(x2), py(y2), px(ex), py(ey)));
      [cx, cy] = [ex, ey];
    } else {
      ops.push(closePath());
    }
  }
  if (ops.length > 0) ops.push(fill());
  return ops;
}
