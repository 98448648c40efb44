/**
 * The printable templates' own words, per course locale: only what the page adds around the
 * authored form. Kept here, not in `locales/` (the learner player's interface strings), because
 * the pages are standalone files; typed per locale, so a new locale without them fails the type check.
 */
import type { Locale } from '../../course/schema/ids.ts';

export interface TemplateText {
  /** Shown on screen above the form, never on paper. */
  printHint: string;
}

export const TEMPLATE_TEXT: Record<Locale, TemplateText> = {
  en: { printHint: 'Print this page or save it as a PDF: Ctrl+P (Cmd+P on a Mac). It fits on A4 paper.' },
  nl: { printHint: 'Druk deze pagina af of bewaar ze als pdf: Ctrl+P (Cmd+P op een Mac). Ze past op A4-papier.' },
  nb: { printHint: 'Skriv ut denne siden eller lagre den som PDF: Ctrl+P (Cmd+P på Mac). Den passer på A4-papir.' },
};
