/**
 * Which language to open the course in: the learner's own earlier choice, then the LMS learner
 * preference, then the language of the LMS page around the player (host-page-language.ts), then
 * the browser's languages, then the course's source locale. LMSs send tags
 * like `nb-NO`, `no`, `nl-BE` or `dut`, so tags are matched by their primary subtag and aliases.
 */
import type { Locale } from '../../../../course/schema/ids.ts';

/** Language tags' primary subtags (and ISO 639-2 codes) per course locale; the launch page's preload guess uses them too. */
export const LOCALE_ALIASES: Readonly<Record<string, Locale>> = { en: 'en', eng: 'en', nl: 'nl', dut: 'nl', nld: 'nl', nb: 'nb', nob: 'nb', no: 'nb', nor: 'nb', nn: 'nb' };

export function matchLocale(tag: string | undefined, available: readonly Locale[]): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const locale = LOCALE_ALIASES[primary];
  return locale && available.includes(locale) ? locale : undefined;
}

export interface LocaleSources {
  stored?: string | null;
  lms?: string;
  /** The `lang` of the LMS page the player sits in (Moodle's player page). */
  page?: string;
  browser?: readonly string[];
}

export function chooseLocale(available: readonly Locale[], fallback: Locale, sources: LocaleSources): Locale {
  for (const tag of [sources.stored ?? undefined, sources.lms, sources.page, ...(sources.browser ?? [])]) {
    const match = matchLocale(tag, available);
    if (match) return match;
  }
  return fallback;
}

/** Where the learner's own choice for a course is kept in the browser. */
export const localeStorageKey = (courseId: string): string => `workmentor:${courseId}:locale`;

/** The learner's own earlier choice for this course, kept in the browser. */
export function readStoredLocale(courseId: string): string | null {
  try {
    return localStorage.getItem(localeStorageKey(courseId));
  } catch {
    return null;
  }
}

export function storeLocale(courseId: string, locale: Locale): void {
  try {
    localStorage.setItem(localeStorageKey(courseId), locale);
  } catch {
    // Private browsing or a full store: the choice lasts for this visit only.
  }
}
