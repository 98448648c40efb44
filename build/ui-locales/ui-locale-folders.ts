/**
 * Which interface-text folder a course locale uses and what is in it, read the way the player
 * reads it (components/src/i18n/ui-text.ts): `locales/<tag>/` for the tag, else for its
 * language (`nl` for `nl-BE`). The folder's files are TypeScript modules; the build runs under
 * tsx, so they are imported as they are.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { primaryLanguage } from '../../course/schema/locale-tag.ts';

/** The files of a locale folder the learner's player reads, and the export each holds. */
export const PLAYER_UI_FILES = [
  { file: 'index.ts', exportName: 'messages' },
  { file: 'portfolio.ts', exportName: 'portfolio' },
] as const;

/** The folder of interface text a course locale gets, or undefined: the player then shows English. */
export async function uiFolderFor(localesDir: string, locale: string): Promise<{ tag: string; dir: string } | undefined> {
  for (const tag of new Set([locale, primaryLanguage(locale)])) {
    const dir = path.join(localesDir, tag);
    try {
      await access(path.join(dir, 'index.ts'));
      return { tag, dir };
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/**
 * The export of one file of a locale folder; undefined when the file or the export is missing.
 * A file that does not compile throws (tsx's message names the file and line).
 */
export async function readUiFile(dir: string, file: string, exportName: string): Promise<object | undefined> {
  const full = path.join(dir, file);
  try {
    await access(full);
  } catch {
    return undefined;
  }
  const module = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  const value = module[exportName];
  return value && typeof value === 'object' ? value : undefined;
}
