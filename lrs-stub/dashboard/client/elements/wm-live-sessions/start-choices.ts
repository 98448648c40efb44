/**
 * What the start form offers from the catalog: a module can be run only in the languages it was
 * built in, so the language choice follows the module, and a module is named in the language
 * the session will run in (else the dashboard's, else its first), since that is the title the
 * room will see.
 */
import type { Catalog } from '../../api/live-api.ts';
import type { Locale } from '../../../../../course/schema/ids.ts';

export type CatalogModule = Catalog['modules'][number];

/** The module's languages, in the catalog's order. */
export function localesOf(catalog: Catalog, module: CatalogModule | undefined): Locale[] {
  if (!module) return [];
  const own = Object.keys(module.byLocale) as Locale[];
  return [...catalog.locales.filter((locale) => own.includes(locale)), ...own.filter((locale) => !catalog.locales.includes(locale))];
}

/** `wanted` when the module has it, else the dashboard's language, else the module's first. */
export function pickLocale(catalog: Catalog, module: CatalogModule | undefined, wanted: string | undefined, uiLanguage: string): Locale | undefined {
  const available = localesOf(catalog, module);
  return available.find((locale) => locale === wanted) ?? available.find((locale) => locale === uiLanguage) ?? available[0];
}

export function moduleTitle(module: CatalogModule, locale: string | undefined, uiLanguage: string): string {
  const byLocale = module.byLocale as Partial<Record<string, { title: string }>>;
  return (locale ? byLocale[locale]?.title : undefined) ?? byLocale[uiLanguage]?.title ?? Object.values(byLocale)[0]?.title ?? module.id;
}

export function stepsOf(module: CatalogModule | undefined, locale: Locale | undefined): number | undefined {
  return module && locale ? module.byLocale[locale]?.steps : undefined;
}
