/**
 * Writes TrueType glyph outlines for the font subsets embedded in a PDF. fontkit (the
 * `@pdf-lib/fontkit` build pdf-lib documents) subsets a TrueType font by copying each glyph's
 * bytes from the `glyf` table, which breaks on the fonts we ship: in a WOFF2 file the `glyf`
 * table is stored transformed, so the copied bytes are not outlines at all, and in fonts whose
 * glyph records have odd lengths the short `loca` offsets it writes point half a byte off
 * (letters vanish, or become a bar across the page). So `useOutlineSubsets()` replaces that one
 * step: each glyph is written anew from the contours fontkit decoded (composite glyphs
 * flattened), in the plainest valid form, padded to four bytes. Hinting is dropped, which PDF
 * viewers do not use at print sizes anyway.
 *
 * It changes a private method of fontkit 1.1.1 (`TTFSubset.prototype._addGlyph`), pinned in
 * package.json; the corpus test (certificate-names.test.ts) reads every glyph back out of the
 * PDFs, so an update that moves it fails there, not in a learner's certificate.
 */


/** A point of a decoded TrueType contour, as fontkit gives it. */
export interface OutlinePoint {
  x: number;
  y: number;
  onCurve: boolean;
}

/** The fontkit internals the subset step uses (fontkit 1.1.1, `TTFSubset`). */
interface TtfSubsetInternals {
  font: {
    getGlyph(id: number): { advanceWidth: number; _getContours(): OutlinePoint[][]; _getMetrics(): { leftBearing: number } };
    stream: { buffer: { constructor: { from(bytes: Uint8Array): Uint8Array } } };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
}

const ON_CURVE = 0x01;

/**
 * One simple glyph record (OpenType `glyf`): header, contour end points, no instructions, one
 * flag byte per point and 16-bit coordinate deltas, padded to a multiple of four bytes.
 */
export function encodeSimpleGlyph(contours: readonly (readonly OutlinePoint[])[]): Uint8Array {
  const points = contours.flat();
  const xs = points.map((p) => Math.round(p.x));
  const ys = points.map((p) => Math.round(p.y));
  const size = 10 + 2 * contours.length + 2 + points.length * 5;
  const bytes = new Uint8Array(size + ((4 - (size % 4)) % 4));
  const view = new DataView(bytes.buffer);
  view.setInt16(0, contours.length);
  view.setInt16(2, Math.min(...xs));
  view.setInt16(4, Math.min(...ys));
  view.setInt16(6, Math.max(...xs));
  view.setInt16(8, Math.max(...ys));
  let at = 10;
  let last = -1;
  for (const contour of contours) {
    last += contour.length;
    view.setUint16(at, last);
    at += 2;
  }
  view.setUint16(at, 0); // no instructions
  at += 2;
  for (const point of points) bytes[at++] = point.onCurve ? ON_CURVE : 0;
  for (const values of [xs, ys]) {
    let previous = 0;
    for (const value of values) {
      view.setInt16(at, value - previous);
      previous = value;
      at += 2;
    }
  }
  return bytes;
}

function addGlyph(this: TtfSubsetInternals, glyphId: number): number {
  const glyph = this.font.getGlyph(glyphId);
  const contours = glyph._getContours().filter((contour) => contour.length > 0);
  // fontkit writes its own Buffer class; a plain Uint8Array would be refused when encoding.
  const FontBuffer = this.font.stream.buffer.constructor;
  const record = FontBuffer.from(contours.length > 0 ? encodeSimpleGlyph(contours) : new Uint8Array(0));
  this.glyf.push(record);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
  this.offset += record.length;
  return this.glyf.length - 1;
}

let installed = false;

/** Makes every TrueType subset fontkit writes from now on use `encodeSimpleGlyph`. Idempotent. */
export function useOutlineSubsets(sample: { createSubset(): object }): void {
  if (installed) return;
  const prototype = Object.getPrototypeOf(sample.createSubset()) as { _addGlyph?: unknown };
  if (typeof prototype._addGlyph !== 'function') {
    throw new Error('fontkit changed: TTFSubset._addGlyph is gone; see components/src/pdf/glyph-outlines.ts.');
  }
  prototype._addGlyph = addGlyph;
  installed = true;
}

