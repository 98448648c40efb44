/**
 * Accessibility audit for element tests: runs axe-core on an element (shadow DOM included) with
 * the WCAG 2.0/2.1 level A and AA rules and axe's best-practice rules (what Lighthouse's
 * accessibility score also counts), and fails with one readable line per problem. Every element
 * test calls it for every state the element can be in. Page-level rules (one main landmark,
 * content in landmarks) do not run on a single element; `npm run screenshots` runs them on
 * every screen of the built course.
 *
 * One known false positive is let through, and only where it is false (`isShadowSkipLink`):
 * axe resolves a skip link's `#target` with `document.getElementById`, which does not see into
 * shadow roots. The shell's skip link and its target (`<main id="main">`) are both in
 * `<wm-course>`'s shadow root, so `skip-link` reports "the target does not exist" although it
 * does, and `region` stops treating the link as a skip link (those are exempt from "content
 * outside landmarks"). The link works: its click handler moves focus to the activity heading
 * inside the target, which the browser's own fragment navigation cannot do across a shadow
 * boundary (wm-course.test.ts and the keyboard end-to-end tests use it). Only these two rules,
 * only a same-page link in a shadow root, and only when its target exists in that same root:
 * a skip link whose target is missing still fails (axe.test.ts).
 */
import 'axe-core/axe.min.js';
import { AUDITED_TAGS, SHADOW_SKIP_LINK_RULES } from './axe-rules.ts';

interface AxeNode {
  target: unknown;
  failureSummary?: string;
  element?: Element;
}
interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: AxeNode[] }>;
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

export { AUDITED_TAGS, WCAG_21_AA } from './axe-rules.ts';

/** Throws when axe finds any WCAG 2.1 A/AA or best-practice violation inside `element`. */
export async function expectAccessible(element: Element, state = 'default'): Promise<void> {
  const result = await window.axe.run(element, { runOnly: { type: 'tag', values: AUDITED_TAGS }, resultTypes: ['violations'], elementRef: true });
  const violations = result.violations
    .map((v) => (SHADOW_SKIP_LINK_RULES.includes(v.id) ? { ...v, nodes: v.nodes.filter((n) => !isShadowSkipLink(n.element)) } : v))
    .filter((v) => v.nodes.length > 0);
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) =>
    v.nodes.map((n) => `  ${v.id}: ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`),
  );
  throw new Error(`${element.localName} (${state}) has ${lines.length} accessibility violation(s):\n${lines.join('\n')}`);
}

/**
 * True for a same-page link inside a shadow root whose target exists in that same shadow root:
 * the case axe cannot resolve (it searches the document only). Anything else stays a violation.
 */
function isShadowSkipLink(element: Element | undefined): boolean {
  if (!(element instanceof HTMLAnchorElement)) return false;
  const root = element.getRootNode();
  const id = decodeURIComponent(element.hash.slice(1));
  if (!(root instanceof ShadowRoot) || !id || element.pathname !== location.pathname) return false;
  return root.getElementById(id) !== null;
}
