/**
 * Reads back the PDFs the tests make, the way a learner's viewer and a screen reader would:
 * the text and where it sits (pdfjs-dist, Mozilla's PDF reader), the fonts embedded and the
 * glyphs each text operator shows (pdf-lib's parser plus fontkit), and the text in reading
 * order (visual runs put back through the bidi algorithm). Node only (vitest).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import bidiFactory from 'bidi-js';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import type { FontLoader } from '../font-set.ts';

// pdfjs-dist 5.5 (the last line for Node 20.19+; 5.7 and 6 need Node 22) calls Promise.withResolvers, which Node 20 lacks.
const promiseStatics = Promise as unknown as { withResolvers?: unknown };
promiseStatics.withResolvers ??= function withResolvers<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

/** Font files from node_modules, as the browser would fetch them. */
export const loadFromDisk: FontLoader = async (url) => new Uint8Array(await readFile(fileURLToPath(url)));

export interface TextItem {
  str: string;
  dir: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  height: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: TextItem[];
}

/** Every page's text items, as pdfjs extracts them. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPageText[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent({ disableNormalization: true });
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      items.push({ str: item.str, dir: item.dir, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
    }
    pages.push({ width, height, items });
  }
  await task.destroy();
  return pages;
}

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The text of the items, lines top to bottom joined by a space, each line in reading order:
 * pdfjs gives right-to-left items in reading order, so they are turned back to drawing order,
 * the line is assembled left to right, and the bidi algorithm reorders it as a reader reads it.
 */
export function readingOrder(items: readonly TextItem[], direction: 'ltr' | 'rtl' = 'ltr'): string {
  const lines = new Map<number, TextItem[]>();
  for (const item of items) {
    const key = [...lines.keys()].find((y) => Math.abs(y - item.y) < 1) ?? item.y;
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  return [...lines]
    .sort(([a], [b]) => b - a)
    .map(([, line]) => {
      const visual = line
        .sort((a, b) => a.x - b.x)
        .map((item) => (item.dir === 'rtl' ? Array.from(graphemes.segment(item.str), (g) => g.segment).reverse().join('') : item.str))
        .join('');
      return bidi.getReorderedString(visual, bidi.getEmbeddingLevels(visual, direction));
    })
    // A line broken after a hyphen continues the word; any other break was a space.
    .reduce((text, line) => (text === '' ? line : /[-\u2010]$/.test(text) ? text + line : `${text} ${line}`), '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ShownGlyph {
  /** The embedded font's name (`AAAAAB+NotoSans-Bold`). */
  font: string;
  id: number;
  /** The glyph exists in the subset and has an outline. */
  inSubset: boolean;
  hasOutline: boolean;
}

interface SubsetFont {
  numGlyphs: number;
  getGlyph(id: number): { path: { commands: unknown[] } };
}

/** Every glyph the pages' text operators show, looked up in the embedded font subset it names. */
export async function shownGlyphs(bytes: Uint8Array): Promise<ShownGlyph[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const shown: ShownGlyph[] = [];
  const stream = (ref: unknown) => decodePDFRawStream(doc.context.lookup(ref as PDFRef) as PDFRawStream).decode();
  for (const page of doc.getPages()) {
    const fontDict = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    const fonts = new Map<string, { name: string; font: SubsetFont }>();
    for (const [key, ref] of fontDict.entries()) {
      const type0 = doc.context.lookup(ref, PDFDict);
      const cid = doc.context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
      const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
      const file = stream(descriptor.get(PDFName.of('FontFile2')));
      fonts.set(key.asString(), { name: cid.lookup(PDFName.of('BaseFont'), PDFName).decodeText(), font: fontkit.create(file) as unknown as SubsetFont });
    }
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of('Contents'))];
    const ops = refs.map((ref) => new TextDecoder('latin1').decode(stream(ref))).join('\n');
    let current: { name: string; font: SubsetFont } | undefined;
    for (const match of ops.matchAll(/(\/\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj/g)) {
      if (match[1]) current = fonts.get(match[1]);
      else if (current) {
        for (let i = 0; i < match[2]!.length; i += 4) {
          const id = parseInt(match[2]!.slice(i, i + 4), 16);
          const inSubset = id > 0 && id < current.font.numGlyphs;
          shown.push({ font: current.name, id, inSubset, hasOutline: inSubset && current.font.getGlyph(id).path.commands.length > 0 });
        }
      }
    }
  }
  return shown;
}

/** The paragraph direction the bidi algorithm gives a text (its first strong letter). */
export function directionOf(text: string): 'ltr' | 'rtl' {
  return (bidi.getEmbeddingLevels(text).paragraphs[0]?.level ?? 0) % 2 ? 'rtl' : 'ltr';
}
