/**
 * Reads a translation file (`i18n/<locale>.yaml`) into flat keys, keeping where each key and
 * value is so extra keys and empty values can be pointed at. Nested maps and dotted keys flatten
 * the same way; a YAML list is a list value where the source has one (`accept`) and indexed
 * entries elsewhere (`facilitator.questions`).
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Location } from '../errors/content-error.ts';
import { LIST_FIELDS } from './translatable.ts';
import type { YamlFile } from './yaml-file.ts';

export interface TranslationEntry {
  key: string;
  /** Trimmed text, a list of trimmed texts, or `{ wrongShape }` for a wrong shape. */
  value: string | string[] | { wrongShape: 'map' | 'list' };
  keyAt: Location;
  valueAt: Location;
  /**
   * The value still carries the `# TODO translate` marker the scaffolder writes beside source
   * text copied in as a start (build/scaffold/translation-prefill.ts): it is there, but not
   * translated yet. The build accepts it; a translation tool should not.
   */
  marked?: boolean;
}

/**
 * Flat entries of `file`. `sourceKeys` marks leaves: a key the source has is always read as one
 * value, so a translator who nests something under a text key gets "wrong shape", not two errors.
 */
/** The scaffolder's marker on a copied source text (translation-prefill.ts TODO_MARKER, without its `#`). */
export const TODO_MARK = /^\s*TODO translate\b/;

/**
 * The same marker in a page or printable template `workmentor new language` copied from the
 * source (translation-prefill.ts PAGE_TODO_MARKER): an HTML comment on a line of its own, which
 * the page sanitizer drops, so learners never see it.
 */
export const PAGE_TODO_MARK = /^[ \t]*<!--[ \t]*TODO translate\b[^\n]*-->[ \t]*$/m;

export function flattenTranslation(file: YamlFile, sourceKeys: ReadonlySet<string>): TranslationEntry[] {
  const out: TranslationEntry[] = [];
  const locationOf = (node: unknown, fallback: Location): Location => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? file.at(range[0], Math.max(1, range[1] - range[0])) : fallback;
  };
  const visit = (node: Node | null, prefix: string, keyAt: Location): void => {
    const lastSegment = prefix.slice(prefix.lastIndexOf('.') + 1);
    const isLeaf = prefix !== '' && (sourceKeys.has(prefix) || LIST_FIELDS.has(lastSegment));
    if (!isLeaf && isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = prefix ? `${prefix}.${String(pair.key.value)}` : String(pair.key.value);
        visit(pair.value as Node | null, key, locationOf(pair.key, keyAt));
      }
      return;
    }
    if (!isLeaf && isSeq(node) && prefix !== '') {
      node.items.forEach((item, i) => visit(item as Node | null, `${prefix}.${i}`, locationOf(item, keyAt)));
      return;
    }
    if (!prefix) return;
    const valueAt = locationOf(node, keyAt);
    if (isSeq(node)) {
      const items = node.items.map((item) => (isScalar(item) ? String(item.value ?? '').trim() : undefined));
      const value = items.every((v): v is string => v !== undefined) ? items : { wrongShape: 'list' as const };
      out.push({ key: prefix, value, keyAt, valueAt });
    } else if (isMap(node)) {
      out.push({ key: prefix, value: { wrongShape: 'map' }, keyAt, valueAt });
    } else {
      const marked = isScalar(node) && TODO_MARK.test(node.comment ?? '');
      out.push({ key: prefix, value: isScalar(node) ? String(node.value ?? '').trim() : '', keyAt, valueAt, ...(marked ? { marked } : {}) });
    }
  };
  visit(file.root, '', file.at(0));
  return out;
}
