/**
 * Translation entries pre-filled with the source text, each marked `# TODO translate`, so a new
 * language (or a new module or activity in a course that has languages) builds at once and a
 * translator finds every text still to do by searching for the marker. The keys come from the
 * same description the loader checks (build/load/translatable.ts), so they are exactly the keys
 * the build expects.
 *
 * The trade-off: the translator's worksheet (build/i18n-extract.ts) lists only missing or empty
 * keys, so it does not list these; the marker does.
 */
import { stringify } from 'yaml';
import { listTexts, type TextEntry, type TextSpec } from '../load/translatable.ts';
import { indented } from './yaml-insert.ts';

export const TODO_MARKER = '# TODO translate';

/** The marker on a copied page or template (build/load/translation-file.ts PAGE_TODO_MARK reads it). */
export const PAGE_TODO_MARKER = '<!-- TODO translate: a copy of the source text. Translate the file, then delete this line. -->';

/**
 * A copy of a source page or template, marked: the marker goes first in a page, and under the
 * title line in a template, whose first line must stay its title heading.
 */
export function markedCopy(text: string, kind: 'page' | 'template'): string {
  if (kind === 'page') return `${PAGE_TODO_MARKER}\n\n${text}`;
  const [title, ...rest] = text.split('\n');
  return [title, '', PAGE_TODO_MARKER, ...rest].join('\n');
}

interface Tree {
  [segment: string]: Tree | TextEntry;
}

const isEntry = (value: Tree | TextEntry): value is TextEntry => Array.isArray((value as TextEntry).path) && typeof (value as TextEntry).key === 'string';

/** Every text of `data` per `spec`, as nested YAML with the source text and the marker. */
export function prefilledYaml(spec: TextSpec, data: unknown): string {
  const tree: Tree = {};
  for (const entry of listTexts(spec, data)) {
    const segments = entry.key.split('.');
    let node = tree;
    for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Tree;
    node[segments.at(-1)!] = entry;
  }
  return render(tree);
}

/** The nested YAML under `prefix` (e.g. `activities.<id>`) of `prefilledYaml`, as one `key:` entry. */
export function prefilledEntry(spec: TextSpec, data: unknown, prefix: readonly string[]): string {
  const tree: Tree = {};
  for (const entry of listTexts(spec, data)) {
    const segments = entry.key.split('.');
    if (prefix.some((p, i) => segments[i] !== p)) continue;
    let node = tree;
    for (const segment of segments.slice(prefix.length - 1, -1)) node = (node[segment] ??= {}) as Tree;
    node[segments.at(-1)!] = entry;
  }
  return render(tree);
}

function render(tree: Tree): string {
  const lines: string[] = [];
  const keys = Object.keys(tree);
  // A list keyed by position (facilitator questions, dialogue lines) is written as a YAML list,
  // as in the guide; the loader reads both forms.
  const asList = keys.length > 0 && keys.every((k, i) => k === String(i));
  for (const key of keys) {
    const value = tree[key]!;
    const head = asList ? '-' : `${key}:`;
    if (!isEntry(value)) {
      lines.push(asList ? `- ${render(value).trimEnd().split('\n').join('\n  ')}` : `${head}\n${indented(render(value), 2).trimEnd()}`);
      continue;
    }
    const text = Array.isArray(value.value) ? `[${value.value.map(scalar).join(', ')}]` : scalar(value.value);
    const [first, ...rest] = text.split('\n');
    const scalarLines = [`${head} ${first} ${TODO_MARKER}${value.limit ? ` (at most ${value.limit} characters)` : ''}`];
    if (rest.length > 0) scalarLines.push(indented(rest.join('\n'), 2).trimEnd());
    lines.push(...scalarLines);
  }
  return `${lines.join('\n')}\n`;
}

const scalar = (text: string): string => stringify(text, { lineWidth: 0 }).trimEnd();
