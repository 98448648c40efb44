/**
 * Each language's name in that language (endonyms), for the language picker. Not translated:
 * a Dutch speaker looks for "Nederlands" whatever language the page is in now.
 */
export const LANGUAGE_NAMES = { en: 'English', nl: 'Nederlands', nb: 'Norsk bokmål' } as const;
