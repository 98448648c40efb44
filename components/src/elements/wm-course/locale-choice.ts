/**
 * Which language to open the course in: the learner's own earlier choice, then the LMS learner
 * preference, then the language of the LMS page around the player (host-page-language.ts), then
 * the browser's languages, then the course's source locale. LMSs send tags like `nb-NO`, `no`,
 * `nl_BE` or `dut`, so a tag matches a course locale exactly, else by its language: Intl's
 * canonical form turns ISO 639-2 codes into the course's (`dut` → `nl`, `nob` → `nb`), and
 * `LANGUAGE_FALLBACKS` adds what a reader of one language accepts instead. No list of the
 * course's languages here: they come from the launch configuration. The launch page's preload
 * guess (build/targets/launch-preload.ts) does the same in a few lines of its own.
 */
import type { Locale } from '../../../../course/schema/ids.ts';

/**
 * Languages a reader of the key language reads when the course does not have it, as data:
 * Norwegian `no` (the macrolanguage many LMSs send) and nynorsk readers read bokmål.
 */
export const LANGUAGE_FALLBACKS: Readonly<Record<string, readonly string[]>> = { no: ['nb'], nn: ['nb'] };

/** `nl-BE` for `nl_be`, `nl` for `dut`; the tag lower-cased when Intl refuses it. */
function canonical(tag: string): string {
  const plain = tag.trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(plain)[0] ?? plain;
  } catch {
    return plain.toLowerCase();
  }
}

export function matchLocale(tag: string | undefined, available: readonly Locale[]): Locale | undefined {
  if (!tag?.trim()) return undefined;
  const wanted = canonical(tag);
  const exact = available.find((l) => l.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const language = wanted.toLowerCase().split('-')[0]!;
  // Own keys only: a browser language `constructor` must not find Object's.
  const fallbacks = Object.hasOwn(LANGUAGE_FALLBACKS, language) ? LANGUAGE_FALLBACKS[language]! : [];
  for (const candidate of [language, ...fallbacks]) {
    const match = available.find((l) => l.toLowerCase().split('-')[0] === candidate);
    if (match) return match;
  }
  return undefined;
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
