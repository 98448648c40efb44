/**
 * Which language to open the course in: the learner's own earlier choice, then the LMS learner
 * preference, then the browser's languages, then the course's source locale. LMSs send tags
 * like `nb-NO`, `no`, `nl-BE` or `dut`, so tags are matched by their primary subtag and aliases.
 */
import type { Locale } from '../../../../course/schema/ids.ts';

const ALIASES: Record<string, Locale> = { en: 'en', eng: 'en', nl: 'nl', dut: 'nl', nld: 'nl', nb: 'nb', nob: 'nb', no: 'nb', nor: 'nb', nn: 'nb' };

export function matchLocale(tag: string | undefined, available: readonly Locale[]): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const locale = ALIASES[primary];
  return locale && available.includes(locale) ? locale : undefined;
}

export interface LocaleSources {
  stored?: string | null;
  lms?: string;
  browser?: readonly string[];
}

export function chooseLocale(available: readonly Locale[], fallback: Locale, sources: LocaleSources): Locale {
  for (const tag of [sources.stored ?? undefined, sources.lms, ...(sources.browser ?? [])]) {
    const match = matchLocale(tag, available);
    if (match) return match;
  }
  return fallback;
}
