/**
 * The one i18next instance for interface text (course text arrives already translated in the
 * course data). English, the source and fallback, is bundled; every other language loads on
 * first use from its folder in `locales/` (ui-text.ts), so a learner downloads only the
 * interface text of the language they read, and a new language needs no entry here.
 */
import i18next from 'i18next';
import { certificate } from '../../../locales/en/certificate.ts';
import { common } from '../../../locales/en/common.ts';
import { course } from '../../../locales/en/course.ts';
import { dialogue } from '../../../locales/en/dialogue.ts';
import { exercise } from '../../../locales/en/exercise.ts';
import { framing } from '../../../locales/en/framing.ts';
import { page } from '../../../locales/en/page.ts';
import { quiz } from '../../../locales/en/quiz.ts';
import { reflection } from '../../../locales/en/reflection.ts';
import { tracking } from '../../../locales/en/tracking.ts';
import type { SourceMessages } from '../../../locales/index.ts';
import { findUiText } from './ui-text.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: SourceMessages };
    returnNull: false;
  }
}

// English minus `final` and `screens`: those arrive with the elements that use them
// (final-text.ts, screens-text.ts), since the launch bundle has a size budget.
const en = { common, course, page, dialogue, quiz, exercise, reflection, certificate, tracking, framing };

export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  // No `supportedLngs`: the course's languages are data (course.yaml), and i18next would turn
  // any language missing from such a list into English, `dir` included.
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false }, // Lit escapes text it renders
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);

/**
 * Switches the interface to the course locale's language (loading its text first); every
 * LocalizeController re-renders. A language without interface text of its own shows English
 * buttons around the course text (the build warns about it: build/ui-locales/).
 */
export async function setUiLanguage(locale: string): Promise<void> {
  let ui = 'en';
  if (i18n.hasResourceBundle(locale, 'translation')) ui = locale;
  else {
    const found = await findUiText(locale);
    if (found) {
      if (!i18n.hasResourceBundle(found.tag, 'translation')) i18n.addResourceBundle(found.tag, 'translation', found.text);
      ui = found.tag;
    } else if (!locale.startsWith('en')) console.warn(`workmentor: no interface text for "${locale}" (locales/${locale}/); the buttons stay in English.`);
  }
  await i18n.changeLanguage(ui);
}
