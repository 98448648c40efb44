/**
 * Compares one translation file with the English source texts it translates: every source key
 * must be there and non-empty, no key may be unknown, lists stay lists and labels stay within
 * their limits. Returns the usable translations for building the locale's course data.
 */
import { isMap, isSeq } from 'yaml';
import { contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import { closest, editDistance } from '../errors/did-you-mean.ts';
import { flattenTranslation, type TranslationEntry } from './translation-file.ts';
import { findIdRenames } from './translation-renames.ts';
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
  /**
   * Draft mode: a missing or empty translation is shown in the source language, marked, and
   * reported as one warning per file instead of an error per text.
   */
  draft?: boolean;
}

/** A source text standing in for a missing translation in a draft, marked so nobody takes it for translated. */
export function draftText(value: TextValue, locale: string): TextValue {
  const mark = (text: string) => `[${locale}?] ${text}`;
  return Array.isArray(value) ? value.map(mark) : mark(value);
}

export function checkTranslation(check: TranslationCheck): { errors: ContentError[]; texts: Map<string, TextValue> } {
  const { locale, file, source, courseArg } = check;
  const texts = new Map<string, TextValue>();
  if (!file) {
    if (check.draft) {
      for (const original of source) texts.set(original.key, draftText(original.value, locale));
      return { errors: source.length > 0 ? [contentError('DraftTranslationMissing', { locale, file: check.fileName, count: source.length }, wholeFile(check.fileName))] : [], texts };
    }
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
  // A node whose lines were split or merged in translation is one problem, not one per line.
  const lineCounts = lineCountMismatches(source, entries, { locale, skipped });
  errors.push(...lineCounts.errors);
  const counted = (key: string): boolean => lineCounts.lists.some((list) => key.startsWith(`${list}.`));
  const seen = new Set<string>();
  /** In a draft: texts missing or empty, shown in the source language. */
  const drafted: TextEntry[] = [];
  // A mistyped key (or a renamed id) is reported once; the key it meant is not also listed as missing.
  const meant = new Set<string>();
  const present = new Set(entries.map((e) => e.key));
  // Keys under a malformed or doubled id are not judged, so they are never suggested either.
  const untranslated = [...sourceByKey.keys()].filter((k) => !present.has(k) && !skipped(k) && !counted(k));
  const unknown = entries.map((e) => e.key).filter((k) => !sourceByKey.has(k) && !skipped(k) && !orphaned(k) && !counted(k));
  // A renamed id is one error; a single mistyped key keeps its own "did you mean" below.
  const renames = findIdRenames(unknown, untranslated, [...sourceByKey.keys()], [...present]).filter(
    (r) => r.matched.length > 1 || !closest(lastSegment(r.from), [lastSegment(r.to)]),
  );
  for (const rename of renames) {
    const first = entries.find((e) => e.key === rename.unknown[0])!;
    const path = rename.from.split('.');
    // At the old id's own key when the file nests it; with dotted keys, at the first key under it.
    const at = nested(file.data, path) ? file.locate(path, { part: 'key' }) : first.keyAt;
    const params = { locale, key: rename.from, from: lastSegment(rename.from), to: lastSegment(rename.to), count: rename.matched.length };
    errors.push(contentError('TranslationIdRenamed', params, at));
    for (const key of rename.matched) meant.add(key);
  }
  const renamed = (key: string): boolean => renames.some((r) => key.startsWith(`${r.from}.`));
  for (const entry of entries) {
    const original = sourceByKey.get(entry.key);
    seen.add(entry.key);
    if (!original) {
      if (skipped(entry.key) || orphaned(entry.key) || counted(entry.key) || renamed(entry.key)) continue;
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
      if (check.draft) drafted.push(original);
      else errors.push(contentError('TranslationEmpty', { key: entry.key, locale }, value === '' ? entry.keyAt : entry.valueAt));
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
    if (seen.has(original.key) || skipped(original.key) || meant.has(original.key) || counted(original.key)) continue;
    if (check.draft) {
      drafted.push(original);
      continue;
    }
    const english = Array.isArray(original.value) ? original.value.join(' | ') : original.value;
    errors.push(contentError('TranslationKeyMissing', { key: original.key, locale, english, course: courseArg }, wholeFile(file.file)));
  }
  for (const original of drafted) texts.set(original.key, draftText(original.value, locale));
  if (drafted.length > 0) errors.push(contentError('DraftTranslationMissing', { locale, file: file.file, count: drafted.length }, wholeFile(file.file)));
  return { errors, texts };
}

const nested = (data: unknown, path: string[]): boolean =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' && key in node ? (node as Record<string, unknown>)[key] : undefined), data) !== undefined;

const lastSegment = (key: string): string => key.slice(key.lastIndexOf('.') + 1);

const LINE_KEY = /^(activities\.([^.]+)\.nodes\.([^.]+)\.lines)\.(\d+)$/;

/**
 * Dialogue lines are translated by position, so a translation with more or fewer lines in a node
 * than the source is a shape problem of the node (a line split in two, or two merged), reported
 * once at the first extra line or after the last one, not as unknown and missing keys.
 */
function lineCountMismatches(source: TextEntry[], entries: TranslationEntry[], p: { locale: string; skipped: (key: string) => boolean }): { errors: ContentError[]; lists: string[] } {
  const count = (keys: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const key of keys) {
      const list = LINE_KEY.exec(key)?.[1];
      if (list) counts.set(list, (counts.get(list) ?? 0) + 1);
    }
    return counts;
  };
  const inSource = count(source.map((e) => e.key));
  const nodes = new Set(source.map((e) => /^activities\.[^.]+\.nodes\.[^.]+/.exec(e.key)?.[0]).filter((n) => n !== undefined));
  const errors: ContentError[] = [];
  const lists: string[] = [];
  for (const [list, lines] of count(entries.map((e) => e.key))) {
    const [, , dialogue = '', node = ''] = LINE_KEY.exec(`${list}.0`) ?? [];
    const expected = inSource.get(list) ?? 0;
    // A node the source does not have is an unknown key like any other; one whose id is doubled or malformed is not judged.
    if (lines === expected || !nodes.has(list.slice(0, -'.lines'.length)) || p.skipped(`${list}.0`)) continue;
    const own = entries.filter((e) => e.key.startsWith(`${list}.`));
    const at = lines > expected ? own[expected]!.keyAt : own.at(-1)!.valueAt;
    errors.push(contentError('TranslationLineCount', { locale: p.locale, dialogue, node, lines, expected }, at));
    lists.push(list);
  }
  return { errors, lists };
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
