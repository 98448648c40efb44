/**
 * Compares one translation file with the English source texts it translates: every source key
 * must be there and non-empty, no key may be unknown, lists stay lists and labels stay within
 * their limits. Returns the usable translations for building the locale's course data.
 */
import { isMap, isSeq } from 'yaml';
import { contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import { closest, editDistance } from '../errors/did-you-mean.ts';
import { flattenTranslation } from './translation-file.ts';
import type { TextEntry, TextValue } from './translatable.ts';
import type { UnsettledList } from './unique-ids.ts';
import type { YamlFile } from './yaml-file.ts';

export interface TranslationCheck {
  locale: string;
  /** Expected path of the file, relative to the course root. */
  fileName: string;
  file: YamlFile | undefined;
  source: TextEntry[];
  /** Keys under these prefixes are not judged (their source part failed validation). */
  skip: string[];
  /** Lists in the source with a duplicated or malformed id: keys that only fail because of it are not judged. */
  unsettled?: readonly UnsettledList[];
  /** The course folder as the author named it, for the worksheet command in messages. */
  courseArg: string;
}

export function checkTranslation(check: TranslationCheck): { errors: ContentError[]; texts: Map<string, TextValue> } {
  const { locale, file, source, courseArg } = check;
  const texts = new Map<string, TextValue>();
  if (!file) {
    const errors = source.length > 0 ? [contentError('TranslationFileMissing', { locale, file: check.fileName, count: source.length, course: courseArg }, wholeFile(check.fileName))] : [];
    return { errors, texts };
  }
  if (file.errors.length > 0) return { errors: file.errors, texts };
  if (file.root && !isMap(file.root)) {
    const found = isSeq(file.root) ? 'a list' : 'a single value';
    return { errors: [contentError('NotAMap', { file: file.file, found, fields: [] }, file.locate([]))], texts };
  }

  const errors: ContentError[] = [];
  const sourceByKey = new Map(source.map((e) => [e.key, e]));
  const under = (key: string, prefix: string): boolean => key === prefix || key.startsWith(`${prefix}.`);
  const unsettled = check.unsettled ?? [];
  const skipped = (key: string): boolean =>
    check.skip.some((prefix) => under(key, prefix)) || unsettled.some((list) => list.unsettled.some((id) => under(key, `${list.key}.${id}`)));
  // An unknown id in such a list is most likely the entry whose id was changed into the bad one.
  const orphaned = (key: string): boolean =>
    unsettled.some((list) => key.startsWith(`${list.key}.`) && !list.ids.includes(key.slice(list.key.length + 1).split('.')[0] ?? ''));
  const entries = flattenTranslation(file, new Set(sourceByKey.keys()));
  const seen = new Set<string>();
  // A mistyped key is reported once, as unknown with "did you mean"; the key it meant is not also listed as missing.
  const meant = new Set<string>();
  const present = new Set(entries.map((e) => e.key));
  const untranslated = [...sourceByKey.keys()].filter((k) => !present.has(k));
  for (const entry of entries) {
    const original = sourceByKey.get(entry.key);
    seen.add(entry.key);
    if (!original) {
      if (skipped(entry.key) || orphaned(entry.key)) continue;
      const suggestion = closestKey(entry.key, untranslated);
      if (suggestion) meant.add(suggestion);
      errors.push(contentError('TranslationKeyUnknown', { key: entry.key, locale, ...(suggestion ? { suggestion } : {}) }, entry.keyAt));
      continue;
    }
    const value = entry.value;
    const wantsList = Array.isArray(original.value);
    if (!Array.isArray(value) && typeof value !== 'string') {
      errors.push(contentError('TranslationWrongShape', { key: entry.key, locale, expected: wantsList ? 'list' : 'text' }, entry.valueAt));
    } else if (Array.isArray(value) !== wantsList) {
      errors.push(contentError('TranslationWrongShape', { key: entry.key, locale, expected: wantsList ? 'list' : 'text' }, entry.valueAt));
    } else if (value.length === 0 || (Array.isArray(value) && value.some((v) => v === ''))) {
      errors.push(contentError('TranslationEmpty', { key: entry.key, locale }, value === '' ? entry.keyAt : entry.valueAt));
    } else {
      if (typeof value === 'string' && original.limit && value.length > original.limit) {
        errors.push(
          contentError('LabelTooLong', { label: `the "${locale}" translation of "${entry.key}"`, limit: original.limit, length: value.length }, entry.valueAt),
        );
      }
      texts.set(entry.key, value);
    }
  }
  for (const original of source) {
    if (seen.has(original.key) || skipped(original.key) || meant.has(original.key)) continue;
    const english = Array.isArray(original.value) ? original.value.join(' | ') : original.value;
    errors.push(contentError('TranslationKeyMissing', { key: original.key, locale, english, course: courseArg }, wholeFile(file.file)));
  }
  return { errors, texts };
}

/**
 * Keys are long paths, so "close" is judged on the segments that differ: one mistyped id or
 * field name, not any key within a third of the length.
 */
function closestKey(key: string, candidates: string[]): string | undefined {
  const parts = key.split('.');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const other = candidate.split('.');
    if (other.length !== parts.length) continue;
    const differing = other.map((p, i) => [parts[i]!, p] as const).filter(([a, b]) => a !== b);
    if (differing.length !== 1) continue;
    const [mine, theirs] = differing[0]!;
    if (closest(mine, [theirs]) && editDistance(mine, theirs) < bestScore) {
      best = candidate;
      bestScore = editDistance(mine, theirs);
    }
  }
  return best;
}
