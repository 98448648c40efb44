/** Interface text for every supported locale. English is the source; the others are typed from it. */
import { en } from './en/index.ts';
import { final } from './en/final.ts';
import { screens } from './en/screens.ts';
import { nb } from './nb/index.ts';
import { nl } from './nl/index.ts';

export const resources = { en: { translation: { ...en, final, screens } }, nl: { translation: nl }, nb: { translation: nb } } as const;
export type UiLocale = keyof typeof resources;
export const UI_LOCALES = Object.keys(resources) as UiLocale[];
/** The English text, `final` and `screens` included (the player loads those parts with the elements that use them). */
export type SourceMessages = (typeof resources)['en']['translation'];
