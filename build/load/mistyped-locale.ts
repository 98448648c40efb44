/**
 * A mistyped locale in course.yaml (`no` for Norwegian bokmål, which is `nb`) is a valid tag, so
 * nothing rejects it; it only leaves the course with a locale nobody translated and a full set of
 * files for a locale the course does not list: well over a hundred "missing" and "stray" errors
 * for one typo. This finds the typo: a course locale without a single translation file while
 * another locale, not in the course, has them. The loader then reports the typo alone and judges
 * neither locale until it is fixed.
 */
import { join } from 'node:path';
import { closest } from '../errors/did-you-mean.ts';
import { listNames, localeOfYaml } from './course-folder.ts';

export interface MistypedLocale {
  /** The locale course.yaml lists. */
  locale: string;
  /** The locale the translation files are written for. */
  meant: string;
  /** Those files, relative to the course root. */
  files: string[];
}

export async function findMistypedLocales(root: string, p: { locales: readonly string[]; sourceLocale: string; modules: readonly string[] }): Promise<MistypedLocale[]> {
  const byLocale = new Map<string, string[]>();
  for (const dir of ['.', ...p.modules.map((m) => `modules/${m}`)]) {
    for (const name of await listNames(join(root, dir, 'i18n'), 'file')) {
      const locale = localeOfYaml(name);
      if (locale) byLocale.set(locale, [...(byLocale.get(locale) ?? []), dir === '.' ? `i18n/${name}` : `${dir}/i18n/${name}`]);
    }
  }
  const strays = [...byLocale.keys()].filter((l) => l !== p.sourceLocale && !p.locales.includes(l));
  const untranslated = p.locales.filter((l) => l !== p.sourceLocale && !byLocale.has(l));
  return untranslated.flatMap((locale) => {
    // With one untranslated and one stray locale the pairing is plain; with more, only a close spelling pairs them.
    const meant = closest(locale, strays) ?? (untranslated.length === 1 && strays.length === 1 ? strays[0] : undefined);
    return meant ? [{ locale, meant, files: byLocale.get(meant)! }] : [];
  });
}
