/**
 * Absolute words per language: the qualifiers test-wise learners are taught to read as "this
 * statement is false" ("always", "never", "only", "is enough", …). The test-wise guesser answers
 * true/false items by them, and the quiz checks count them in true and in false statements, so
 * a course that puts them only in false statements is caught in every language.
 *
 * Whole words and phrases only, case-insensitive: "all" does not match "small". The lists are
 * deliberately broad (the guesser is crude, and a word it over-reads costs it points, not us);
 * they include the modal "must" and its translations, which item writers lean on in false
 * statements as much as on "always".
 */
import type { Locale } from '../../course/schema/ids.ts';

/** Per language; a language without a list has no absolute words found (its checks count none). */
export const ABSOLUTE_WORDS: Readonly<Partial<Record<Locale, readonly string[]>>> = {
  en: [
    'always', 'never', 'only', 'alone', 'solely', 'automatically', 'is enough', 'are enough', 'all', 'none',
    'must', 'every', 'everyone', 'everybody', 'everything', 'nothing', 'nobody', 'no one', 'completely',
    'entirely', 'at all', 'in every case', 'without exception', 'guarantee', 'guarantees', 'guaranteed',
    'impossible',
  ],
  nl: [
    'altijd', 'nooit', 'alleen', 'enkel', 'uitsluitend', 'automatisch', 'is genoeg', 'zijn genoeg',
    'volstaat', 'volstaan', 'alle', 'allemaal', 'geen enkel', 'geen enkele', 'niets', 'niemand', 'moet',
    'moeten', 'elk', 'elke', 'ieder', 'iedere', 'iedereen', 'alles', 'helemaal', 'volledig', 'steeds',
    'in alle gevallen', 'zonder uitzondering', 'gegarandeerd', 'garandeert', 'onmogelijk',
  ],
  nb: [
    'alltid', 'aldri', 'bare', 'kun', 'alene', 'automatisk', 'er nok', 'er tilstrekkelig', 'alle', 'ingen',
    'ingenting', 'må', 'hver', 'hvert', 'enhver', 'alt', 'helt', 'fullstendig', 'i alle tilfeller',
    'uten unntak', 'garantert', 'garanterer', 'umulig', 'noensinne',
  ],
};

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

const patterns = new Map<Locale, RegExp>(
  Object.entries(ABSOLUTE_WORDS).map(([locale, list = []]) => {
    // Longest first, so "is enough" is reported rather than a shorter word inside it.
    const words = [...list].sort((a, b) => b.length - a.length).map(escape);
    return [locale, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu')];
  }),
);

/** The absolute words in `text`, lower-case, in order of appearance (empty when there are none). */
export function absoluteWordsIn(text: string, locale: Locale): string[] {
  const pattern = patterns.get(locale);
  if (!pattern) return [];
  return [...text.normalize('NFC').matchAll(pattern)].map((m) => m[0].toLowerCase().replace(/\s+/gu, ' '));
}
