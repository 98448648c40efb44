/**
 * The certificate as a one-page A4 landscape PDF, set with the PDF writer (components/src/pdf):
 * Noto fonts embedded as subsets, so every name prints as typed, in any of the scripts the
 * course's mentors write their names in. It takes finished, translated strings, so it knows
 * nothing about i18n or the element; <wm-certificate> loads it with a dynamic import on
 * "Download PDF".
 *
 * The name gets a box of its own: it wraps onto more lines, then shrinks, and only a name too
 * long for the box at the smallest size (thousands of letters, from an LMS) is cut with an
 * ellipsis, so nothing ever runs off the page. Bidi controls are stripped first (clean-text.ts):
 * the name shows in the order its letters give, not in an order a control forces.
 */
import { cleanName } from '../../pdf/clean-text.ts';
import type { FontLoader } from '../../pdf/font-set.ts';
import { A4_LANDSCAPE, PdfWriter, type PdfColor } from '../../pdf/pdf-writer.ts';

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
  /** The language of the text (BCP 47), for the PDF's language and upper-casing. */
  lang: string;
}

/** The name has letters no font of the PDF has (Chinese, say): the learner is told to print instead. */
export class UnsupportedNameError extends Error {
  readonly characters: readonly string[];

  constructor(characters: readonly string[]) {
    super(`The PDF fonts have no letters for: ${characters.join(' ')}`);
    this.name = 'UnsupportedNameError';
    this.characters = characters;
  }
}

const ACCENT: PdfColor = [0.043, 0.361, 0.678];
const TEXT: PdfColor = [0.106, 0.122, 0.141];
const MUTED: PdfColor = [0.29, 0.322, 0.376];
const SEPARATOR = '  ·  ';
/** The name's box: its top edge and height, from the top of the page. */
const NAME_TOP = 190;
const NAME_HEIGHT = 86;
const NAME_LEADING = 1.15;
/** A title bar shows a few words; a name of thousands of letters is cut there too. */
const TITLE_MAX = 160;

export interface CertificatePdfOptions {
  /** Reads font files (default: `fetch`; tests read them from disk). */
  load?: FontLoader;
}

/** The finished PDF file. Throws `UnsupportedNameError` when the name has letters no font has. */
export async function certificatePdf(text: CertificateText, { load }: CertificatePdfOptions = {}): Promise<Uint8Array> {
  const name = cleanName(text.name);
  const title = `${text.heading}: ${name}`;
  const pdf = await PdfWriter.create({
    title: title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title,
    lang: text.lang,
    author: text.issuer,
    subject: text.statement,
    ...(load ? { load } : {}),
  });
  const { width: w, height: h } = A4_LANDSCAPE;
  const box = { x: 100, width: w - 200 };

  const fittedName = await pdf.fit(name, { weight: 'bold', maxWidth: box.width, maxHeight: NAME_HEIGHT, leading: NAME_LEADING, size: 36, minSize: 12 });
  if (fittedName.missing.length > 0) throw new UnsupportedNameError(fittedName.missing);

  const page = pdf.addPage(A4_LANDSCAPE);
  pdf.frame(page, { x: 24, y: 24, width: w - 48, height: h - 48, lineWidth: 3, color: ACCENT });
  pdf.frame(page, { x: 34, y: 34, width: w - 68, height: h - 68, lineWidth: 0.75, color: ACCENT });

  const line = async (value: string, y: number, { size, minSize, weight = 'regular', color = TEXT, tag = 'P' }: { size: number; minSize: number; weight?: 'regular' | 'bold'; color?: PdfColor; tag?: 'H1' | 'H2' | 'P' }) => {
    const fitted = await pdf.fit(value, { weight, maxWidth: box.width, maxLines: 1, size, minSize });
    pdf.drawLines(page, fitted.lines, { ...box, y, align: 'center', color, baseLevel: fitted.baseLevel, tag: pdf.tag(tag, value) });
  };

  await line(text.issuer.toLocaleUpperCase(text.lang), h - 90, { size: 11, minSize: 7, color: MUTED });
  await line(text.heading, h - 135, { size: 30, minSize: 16, weight: 'bold', color: ACCENT, tag: 'H1' });
  if (text.courseTitle) await line(text.courseTitle, h - 163, { size: 15, minSize: 9, color: MUTED });

  // The name's lines, centred as a block in its box.
  const { lines, size, baseLevel } = fittedName;
  const blockHeight = size + (lines.length - 1) * size * NAME_LEADING;
  const firstBaseline = h - NAME_TOP - (NAME_HEIGHT - blockHeight) / 2 - size * 0.8;
  pdf.drawLines(page, lines, { ...box, y: firstBaseline, leading: NAME_LEADING, align: 'center', color: TEXT, baseLevel, tag: pdf.tag('P', name) });
  pdf.rule(page, w / 2 - 220, h - NAME_TOP - NAME_HEIGHT - 8, w / 2 + 220, h - NAME_TOP - NAME_HEIGHT - 8, { color: MUTED });

  const statement = await pdf.fit(text.statement, { maxWidth: box.width, maxLines: 3, size: 14, minSize: 10 });
  let y = pdf.drawLines(page, statement.lines, { ...box, y: h - 310, leading: 1.35, align: 'center', color: TEXT, baseLevel: statement.baseLevel, tag: pdf.tag('P', text.statement) });

  if (text.competences.length > 0) {
    y -= 8;
    await line(text.competencesLabel, y, { size: 11, minSize: 8, weight: 'bold', color: MUTED, tag: 'H2' });
    // Non-breaking spaces inside each competence, so a line breaks only between competences.
    const items = text.competences.map((title) => title.replace(/ /g, '\u00A0')).join(SEPARATOR);
    const fitted = await pdf.fit(items, { maxWidth: box.width, maxLines: 4, size: 11, minSize: 8 });
    pdf.drawLines(page, fitted.lines, { ...box, y: y - 16, leading: 1.35, align: 'center', color: TEXT, baseLevel: fitted.baseLevel, tag: pdf.tag('P', text.competences.join(', ')) });
  }

  // Stacked and centred rather than in three columns, so a long issuer name cannot collide.
  const footer = [text.issuedOn, text.issuedBy, text.code];
  for (const [i, value] of footer.entries()) await line(value, 110 - i * 16, { size: 10.5, minSize: 7, color: i === 2 ? MUTED : TEXT });
  return pdf.save();
}
