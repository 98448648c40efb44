/**
 * The build's check of the interface text for the course locales it packages, as problems the
 * CLI prints like content errors (the files are not course content, so the entries live here,
 * not in the course's error catalogue).
 *
 * A missing key is an error, not an English fallback: i18next would show that one button or
 * screen-reader announcement in English in the middle of a translated screen, and nobody would
 * notice. A folder copied from English is complete by construction, so the error fires only for
 * a real gap. A course locale with no folder at all is a warning: the whole interface is then
 * consistently English around the course text, a choice an organisation may make on purpose.
 */
import path from 'node:path';
import { listOf } from '../errors/define-error.ts';
import type { ContentError } from '../errors/content-error.ts';
import { uiKeyProblems, type UiKeyProblem } from './ui-locale-check.ts';
import { PLAYER_UI_FILES, readUiFile, uiFolderFor } from './ui-locale-folders.ts';

/** `dashboardPanels` → `dashboard-panels.ts`: a namespace's own file in a locale folder. */
const namespaceFile = (namespace: string): string => `${namespace.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`;

/** Problems with the interface text of `locales` in `localesDir` (one folder per language, `en` the source). */
export async function checkUiText(localesDir: string, locales: readonly string[]): Promise<ContentError[]> {
  const shown = (...parts: string[]) => path.relative(process.cwd(), path.join(localesDir, ...parts)).split(path.sep).join('/');
  const problems: ContentError[] = [];
  const checked = new Set<string>();
  for (const locale of locales) {
    const folder = await uiFolderFor(localesDir, locale);
    if (!folder) {
      if (!locale.startsWith('en')) problems.push(noFolder(locale, shown(locale)));
      continue;
    }
    if (folder.tag === 'en' || checked.has(folder.tag)) continue;
    checked.add(folder.tag);
    for (const { file, exportName } of PLAYER_UI_FILES) {
      const english = await readUiFile(path.join(localesDir, 'en'), file, exportName);
      if (!english) throw new Error(`The English interface text is missing: ${shown('en', file)} must export \`${exportName}\`.`);
      const text = await readUiFile(folder.dir, file, exportName);
      if (!text) {
        problems.push(fileMissing(shown(folder.tag, file), exportName, shown('en', file)));
        continue;
      }
      // Keys of index.ts live in one file per namespace; portfolio.ts is one file itself.
      const group = (p: UiKeyProblem) => (file === 'index.ts' ? (p.namespace in text ? shown(folder.tag, namespaceFile(p.namespace)) : shown(folder.tag, file)) : shown(folder.tag, file));
      const keyed = uiKeyProblems(file === 'index.ts' ? english : { [exportName]: english }, file === 'index.ts' ? text : { [exportName]: text }, folder.tag);
      for (const [where, list] of groupBy(keyed, group)) {
        const missing = list.filter((p) => p.kind === 'missing').map(keyName);
        const extra = list.filter((p) => p.kind === 'extra').map(keyName);
        if (missing.length) problems.push(keysMissing(where, folder.tag, missing));
        if (extra.length) problems.push(keysExtra(where, extra));
      }
    }
  }
  return problems;
}

const keyName = (p: UiKeyProblem): string => (p.key ? `${p.namespace}.${p.key}` : p.namespace);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const at = (file: string) => ({ file, line: 0, column: 0 });

function keysMissing(file: string, tag: string, keys: string[]): ContentError {
  return {
    name: 'UiTextMissing',
    severity: 'error',
    ...at(file),
    what: `The "${tag}" interface text lacks ${keys.length === 1 ? 'a key' : `${keys.length} keys`}: ${listOf(keys)}.`,
    why: 'the player would show these buttons, labels or screen-reader announcements in English in the middle of a translated screen.',
    fix: `copy each key from the same file in locales/en/ and translate its text; plural keys need one form per plural category of "${tag}" (_zero, _one, _two, _few, _many, _other as the language has them).`,
  };
}

function keysExtra(file: string, keys: string[]): ContentError {
  return {
    name: 'UiTextUnused',
    severity: 'warning',
    ...at(file),
    what: `${keys.length === 1 ? 'A key' : `${keys.length} keys`} the player never reads: ${listOf(keys)}.`,
    why: 'usually a misspelt key (its right spelling is then reported missing) or a plural form the language does not have.',
    fix: 'rename the key as it is in locales/en/, or remove it.',
  };
}

function fileMissing(file: string, exportName: string, english: string): ContentError {
  return {
    name: 'UiTextMissing',
    severity: 'error',
    ...at(file),
    what: `${file} is missing or does not export \`${exportName}\`.`,
    why: 'the player loads this file for the language and would find nothing in it.',
    fix: `copy ${english} to ${file} and translate its text.`,
  };
}

function noFolder(locale: string, folder: string): ContentError {
  return {
    name: 'UiLocaleMissing',
    severity: 'warning',
    ...at(folder),
    what: `The course locale "${locale}" has no interface text (${folder}/ does not exist).`,
    why: 'learners in this language read the course text with English buttons, labels and screen-reader announcements.',
    fix: `copy locales/en/ to ${folder}/ and translate the text in its files (docs/content-guide.md, "Adding a language").`,
  };
}
