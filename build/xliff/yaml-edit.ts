/**
 * Writes translations into an i18n YAML file while keeping the file as its author wrote it.
 *
 * A yaml `Document` re-renders the whole file on `toString()`: comments and key order survive,
 * but every folded `>-` paragraph is re-wrapped, so importing one changed title would rewrite
 * hundreds of lines. So a text that replaces an existing one is set on the concrete syntax tree
 * (`CST.setScalarValue`), which changes only that value and keeps its style; everything else is
 * printed from the source tokens byte for byte. Only a structural change (a key the file does
 * not have yet, a changed list of accepted answers) goes through the Document API, which then
 * re-renders the file: comments and key order stay, line wrapping may not.
 *
 * Keys are found the way build/load/translation-file.ts reads them: nested maps, dotted keys
 * (`activities.intro.title: …`) and YAML lists for indexed keys. Files are read with the
 * failsafe schema, like the loader, so "no" and "1.10" stay text.
 */
import { Composer, CST, Document, isMap, isScalar, isSeq, parseDocument, Parser, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextValue } from '../load/translatable.ts';
import { TODO_MARK } from '../load/translation-file.ts';

const SCHEMA = { schema: 'failsafe' as const, uniqueKeys: true };
/** Never fold long lines: translators' lines are as long as the author made them. */
const RENDER = { lineWidth: 0, flowCollectionPadding: false };

/**
 * `text` with `changes` (translation key → text or list) applied; `keyOrder` (the English
 * source order of keys) places keys the file does not have yet. `text` undefined: a new file.
 */
export function editTranslationYaml(text: string | undefined, changes: ReadonlyMap<string, TextValue>, keyOrder: readonly string[]): string {
  if (text === undefined || text.trim() === '') return newFile(changes, keyOrder);
  const inPlace = inPlaceEdit(text, changes);
  return inPlace ?? structuralEdit(text, changes, keyOrder);
}

/** Every change replaces an existing single text: edit the tokens, print the rest untouched. Undefined otherwise. */
function inPlaceEdit(text: string, changes: ReadonlyMap<string, TextValue>): string | undefined {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ ...SCHEMA, keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (docs.length !== 1 || !doc || doc.errors.length > 0) return undefined;
  const edits: { token: CST.Token; value: string }[] = [];
  for (const [key, value] of changes) {
    const found = findNode(doc.contents, key);
    const token = found && isScalar(found.node) ? (found.node as { srcToken?: CST.Token }).srcToken : undefined;
    if (typeof value !== 'string' || !token || !CST.isScalar(token)) return undefined;
    edits.push({ token, value });
  }
  // A block scalar's lines are indented past its key or list dash; the token knows only its parent's indent.
  for (const { token, value } of edits) {
    CST.setScalarValue(token, value, { afterKey: true });
    dropTodoMarker(token);
  }
  const edited = tokens.map((t) => CST.stringify(t)).join('');
  return readsAs(edited, changes) ? edited : undefined;
}

/** Removes a `# TODO translate` comment (and the space before it) after a value that is now translated. */
function dropTodoMarker(token: CST.Token): void {
  const end = (token as { end?: CST.SourceToken[] }).end;
  if (!end) return;
  const at = end.findIndex((part) => part.type === 'comment' && TODO_MARK.test(part.source.slice(1)));
  if (at < 0) return;
  const from = at > 0 && end[at - 1]!.type === 'space' ? at - 1 : at;
  end.splice(from, at - from + 1);
}

/** The safety net for token edits: the edited file parses and every changed key reads its new text. */
function readsAs(text: string, changes: ReadonlyMap<string, TextValue>): boolean {
  const doc = parseDocument(text, SCHEMA);
  if (doc.errors.length > 0) return false;
  return [...changes].every(([key, value]) => {
    const found = findNode(doc.contents, key);
    return isScalar(found?.node) && String(found.node.value) === value;
  });
}

function structuralEdit(text: string, changes: ReadonlyMap<string, TextValue>, keyOrder: readonly string[]): string {
  const doc: Document = parseDocument(text, SCHEMA);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  for (const [key, value] of changes) setKey(doc, doc.contents as YAMLMap, key, value, keyOrder);
  return doc.toString(RENDER);
}

function newFile(changes: ReadonlyMap<string, TextValue>, keyOrder: readonly string[]): string {
  const doc = new Document({});
  const ordered = [...changes.keys()].sort((a, b) => rank(keyOrder, a) - rank(keyOrder, b));
  for (const key of ordered) setKey(doc, doc.contents as YAMLMap, key, changes.get(key)!, keyOrder);
  return doc.toString(RENDER);
}

const rank = (order: readonly string[], key: string): number => {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
};

/** The node holding `key`, following dotted keys and list indexes as the loader does. */
function findNode(node: unknown, key: string): { node: Node } | undefined {
  if (key === '') return node ? { node: node as Node } : undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name === undefined) continue;
      if (key === name) return pair.value ? { node: pair.value as Node } : undefined;
      if (key.startsWith(`${name}.`)) {
        const found = findNode(pair.value, key.slice(name.length + 1));
        if (found) return found;
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    const [head, ...rest] = key.split('.');
    const item = /^\d+$/.test(head ?? '') ? node.items[Number(head)] : undefined;
    return item === undefined ? undefined : findNode(item, rest.join('.'));
  }
  return undefined;
}

/**
 * Sets `key` under `parent`, creating what is missing: nested maps, or the next item of a YAML
 * list. A new key goes before the first sibling that comes after it in the English source.
 * `prefix` is the key path of `parent`, for that ordering.
 */
function setKey(doc: Document, parent: YAMLMap | YAMLSeq, key: string, value: TextValue, keyOrder: readonly string[], prefix = ''): void {
  const [head, ...restParts] = key.split('.') as [string, ...string[]];
  const rest = restParts.join('.');
  const emptyFor = (next: string): YAMLMap | YAMLSeq => doc.createNode(/^\d+(\.|$)/.test(next) ? [] : {}) as YAMLMap | YAMLSeq;
  const make = (existing?: unknown): Node => {
    // An existing text keeps its node, and with it its style (`>-`, quotes) and comments.
    if (typeof value === 'string' && isScalar(existing)) {
      existing.value = value;
      // Translated now: the scaffolder's "TODO translate" beside it no longer holds.
      if (TODO_MARK.test(existing.comment ?? '')) existing.comment = undefined;
      return existing;
    }
    const node = doc.createNode(value) as Node;
    // Accepted answers are short: one line, like the author writes them.
    if (isSeq(node)) node.flow = true;
    return node;
  };
  if (isSeq(parent)) {
    const index = Number(head);
    if (index >= parent.items.length) parent.items.push(rest ? emptyFor(rest) : make());
    else if (!rest) parent.items[index] = make(parent.items[index]);
    else if (!isMap(parent.items[index]) && !isSeq(parent.items[index])) parent.items[index] = emptyFor(rest);
    if (rest) setKey(doc, parent.items[Math.min(index, parent.items.length - 1)] as YAMLMap | YAMLSeq, rest, value, keyOrder, `${prefix}${head}.`);
    return;
  }
  const pairs = parent.items as Pair<Node, Node | null>[];
  const nameOf = (pair: Pair<Node, Node | null>): string | undefined => (isScalar(pair.key) ? String(pair.key.value) : undefined);
  const exact = pairs.find((p) => nameOf(p) === key);
  if (exact) {
    exact.value = make(exact.value);
    return;
  }
  // The longest key that is a dotted prefix of `key` and holds a map or list (a file may mix nesting and dotted keys).
  const inside = pairs
    .filter((p) => key.startsWith(`${nameOf(p)}.`) && (isMap(p.value) || isSeq(p.value)))
    .sort((a, b) => (nameOf(b) ?? '').length - (nameOf(a) ?? '').length)[0];
  if (inside) {
    const name = nameOf(inside)!;
    setKey(doc, inside.value as YAMLMap | YAMLSeq, key.slice(name.length + 1), value, keyOrder, `${prefix}${name}.`);
    return;
  }
  const child = rest ? emptyFor(rest) : make();
  parent.items.splice(insertionIndex(parent, `${prefix}${head}`, keyOrder), 0, doc.createPair(head, child) as Pair<unknown, unknown>);
  if (rest) setKey(doc, child as YAMLMap | YAMLSeq, rest, value, keyOrder, `${prefix}${head}.`);
}

/** Before the first existing sibling whose first English key comes after `path`'s first English key. */
function insertionIndex(map: YAMLMap, path: string, keyOrder: readonly string[]): number {
  const first = (p: string): number => {
    const i = keyOrder.findIndex((k) => k === p || k.startsWith(`${p}.`));
    return i < 0 ? keyOrder.length : i;
  };
  const mine = first(path);
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : '';
  const index = map.items.findIndex((p) => isScalar(p.key) && first(`${parent}${String(p.key.value)}`) > mine);
  return index < 0 ? map.items.length : index;
}
