/**
 * Finds a locale's interface text by its folder name, `locales/<tag>/index.ts`, instead of a
 * hand-written list of loaders: a language added as a folder is found without a code change.
 * The template import is bundled by Vite as a glob over `locales/*\/index.ts` (one chunk per
 * folder, fetched on first use); in the browser tests and in Node it is a plain module URL.
 */
import { isLocaleTag, primaryLanguage } from '../../../course/schema/locale-tag.ts';

const loaded = new Map<string, Promise<object | undefined>>();

/** The `messages` of `locales/<tag>/index.ts`, or undefined when there is no such folder. */
export function loadUiText(tag: string): Promise<object | undefined> {
  // Only a well-formed tag reaches the import: it names a folder, never a path.
  if (!isLocaleTag(tag)) return Promise.resolve(undefined);
  let text = loaded.get(tag);
  if (!text) {
    text = import(`../../../locales/${tag}/index.ts`).then(
      (m: { messages?: object }) => m.messages,
      () => undefined,
    );
    loaded.set(tag, text);
  }
  return text;
}

/**
 * The interface locale for a course locale and its text: the tag's own folder (`pt-BR`), else
 * its language's (`nl` for `nl-BE`), else none (the caller shows English). English is in the
 * launch bundle, so it is never fetched.
 */
export async function findUiText(locale: string): Promise<{ tag: string; text: object } | undefined> {
  for (const tag of new Set([locale, primaryLanguage(locale)])) {
    if (primaryLanguage(tag) === 'en') return undefined;
    const text = await loadUiText(tag);
    if (text) return { tag, text };
  }
  return undefined;
}
