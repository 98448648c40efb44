/**
 * Which of the register's languages (the course's: en, nl, nb) to speak: for a certificate,
 * the language it was earned in; for the public page, the visitor's Accept-Language. Regional
 * tags fall back to their language (nl-BE → nl), and Norwegian in any form (no, nb, nn) to
 * bokmål, the only Norwegian we have. The words themselves are in locales/<lng>/verification.ts.
 */
import { verification as en } from '../../locales/en/verification.ts';
import { verification as nb } from '../../locales/nb/verification.ts';
import { verification as nl } from '../../locales/nl/verification.ts';

export const REGISTER_LANGUAGES = ['en', 'nl', 'nb'] as const;
export type RegisterLanguage = (typeof REGISTER_LANGUAGES)[number];
export type VerificationMessages = { readonly [K in keyof typeof en]: string };

const MESSAGES: Record<RegisterLanguage, VerificationMessages> = { en, nl, nb };

/** The register language for a BCP 47 tag, or undefined when we have none close to it. */
export function registerLanguageOf(tag: string): RegisterLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'no' || primary === 'nn' || primary === 'nb') return 'nb';
  return (REGISTER_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as RegisterLanguage) : undefined;
}

/** The best of our languages for an Accept-Language header (RFC 9110 §12.5.4); English when none fits. */
export function languageFromAcceptLanguage(header: string | undefined): RegisterLanguage {
  if (!header) return 'en';
  const ranked = header
    .slice(0, 1000)
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranked) {
    const language = registerLanguageOf(tag);
    if (language) return language;
  }
  return 'en';
}

export function messagesFor(language: RegisterLanguage): VerificationMessages {
  return MESSAGES[language];
}

/** Fills i18next-style {{placeholders}}; a missing value stays visible rather than vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A YYYY-MM-DD date as people of that language write it, e.g. "30 juni 2026". */
export function formatDay(day: string, language: RegisterLanguage): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  // British order for English (30 June 2026): the course is used in Europe, not the US.
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
