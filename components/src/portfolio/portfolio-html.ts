/**
 * The portfolio of evidence as one printable HTML file: the same document model as the PDF,
 * with a print stylesheet (A4, no page break inside an entry), opened in a new window or
 * downloaded as a file. Everything the learner wrote is escaped: a reflection containing
 * "<script>" shows as those characters, never runs. Bidi controls are stripped like in the
 * PDF, and each answer gets `dir="auto"`, so an answer in Arabic reads right to left.
 */
import { cleanText } from '../pdf/clean-text.ts';
import { fill, type PortfolioDocument, type PortfolioEntry } from './portfolio-model.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
/** Learner text: controls stripped, escaped, line breaks kept. */
const learner = (text: string) => escapeHtml(cleanText(text)).replace(/\n/g, '<br>');

const STYLE = `
:root { color-scheme: light; font-family: "Noto Sans", system-ui, sans-serif; line-height: 1.5; color: #1b1f24; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { color: #0b5cad; margin-bottom: 0.25rem; }
h2 { border-bottom: 2px solid #0b5cad; padding-bottom: 0.25rem; margin-top: 2rem; }
h3 { margin-bottom: 0.25rem; }
.meta, .module { color: #4a5260; margin: 0; }
article { margin: 1rem 0; break-inside: avoid; }
blockquote { margin: 0.25rem 0 0.75rem; padding: 0.25rem 0.75rem; border-inline-start: 3px solid #c4cbd4; }
dl { display: grid; grid-template-columns: auto auto; gap: 0.25rem 1rem; justify-content: start; }
dt { font-weight: 600; } dd { margin: 0; }
@page { size: A4; margin: 18mm; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } h2 { break-after: avoid; } }
`;

function entry(e: PortfolioEntry, w: PortfolioDocument['words']): string {
  const head = (kind: string) => `<h3>${escapeHtml(kind)}: ${escapeHtml(e.title)}</h3><p class="module">${escapeHtml(fill(w.fromModule, { module: e.module }))}</p>`;
  switch (e.kind) {
    case 'reflection':
      return `<article>${head(w.reflection)}${e.answers.map((a) => `<p><strong>${escapeHtml(a.prompt)}</strong></p><blockquote dir="auto">${learner(a.answer)}</blockquote>`).join('')}</article>`;
    case 'feedback':
      return `<article>${head(w.feedbackExercise)}${e.written ? `<p><strong>${escapeHtml(w.writtenFeedback)}</strong></p><blockquote dir="auto">${learner(e.written)}</blockquote>` : ''}<p><strong>${escapeHtml(w.rubric)}</strong></p><dl>${e.ratings.map((r) => `<dt>${escapeHtml(r.criterion)}</dt><dd>${escapeHtml(r.level)}</dd>`).join('')}</dl>${e.sortScore !== undefined ? `<p>${escapeHtml(fill(w.sortScore, { score: e.sortScore }))}</p>` : ''}</article>`;
    case 'dialogue':
      return `<article>${head(w.dialogue)}<p>${escapeHtml(fill(w.ending, { ending: e.ending }))}</p><p><strong>${escapeHtml(w.debrief)}</strong></p><p>${escapeHtml(e.debrief)}</p>${e.score !== undefined ? `<p>${escapeHtml(fill(w.conversationScore, { score: e.score }))}</p>` : ''}</article>`;
    case 'quiz':
      return `<article>${head(w.quiz)}<p>${escapeHtml(fill(w.quizScore, { score: e.score, passMark: e.passMark }))}. ${escapeHtml(e.passed ? w.passed : w.notPassed)}</p></article>`;
    case 'skill-result':
      return `<article>${head(w.quiz)}<p>${escapeHtml(fill(w.bySkill, { right: e.right, total: e.total }))}</p></article>`;
  }
}

/** The whole HTML file. */
export function portfolioHtml(doc: PortfolioDocument): string {
  const w = doc.words;
  const name = cleanText(doc.name);
  const skills = doc.skills
    .map((s) => `<section><h2>${escapeHtml(s.title)}</h2>${s.entries.length > 0 ? s.entries.map((e) => entry(e, w)).join('') : `<p>${escapeHtml(w.nothingYet)}</p>`}</section>`)
    .join('');
  const certificate = `<section><h2>${escapeHtml(w.certificate)}</h2>${doc.certificate ? `<p><strong>${escapeHtml(doc.certificate.heading)}</strong></p><p>${escapeHtml(doc.certificate.issued)}</p>` : `<p>${escapeHtml(w.certificateNotYet)}</p>`}</section>`;
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(doc.title)}${name ? ` – ${escapeHtml(name)}` : ''}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(doc.title)}</h1><p class="meta">${escapeHtml(doc.courseTitle)}</p>${name ? `<p class="meta" dir="auto">${escapeHtml(fill(w.mentor, { name }))}</p>` : ''}<p class="meta">${escapeHtml(doc.madeOn)}</p>
<p>${escapeHtml(name ? fill(w.intro, { name }) : w.introNoName)}</p></header>
<main>${skills}${certificate}</main>
</body>
</html>
`;
}
