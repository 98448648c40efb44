/**
 * The one i18next instance for interface text (course text arrives already translated in the
 * course data). English, the source and fallback, is bundled; Dutch and Norwegian load on first
 * use, so a learner downloads only the interface text of the language they read.
 */
import i18next from 'i18next';
import { en } from '../../../locales/en/index.ts';
import type { SourceMessages, UiLocale } from '../../../locales/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: SourceMessages };
    returnNull: false;
  }
}

const loaders: Record<Exclude<UiLocale, 'en'>, () => Promise<SourceMessages | object>> = {
  nl: () => import('../../../locales/nl/index.ts').then((m) => m.nl),
  nb: () => import('../../../locales/nb/index.ts').then((m) => m.nb),
};

export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'nl', 'nb'],
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false }, // Lit escapes text it renders
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);

/** Switches the interface language (loading its text first); every LocalizeController re-renders. */
export async function setUiLanguage(locale: UiLocale): Promise<void> {
  if (locale !== 'en' && !i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
  }
  await i18n.changeLanguage(locale);
}
