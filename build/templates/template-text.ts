/**
 * The printable templates' own words, per course locale: only what the page adds around the
 * authored form. Kept here, not in `locales/` (the learner player's interface strings), because
 * the pages are standalone files. English is required; a course language without its entry gets
 * the English hint and a build warning (locale-fallback.ts), so a new language needs no edit here.
 */
import { entryFor, type LocaleTable } from '../locale-fallback.ts';

export interface TemplateText {
  /** Shown on screen above the form, never on paper. */
  printHint: string;
}

export const TEMPLATE_TEXT: LocaleTable<TemplateText> = {
  en: { printHint: 'Print this page or save it as a PDF: Ctrl+P (Cmd+P on a Mac). It fits on A4 paper.' },
  nl: { printHint: 'Druk deze pagina af of bewaar ze als pdf: Ctrl+P (Cmd+P op een Mac). Ze past op A4-papier.' },
  nb: { printHint: 'Skriv ut denne siden eller lagre den som PDF: Ctrl+P (Cmd+P på Mac). Den passer på A4-papir.' },
};

/** The templates' words for `locale` (English when it has none yet: see `english`). */
export const templateTextFor = (locale: string): { entry: TemplateText; english: boolean } => entryFor(TEMPLATE_TEXT, locale);
