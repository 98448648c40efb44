/**
 * Readability of learner-facing text as LIX (Björnsson): words per sentence plus the share of
 * long words (more than six letters) in percent. Chosen because it works the same way for
 * English, Dutch and Norwegian, unlike Flesch formulas, which are tuned per language.
 * Rough bands: below 30 very easy, 30-40 easy (plain language), 40-50 medium, 50-60 hard.
 */
export interface ReadingLevel {
  words: number;
  sentences: number;
  longWords: number;
  /** Average words per sentence. */
  wordsPerSentence: number;
  lix: number;
}

/** Plain text from compiled page HTML: block ends become sentence ends (list items are sentences). */
export function htmlToSentenceText(html: string): string {
  return html
    .replace(/<\/(p|li|h[1-6]|td|th|blockquote|pre|dt|dd)>/gi, '. ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

export function readingLevel(text: string): ReadingLevel {
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const sentences = Math.max(1, text.split(/[.!?:;]+(?:\s|$)/u).filter((s) => /\p{L}/u.test(s)).length);
  const longWords = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  const n = Math.max(1, words.length);
  const wordsPerSentence = words.length / sentences;
  return {
    words: words.length,
    sentences,
    longWords,
    wordsPerSentence: round(wordsPerSentence),
    lix: round(wordsPerSentence + (100 * longWords) / n),
  };
}

const round = (x: number): number => Math.round(x * 10) / 10;
