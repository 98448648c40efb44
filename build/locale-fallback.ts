/**
 * The build's own words per language (the facilitator guide's headings, the printable templates'
 * print hint) are tables in code with English as the one required entry. A course language
 * without an entry still builds: its language's entry stands in for a regional tag (`nl` for
 * `nl-BE`), else English, and the step that uses it warns, so adding a language to course.yaml
 * never needs a code change, and its translator sees what is still English.
 */
import { primaryLanguage } from '../course/schema/locale-tag.ts';

/** A table of the build's own words: English always, other languages as they are translated. */
export type LocaleTable<T> = { readonly en: T } & Readonly<Partial<Record<string, T>>>;

/** The entry for `locale`, and whether English stood in for a missing one. */
export function entryFor<T>(table: LocaleTable<T>, locale: string): { entry: T; english: boolean } {
  const own = table[locale] ?? table[primaryLanguage(locale)];
  return own ? { entry: own, english: false } : { entry: table.en, english: primaryLanguage(locale) !== 'en' };
}
