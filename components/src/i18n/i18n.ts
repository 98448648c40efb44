/**
 * The one i18next instance for interface text (course text arrives already translated in the
 * course data). Initialised synchronously with every locale bundled: the interface strings of
 * all three locales are a few kilobytes, and a language switch must not wait for the network.
 */
import i18next from 'i18next';
import { resources, type SourceMessages, type UiLocale } from '../../../locales/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: SourceMessages };
    returnNull: false;
  }
}

export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'nl', 'nb'],
  resources,
  initAsync: false,
  interpolation: { escapeValue: false }, // Lit escapes text it renders
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);

/** Switches the interface language; every element with a LocalizeController re-renders. */
export async function setUiLanguage(locale: UiLocale): Promise<void> {
  await i18n.changeLanguage(locale);
}
