/**
 * The live screens' own i18next instance (the phones' and the projector's), apart from the
 * dashboard's: a phone in the room should download a few kilobytes of its own words, not the
 * coordinators' dashboard text. English, the source and fallback, is bundled; Dutch and
 * Norwegian bokmål load on first use.
 *
 * The language is the reader's browser language until a session view arrives, then the
 * session's (`view.locale`): everyone in the room sees the module and its buttons in one
 * language, whatever their phone is set to.
 *
 * `translate` is typed by `LiveKey`, every leaf of the English text (plural suffixes folded),
 * so a misspelt key fails `npm run typecheck`.
 */
import i18next from 'i18next';
import { live } from '../../../../../locales/en/live.ts';

export type LiveMessages = typeof live;

export const LIVE_LOCALES = ['en', 'nl', 'nb'] as const;
export type LiveLocale = (typeof LIVE_LOCALES)[number];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Unplural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Unplural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the live screens' text. */
export type LiveKey = Leaves<LiveMessages>;
/** Interpolation values; `count` also picks the plural form. */
export type LiveTranslateOptions = { count?: number } & Record<string, string | number | undefined>;

const NAMESPACE = 'live';

const loaders: Record<Exclude<LiveLocale, 'en'>, () => Promise<object>> = {
  nl: () => import('../../../../../locales/nl/live.ts').then((m) => m.live),
  nb: () => import('../../../../../locales/nb/live.ts').then((m) => m.live),
};

export const liveI18n = i18next.createInstance();
void liveI18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LIVE_LOCALES],
  ns: [NAMESPACE],
  defaultNS: NAMESPACE,
  resources: { en: { [NAMESPACE]: live } },
  initAsync: false,
  interpolation: { escapeValue: false }, // Lit escapes text it renders
  showSupportNotice: false,
} as Parameters<typeof liveI18n.init>[0]);

// The course player's CustomTypeOptions type i18next's `t` against the learners' keys; the
// live screens check their own keys through LiveKey instead.
const untypedT = liveI18n.t.bind(liveI18n) as unknown as (key: string, options?: object) => string;

/** Text for `key` in the current live language. */
export function translate(key: LiveKey, options?: LiveTranslateOptions): string {
  return untypedT(key, options);
}

export function isLiveLocale(value: unknown): value is LiveLocale {
  return typeof value === 'string' && (LIVE_LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages the live screens have, else English. */
export function browserLiveLocale(languages: readonly string[] = navigator.languages): LiveLocale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]!;
    // Norwegian in general (no) and nynorsk (nn) readers get bokmål rather than English.
    const mapped = base === 'no' || base === 'nn' ? 'nb' : base;
    if (isLiveLocale(mapped)) return mapped;
  }
  return 'en';
}

/** Switches the live screens' language, loading its text first; every controller re-renders. */
export async function setLiveLanguage(locale: LiveLocale): Promise<void> {
  if (locale !== 'en' && !liveI18n.hasResourceBundle(locale, NAMESPACE)) {
    liveI18n.addResourceBundle(locale, NAMESPACE, await loaders[locale]());
  }
  if (liveI18n.language !== locale) await liveI18n.changeLanguage(locale);
}
