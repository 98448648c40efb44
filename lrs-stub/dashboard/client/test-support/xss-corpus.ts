/**
 * Text that would run script or mislead if it were ever treated as markup: learners type their
 * own names, LMSs send identifiers and cohorts, coordinators write revocation reasons. Every
 * element test renders these through the places such text appears and checks they arrived as
 * text: shown verbatim, no element or attribute made from them, no link to `javascript:`, and
 * nothing ran (the payloads set `window.__xss` if they ever execute).
 */
import { expect, nextFrame } from '@open-wc/testing';

declare global {
  interface Window {
    __xss?: number;
  }
}

export const XSS = {
  img: '<img src=x onerror="window.__xss=1">',
  svg: '"><svg onload="window.__xss=2">',
  script: '</td><script>window.__xss=3</script>',
  link: 'javascript:window.__xss=4',
  /** A right-to-left override that would show "exe.txt" as "txt.exe". */
  rtl: 'Ana \u202Eexe.txt\u202C Smit',
  template: '${window.__xss=5}{{constructor}}',
  formula: '=HYPERLINK("https://evil.example","click")',
} as const;

export const XSS_VALUES: readonly string[] = Object.values(XSS);

/** All text under `root`, through every shadow root, in document order. */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text;
}

/** Every element under `root`, through shadow roots. */
export function deepElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** Fails unless each of `values` shows as text under `root` and none became markup, a handler, a script link or ran. */
export async function expectRenderedAsText(root: Element, values: readonly string[] = XSS_VALUES): Promise<void> {
  await nextFrame();
  await nextFrame();
  const text = deepText(root);
  for (const value of values) expect(text, `shown as text: ${value}`).to.include(value);
  for (const element of deepElements(root)) {
    expect(['img', 'script', 'iframe', 'object', 'embed'], `no <${element.localName}> made from learner text`).not.to.include(element.localName);
    for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), `no ${attribute}= handler on <${element.localName}>`).to.equal(false);
    const href = element.getAttribute('href');
    if (href !== null) expect(href.trim().toLowerCase().startsWith('javascript:'), `no javascript: link (${href})`).to.equal(false);
  }
  expect(window.__xss, 'no payload ran').to.equal(undefined);
}
