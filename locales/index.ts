/** Interface text for every supported locale. English is the source; the others are typed from it. */
import { en } from './en/index.ts';
import { nb } from './nb/index.ts';
import { nl } from './nl/index.ts';

export const resources = { en: { translation: en }, nl: { translation: nl }, nb: { translation: nb } } as const;
export type UiLocale = keyof typeof resources;
export const UI_LOCALES = Object.keys(resources) as UiLocale[];
export type SourceMessages = typeof en;
