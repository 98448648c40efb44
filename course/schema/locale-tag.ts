/**
 * What a locale is: a BCP 47 language tag in canonical case (`en`, `nb`, `pt-BR`, `zh-Hant`),
 * not a fixed list, so a course language is added in course.yaml alone. Plain TypeScript without
 * zod, because the player checks its launch configuration with it and zod would weigh on every
 * package. Only language, script and region subtags: the tag is also part of file names
 * (`page.pt-BR.md`) and URLs (`content/pt-BR/toc.json`), so it stays short and path-safe.
 */
const LOCALE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/** True for a well-formed tag in canonical case (`de`, `pt-BR`); false for `DE`, `de_DE`, `../x`. */
export function isLocaleTag(value: unknown): value is string {
  return typeof value === 'string' && LOCALE_TAG.test(value);
}

/** The language subtag: `nl` for `nl-BE`. */
export const primaryLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * A locale a course may declare: well-formed, in Intl's canonical form (`nl`, not `dut` or
 * `nld`, which LMSs may send but files are not named by) and of a language CLDR knows (`de`,
 * not `xx`). For the build, which runs on Node's full ICU data: a typo in course.yaml is then
 * one error at the typo, not a missing file for every text of a language nobody meant.
 */
export function isCourseLocale(tag: string): boolean {
  if (!isLocaleTag(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag && new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(primaryLanguage(tag)) !== undefined;
  } catch {
    return false;
  }
}
