/**
 * XML as typed data: manifests are trees of `el()` calls built from the course, never string
 * templates, so escaping, attribute quoting and element order cannot drift between targets.
 * `renderXml` serialises a tree with xmlbuilder2 (UTF-8, two-space indent, stable output).
 */
import { create } from 'xmlbuilder2';

/** Attribute values; `undefined` leaves the attribute out, so optional ones read inline. */
export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

export interface XmlElement {
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: readonly XmlNode[];
}

/** An element, or text content. */
export type XmlNode = XmlElement | string;

/** A child list may hold nested lists and `undefined`/`false` for optional parts. */
type Child = XmlNode | readonly Child[] | undefined | false;

export function el(name: string, attributes: XmlAttributes = {}, ...children: Child[]): XmlElement {
  return { name, attributes, children: flatten(children) };
}

function flatten(children: readonly Child[]): XmlNode[] {
  return children.flatMap((c): XmlNode[] => (c === undefined || c === false ? [] : Array.isArray(c) ? flatten(c) : [c as XmlNode]));
}

export function renderXml(root: XmlElement): Buffer {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  append(doc, root);
  return Buffer.from(`${doc.end({ prettyPrint: true, indent: '  ' })}\n`, 'utf8');
}

type Builder = ReturnType<typeof create>;

function append(parent: Builder, node: XmlElement): void {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes)) if (value !== undefined) attributes[name] = String(value);
  const element = parent.ele(node.name, attributes);
  for (const child of node.children) {
    if (typeof child === 'string') element.txt(child);
    else append(element, child);
  }
}
