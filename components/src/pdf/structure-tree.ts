/**
 * Tags for the PDFs (tagged PDF, PDF 1.7 section 14.8), so a screen reader reads the
 * certificate and the portfolio as headings and paragraphs in reading order, and a right-to-left
 * name is read in its own order: each tagged block carries `ActualText`, its text in reading
 * order, while the page draws its glyphs left to right. Borders, rules and page numbers are
 * marked as artifacts, which assistive technology skips.
 *
 * pdf-lib has no tagging API, so this builds the objects with its low-level one: marked content
 * (`BDC` with an MCID ... `EMC`) in the page streams, a structure element per block, the parent
 * tree that maps each page's MCIDs back to their elements, and `MarkInfo` in the catalogue.
 */
import { PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFString, type PDFArray, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

/** The standard structure types the documents use. */
export type StructureType = 'H1' | 'H2' | 'H3' | 'P';

export interface StructureElement {
  type: StructureType;
  ref: PDFRef;
  parts: Array<{ page: PDFPage; mcid: number }>;
  actualText: string;
  lang?: string;
}

export class StructureTree {
  private readonly doc: PDFDocument;
  private readonly elements: StructureElement[] = [];
  /** Per page: its index in the parent tree and the element of each MCID, in order. */
  private readonly pages = new Map<PDFPage, { key: number; mcids: PDFRef[] }>();

  constructor(doc: PDFDocument) {
    this.doc = doc;
  }

  /** A new block of the given type; its text is what assistive technology reads. */
  element(type: StructureType, actualText: string, lang?: string): StructureElement {
    const element: StructureElement = { type, ref: this.doc.context.nextRef(), parts: [], actualText, ...(lang ? { lang } : {}) };
    this.elements.push(element);
    return element;
  }

  /** `BDC` opening the part of `element` drawn on `page` (close with `end()`). */
  begin(element: StructureElement, page: PDFPage): PDFOperator {
    const entry = this.pageEntry(page);
    const mcid = entry.mcids.length;
    entry.mcids.push(element.ref);
    element.parts.push({ page, mcid });
    // BDC takes its property list inline (PDF 1.7, 14.6.2). pdf-lib's operator type leaves
    // dictionaries out, but a PDFDict writes itself like any other operand.
    const properties = this.doc.context.obj({ MCID: mcid }) as unknown as PDFArray;
    return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(element.type), properties]);
  }

  /** `BMC` opening decoration that is not content (close with `end()`). */
  artifact(): PDFOperator {
    return PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]);
  }

  end(): PDFOperator {
    return PDFOperator.of(PDFOperatorNames.EndMarkedContent);
  }

  /** Writes the structure tree into the document. */
  finish(): void {
    const { context, catalog } = this.doc;
    const rootRef = context.nextRef();
    const documentRef = context.nextRef();
    for (const element of this.elements) {
      const kids = element.parts.map(({ page, mcid }) => context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
      context.assign(
        element.ref,
        context.obj({
          Type: 'StructElem',
          S: element.type,
          P: documentRef,
          K: kids.length === 1 ? PDFNumber.of(element.parts[0]!.mcid) : kids,
          ...(element.parts.length === 1 ? { Pg: element.parts[0]!.page.ref } : {}),
          ActualText: PDFHexString.fromText(element.actualText),
          ...(element.lang ? { Lang: PDFString.of(element.lang) } : {}),
        }),
      );
    }
    context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: this.elements.map((e) => e.ref) }));
    const nums: Array<number | PDFRef[]> = [];
    for (const { key, mcids } of this.pages.values()) nums.push(key, mcids);
    const parentTree = context.obj({ Nums: nums });
    context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: parentTree, ParentTreeNextKey: this.pages.size }));
    catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    for (const [page, { key }] of this.pages) {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
      // Tab order follows the structure.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
  }

  private pageEntry(page: PDFPage): { key: number; mcids: PDFRef[] } {
    let entry = this.pages.get(page);
    if (!entry) {
      entry = { key: this.pages.size, mcids: [] };
      this.pages.set(page, entry);
    }
    return entry;
  }
}
