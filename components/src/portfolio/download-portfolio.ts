/**
 * The portfolio of evidence as a file, made when the learner asks for it: every module's text
 * in the learner's language (the course text is split per module, so what the learner has not
 * opened yet is fetched now), the portfolio's words, the document model, then the PDF (same
 * writer and fonts as the certificate, its own chunk) or the printable HTML. The shell loads
 * this module with a dynamic import on the first click, so none of it is in the launch bundle.
 */
import type { CourseData } from '../../../course/schema/course-data.ts';
import { isLocaleTag, primaryLanguage } from '../../../course/schema/locale-tag.ts';
import type { PortfolioStrings } from '../../../locales/en/portfolio.ts';
import { saveFile } from '../app/save-file.ts';
import type { FontLoader } from '../pdf/font-set.ts';
import type { LearnerProgress } from '../runtime/progress.ts';
import { portfolioHtml } from './portfolio-html.ts';
import { buildPortfolio } from './portfolio-model.ts';

import type { PortfolioFormat } from '../elements/wm-portfolio-actions/wm-portfolio-actions.ts';

export type { PortfolioFormat };

export interface PortfolioRequest {
  format: PortfolioFormat;
  /** The whole course in the learner's language, every module's text loaded. */
  course: () => Promise<CourseData>;
  progress: LearnerProgress;
  /** The mentor's name (from the LMS or typed for the certificate); may be empty. */
  name: string;
  /** Today as an ISO date (YYYY-MM-DD); the local date by default. */
  today?: string;
  /** Reads font files for the PDF (default: `fetch`; Node tests read them from disk). */
  load?: FontLoader;
}

/**
 * The portfolio's words in the course's language, each language its own small chunk, found by
 * its folder (`locales/<tag>/portfolio.ts`: a new language needs no entry here): the tag's own,
 * else its language's (`nl` for `nl-BE`), else English.
 */
async function portfolioWords(locale: string): Promise<PortfolioStrings> {
  const tags = isLocaleTag(locale) ? [locale, primaryLanguage(locale)] : [];
  for (const tag of [...new Set(tags), 'en']) {
    try {
      return ((await import(`../../../locales/${tag}/portfolio.ts`)) as { portfolio: PortfolioStrings }).portfolio;
    } catch {
      // No such folder: try the next.
    }
  }
  throw new Error('The English portfolio words are missing (locales/en/portfolio.ts).');
}

/** Today in the learner's time zone, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The file: its bytes or text, type and name. */
export async function makePortfolioFile(request: PortfolioRequest): Promise<{ blob: Blob; fileName: string }> {
  const course = await request.course();
  const words = await portfolioWords(course.locale);
  const doc = buildPortfolio({ course, progress: request.progress, words, name: request.name, today: request.today ?? localToday() });
  if (request.format === 'html') {
    return { blob: new Blob([portfolioHtml(doc)], { type: 'text/html;charset=utf-8' }), fileName: `${words.fileName}.html` };
  }
  // The PDF writer (pdf-lib, fontkit, the fonts) only for a PDF, not for the HTML.
  const { portfolioPdf } = await import('./portfolio-pdf.ts');
  const bytes = await portfolioPdf(doc, request.load ? { load: request.load } : {});
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName: `${words.fileName}.pdf` };
}

/**
 * Makes the file and saves it through `<a download>` in `root`. The printable version is saved
 * too rather than opened in a new tab: a tab opened after the text has been fetched is blocked
 * as a pop-up in many browsers and inside LMS frames, a download is not.
 */
export async function downloadPortfolio(root: ShadowRoot | HTMLElement, request: PortfolioRequest): Promise<void> {
  const { blob, fileName } = await makePortfolioFile(request);
  saveFile(root, blob, fileName);
}
