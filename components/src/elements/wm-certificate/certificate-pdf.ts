/**
 * The certificate as a one-page A4 landscape PDF, laid out with the small PDF writer
 * (components/src/pdf). It takes finished, translated strings, so it knows nothing about
 * i18n or the element; <wm-certificate> loads it with a dynamic import on "Download PDF".
 */
import { A4_LANDSCAPE, PdfDocument, type PdfColor, type PdfFont } from '../../pdf/pdf-document.ts';

export interface CertificateText {
  /** The issuing organisation, printed on top and stored as the PDF's author. */
  issuer: string;
  heading: string;
  courseTitle: string;
  name: string;
  statement: string;
  /** "Competences covered". */
  competencesLabel: string;
  competences: readonly string[];
  /** "Issued on 3 May 2025". */
  issuedOn: string;
  /** "Issued by ...". */
  issuedBy: string;
  /** "Verification code: ...". */
  code: string;
}

const ACCENT: PdfColor = [0.043, 0.361, 0.678];
const TEXT: PdfColor = [0.106, 0.122, 0.141];
const MUTED: PdfColor = [0.29, 0.322, 0.376];
const MAX_COMPETENCE_LINES = 4;
const SEPARATOR = '  ·  ';

/** The largest size from `size` down to `min` at which `text` fits in `maxWidth`. */
function fitSize(pdf: PdfDocument, text: string, { size, min, maxWidth, font }: { size: number; min: number; maxWidth: number; font: PdfFont }): number {
  let fitted = size;
  while (fitted > min && pdf.textWidth(text, fitted, font) > maxWidth) fitted -= 1;
  return fitted;
}

/** Joins items with a middle dot into lines that fit, never breaking inside an item. */
function wrapItems(pdf: PdfDocument, items: readonly string[], maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const candidate = line ? `${line}${SEPARATOR}${item}` : item;
    if (line && pdf.textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = item;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The finished PDF file. */
export function certificatePdf(text: CertificateText): Uint8Array {
  const pdf = new PdfDocument({ ...A4_LANDSCAPE, title: `${text.heading}: ${text.name}`, author: text.issuer });
  const { width: w, height: h } = pdf;
  const textWidth = w - 200;

  pdf.rect({ x: 24, y: 24, width: w - 48, height: h - 48, lineWidth: 3, stroke: ACCENT });
  pdf.rect({ x: 34, y: 34, width: w - 68, height: h - 68, lineWidth: 0.75, stroke: ACCENT });

  pdf.centredText(text.issuer.toUpperCase(), { y: h - 90, size: fitSize(pdf, text.issuer.toUpperCase(), { size: 11, min: 7, maxWidth: textWidth, font: 'regular' }), color: MUTED });
  const heading = fitSize(pdf, text.heading, { size: 30, min: 16, maxWidth: textWidth, font: 'bold' });
  pdf.centredText(text.heading, { y: h - 135, size: heading, font: 'bold', color: ACCENT });
  pdf.centredText(text.courseTitle, { y: h - 163, size: fitSize(pdf, text.courseTitle, { size: 15, min: 9, maxWidth: textWidth, font: 'regular' }), color: MUTED });

  const nameSize = fitSize(pdf, text.name, { size: 36, min: 16, maxWidth: textWidth, font: 'bold' });
  pdf.centredText(text.name, { y: h - 245, size: nameSize, font: 'bold', color: TEXT });
  pdf.line(w / 2 - 220, h - 260, w / 2 + 220, h - 260, { lineWidth: 0.75, color: MUTED });

  let y = h - 290;
  for (const line of pdf.wrapText(text.statement, textWidth, 14)) {
    pdf.centredText(line, { y, size: 14, color: TEXT });
    y -= 19;
  }

  if (text.competences.length > 0) {
    y -= 14;
    pdf.centredText(text.competencesLabel, { y, size: 11, font: 'bold', color: MUTED });
    y -= 16;
    const lines = wrapItems(pdf, text.competences, textWidth, 11);
    const shown = lines.slice(0, MAX_COMPETENCE_LINES);
    if (lines.length > MAX_COMPETENCE_LINES) shown[MAX_COMPETENCE_LINES - 1] += ' …';
    for (const line of shown) {
      pdf.centredText(line, { y, size: 11, color: TEXT });
      y -= 15;
    }
  }

  // Stacked and centred rather than in three columns, so a long issuer name cannot collide.
  const footer = [text.issuedOn, text.issuedBy, text.code];
  footer.forEach((line, i) => {
    pdf.centredText(line, { y: 110 - i * 16, size: fitSize(pdf, line, { size: 10.5, min: 7, maxWidth: textWidth, font: 'regular' }), color: i === 2 ? MUTED : TEXT });
  });
  return pdf.toBytes();
}
