/**
 * Each language's name in that language (its endonym), for the language pickers. Not translated:
 * a Dutch speaker looks for "Nederlands" whatever language the page is in now. The names come
 * from the browser's own CLDR data (`Intl.DisplayNames`), so a new course language needs no entry
 * here; `NAME_OVERRIDES` holds only names Intl gets wrong or lacks, as data.
 */

/** Endonyms Intl does not give as we want them: none so far (Intl knows en, nl, nb, de, ar, ...). */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {};

/** `Nederlands` for `nl`, `Norsk bokmål` for `nb`, `العربية` for `ar`; the tag itself when nothing knows it. */
export function languageName(tag: string): string {
  const override = NAME_OVERRIDES[tag];
  if (override) return override;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    // A tag Intl refuses: shown as written rather than breaking the picker.
  }
  if (!name) return tag;
  // CLDR writes some endonyms in lower case ("norsk bokmål"); a picker entry starts like a name.
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
