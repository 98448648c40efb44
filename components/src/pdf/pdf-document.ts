/**
 * A very small PDF writer: one page, text in the two standard fonts Helvetica and
 * Helvetica-Bold (WinAnsiEncoding, nothing embedded), lines and rectangles. It exists so the
 * certificate can be downloaded as a PDF inside any LMS, offline, without a server.
 *
 * Why hand-written: jsPDF is about 100 KB gzipped and pdf-lib about 150 KB, while the whole
 * course runtime has a 60 KB budget; a text-only certificate needs a page, two fonts, a few
 * text runs and a border, which is this file. It is loaded with a dynamic `import()` when the
 * learner clicks "Download PDF", so it costs nothing at start.
 *
 * The output is PDF 1.4, uncompressed (a certificate's content stream is a few KB), built as
 * bytes so the cross-reference table holds true byte offsets even with non-ASCII text.
 * Characters outside WinAnsi become '?' (see win-ansi.ts). Coordinates are PDF points (1/72
 * inch) from the bottom-left corner, as in the PDF specification.
 */
import { bytesWidth } from './helvetica-widths.ts';
import { encodeWinAnsi } from './win-ansi.ts';

export type PdfFont = 'regular' | 'bold';
/** RGB, each 0-1. */
export type PdfColor = readonly [number, number, number];

/** A4 landscape in points. */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;

export interface PdfDocumentOptions {
  width: number;
  height: number;
  /** Document title, shown in the viewer's title bar (any Unicode). */
  title?: string;
  author?: string;
}

export interface TextOptions {
  /** Baseline position. */
  x: number;
  y: number;
  size: number;
  font?: PdfFont;
  color?: PdfColor;
}

export interface CentredTextOptions extends Omit<TextOptions, 'x'> {
  /** The horizontal centre; the page centre when left out. */
  centreX?: number;
}

export interface RectOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  lineWidth?: number;
  stroke?: PdfColor;
  fill?: PdfColor;
}

const FONT_RESOURCE: Record<PdfFont, string> = { regular: 'F1', bold: 'F2' };
const BLACK: PdfColor = [0, 0, 0];

/** Bytes of PDF syntax, which is always ASCII (text strings are encoded separately). */
function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0x7f);
}

/** Appends ASCII text and raw bytes, keeping count so object offsets are exact. */
class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  ascii(text: string): this {
    return this.bytes(ascii(text));
  }

  bytes(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    this.length += bytes.length;
    return this;
  }

  toBytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Numbers as PDF wants them: no exponent, at most 2 decimals. */
const num = (value: number): string => String(Math.round(value * 100) / 100);
const colour = (c: PdfColor): string => c.map(num).join(' ');

/** A PDF literal string: backslash, parentheses escaped; other bytes (WinAnsi) written raw. */
function literalString(bytes: Uint8Array): Uint8Array {
  const out: number[] = [0x28];
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out.push(0x5c);
    out.push(b);
  }
  out.push(0x29);
  return Uint8Array.from(out);
}

/** A PDF text string in UTF-16BE with a byte-order mark, as hex: right for any Unicode text. */
function unicodeString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export class PdfDocument {
  readonly width: number;
  readonly height: number;
  private readonly options: PdfDocumentOptions;
  private readonly content = new ByteSink();

  constructor(options: PdfDocumentOptions) {
    this.options = options;
    this.width = options.width;
    this.height = options.height;
  }

  /** Width of `text` in points, as the viewer will draw it. */
  textWidth(text: string, size: number, font: PdfFont = 'regular'): number {
    return bytesWidth(encodeWinAnsi(text), size, font);
  }

  /** Splits text into lines no wider than `maxWidth`, breaking at spaces (long words stay whole). */
  wrapText(text: string, maxWidth: number, size: number, font: PdfFont = 'regular'): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && this.textWidth(candidate, size, font) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /** Draws one line of text with its baseline starting at (x, y). */
  text(text: string, { x, y, size, font = 'regular', color = BLACK }: TextOptions): this {
    this.content
      .ascii(`BT /${FONT_RESOURCE[font]} ${num(size)} Tf ${colour(color)} rg ${num(x)} ${num(y)} Td `)
      .bytes(literalString(encodeWinAnsi(text)))
      .ascii(' Tj ET\n');
    return this;
  }

  /** Draws one line of text centred on `centreX` (default: the page centre). */
  centredText(text: string, { centreX = this.width / 2, ...options }: CentredTextOptions): this {
    const width = this.textWidth(text, options.size, options.font);
    return this.text(text, { ...options, x: centreX - width / 2 });
  }

  /** Draws one line of text ending at `rightX`. */
  rightText(text: string, { x: rightX, ...options }: TextOptions): this {
    return this.text(text, { ...options, x: rightX - this.textWidth(text, options.size, options.font) });
  }

  /** A rectangle from its bottom-left corner, stroked and/or filled. */
  rect({ x, y, width, height, lineWidth = 1, stroke, fill }: RectOptions): this {
    const paint = stroke && fill ? 'B' : fill ? 'f' : 'S';
    this.content.ascii(
      `q ${num(lineWidth)} w ${colour(stroke ?? BLACK)} RG ${colour(fill ?? BLACK)} rg ` +
        `${num(x)} ${num(y)} ${num(width)} ${num(height)} re ${paint} Q\n`,
    );
    return this;
  }

  /** A straight line. */
  line(x1: number, y1: number, x2: number, y2: number, { lineWidth = 1, color = BLACK } = {}): this {
    this.content.ascii(`q ${num(lineWidth)} w ${colour(color)} RG ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q\n`);
    return this;
  }

  /** The finished file. */
  toBytes(): Uint8Array {
    const stream = this.content.toBytes();
    const info = [
      this.options.title ? `/Title ${unicodeString(this.options.title)}` : '',
      this.options.author ? `/Author ${unicodeString(this.options.author)}` : '',
      '/Producer (workmentor)',
    ].filter(Boolean);
    const fontDict = (base: string): string => `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`;
    const objects: Array<string | Uint8Array[]> = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(this.width)} ${num(this.height)}] ` +
        '/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
      [ascii(`<< /Length ${stream.length} >>\nstream\n`), stream, ascii('\nendstream')],
      fontDict('Helvetica'),
      fontDict('Helvetica-Bold'),
      `<< ${info.join(' ')} >>`,
    ];

    const out = new ByteSink();
    // The comment with four bytes above 127 tells transfer tools the file is binary.
    out.ascii('%PDF-1.4\n').bytes(Uint8Array.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
    const offsets: number[] = [];
    objects.forEach((body, index) => {
      offsets.push(out.length);
      out.ascii(`${index + 1} 0 obj\n`);
      if (typeof body === 'string') out.ascii(body);
      else for (const part of body) out.bytes(part);
      out.ascii('\nendobj\n');
    });
    const xrefAt = out.length;
    // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space + LF.
    out.ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
    for (const offset of offsets) out.ascii(`${String(offset).padStart(10, '0')} 00000 n \n`);
    out.ascii(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n`);
    out.ascii(`startxref\n${xrefAt}\n%%EOF\n`);
    return out.toBytes();
  }
}
