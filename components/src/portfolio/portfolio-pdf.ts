/**
 * The portfolio of evidence as an A4 PDF, set with the same writer and fonts as the certificate
 * (components/src/pdf): headings per skill, each entry's title, the learner's own words as
 * they wrote them (any script, right to left included), text flowing onto new pages. Loaded on
 * demand with the rest of the portfolio.
 */
import { cleanName, cleanText } from '../pdf/clean-text.ts';
import type { FontLoader } from '../pdf/font-set.ts';
import { A4, PdfWriter, type PdfColor } from '../pdf/pdf-writer.ts';
import type { StructureType } from '../pdf/structure-tree.ts';
import { fill, type PortfolioDocument, type PortfolioEntry } from './portfolio-model.ts';

const ACCENT: PdfColor = [0.043, 0.361, 0.678];
const TEXT: PdfColor = [0.106, 0.122, 0.141];
const MUTED: PdfColor = [0.29, 0.322, 0.376];
const MARGIN = 56;
const WIDTH = A4.width - 2 * MARGIN;

interface Block {
  text: string;
  size: number;
  weight?: 'regular' | 'bold';
  color?: PdfColor;
  tag?: StructureType;
  /** Space before, in points. */
  before?: number;
  /** Indent from the left margin (quotes of the learner's words). */
  indent?: number;
  /** Learner text: its own direction, each line start-aligned. */
  learner?: boolean;
}

function entryBlocks(e: PortfolioEntry, w: PortfolioDocument['words']): Block[] {
  const title = (kind: string): Block[] => [
    { text: `${kind}: ${e.title}`, size: 12, weight: 'bold', tag: 'H3', before: 12 },
    { text: fill(w.fromModule, { module: e.module }), size: 9.5, color: MUTED },
  ];
  const said = (text: string): Block[] => cleanText(text).split('\n').map((line) => ({ text: line || ' ', size: 10.5, indent: 14, learner: true }));
  const label = (text: string): Block => ({ text, size: 10.5, weight: 'bold', before: 6 });
  const plain = (text: string): Block => ({ text, size: 10.5, before: 4 });
  switch (e.kind) {
    case 'reflection':
      return [...title(w.reflection), ...e.answers.flatMap((a) => [label(a.prompt), ...said(a.answer)])];
    case 'feedback':
      return [
        ...title(w.feedbackExercise),
        ...(e.written ? [label(w.writtenFeedback), ...said(e.written)] : []),
        label(w.rubric),
        ...e.ratings.map((r) => plain(`${r.criterion}: ${r.level}`)),
        ...(e.sortScore !== undefined ? [plain(fill(w.sortScore, { score: e.sortScore }))] : []),
      ];
    case 'dialogue':
      return [...title(w.dialogue), plain(fill(w.ending, { ending: e.ending })), label(w.debrief), plain(e.debrief), ...(e.score !== undefined ? [plain(fill(w.conversationScore, { score: e.score }))] : [])];
    case 'quiz':
      return [...title(w.quiz), plain(`${fill(w.quizScore, { score: e.score, passMark: e.passMark })}. ${e.passed ? w.passed : w.notPassed}`)];
    case 'skill-result':
      return [...title(w.quiz), plain(fill(w.bySkill, { right: e.right, total: e.total }))];
  }
}

export function portfolioBlocks(doc: PortfolioDocument): Block[] {
  const w = doc.words;
  const name = cleanName(doc.name);
  const blocks: Block[] = [
    { text: doc.title, size: 24, weight: 'bold', color: ACCENT, tag: 'H1' },
    { text: doc.courseTitle, size: 11, color: MUTED, before: 4 },
    ...(name ? [{ text: fill(w.mentor, { name }), size: 11, color: MUTED }] : []),
    { text: doc.madeOn, size: 11, color: MUTED },
    { text: name ? fill(w.intro, { name }) : w.introNoName, size: 10.5, before: 10 },
  ];
  for (const skill of doc.skills) {
    blocks.push({ text: skill.title, size: 16, weight: 'bold', color: ACCENT, tag: 'H2', before: 22 });
    if (skill.entries.length === 0) blocks.push({ text: w.nothingYet, size: 10.5, color: MUTED, before: 4 });
    for (const e of skill.entries) blocks.push(...entryBlocks(e, w));
  }
  blocks.push({ text: w.certificate, size: 16, weight: 'bold', color: ACCENT, tag: 'H2', before: 22 });
  if (doc.certificate) blocks.push({ text: doc.certificate.heading, size: 10.5, weight: 'bold', before: 4 }, { text: doc.certificate.issued, size: 10.5 });
  else blocks.push({ text: w.certificateNotYet, size: 10.5, before: 4 });
  return blocks;
}

/** The finished PDF file. */
export async function portfolioPdf(doc: PortfolioDocument, { load }: { load?: FontLoader } = {}): Promise<Uint8Array> {
  const pdf = await PdfWriter.create({ title: doc.name ? `${doc.title}: ${cleanName(doc.name)}` : doc.title, lang: doc.lang, subject: doc.courseTitle, ...(load ? { load } : {}) });
  let page = pdf.addPage(A4);
  let y = A4.height - MARGIN;
  const leading = 1.35;
  for (const block of portfolioBlocks(doc)) {
    const width = WIDTH - (block.indent ?? 0);
    // Learner text is shown however it was written: a character no font has becomes U+FFFD.
    const fitted = await pdf.fit(block.text, { weight: block.weight ?? 'regular', maxWidth: width, size: block.size });
    const tag = pdf.tag(block.tag ?? 'P', block.text);
    let lines = fitted.lines;
    y -= (block.before ?? 0) + block.size;
    // A heading keeps at least two lines of what follows on its page.
    const keep = block.tag && block.tag !== 'P' ? block.size * leading * 3 : 0;
    while (lines.length > 0) {
      const room = Math.max(1, Math.floor((y - MARGIN - keep) / (block.size * leading)) + 1);
      if (y - keep < MARGIN) {
        page = pdf.addPage(A4);
        y = A4.height - MARGIN - block.size;
        continue;
      }
      const part = lines.slice(0, room);
      lines = lines.slice(room);
      y = pdf.drawLines(page, part, { x: MARGIN + (block.indent ?? 0), width, y, leading, align: block.learner ? 'start' : 'left', baseLevel: block.learner ? fitted.baseLevel : 0, color: block.color ?? TEXT, tag });
      if (lines.length > 0) {
        page = pdf.addPage(A4);
        y = A4.height - MARGIN - block.size;
      }
    }
    y += block.size * leading - block.size; // drawLines returned the next baseline; keep the block's own spacing
    y -= block.size * 0.35;
  }
  return pdf.save();
}
