/**
 * Accessibility audit for element tests: runs axe-core on an element (shadow DOM included) with
 * exactly the WCAG 2.0/2.1 level A and AA rules, and fails with one readable line per problem.
 * Every element test calls it for every state the element can be in.
 */
import 'axe-core/axe.min.js';

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Throws when axe finds any WCAG 2.1 A/AA violation inside `element`. */
export async function expectAccessible(element: Element, state = 'default'): Promise<void> {
  const result = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] });
  if (result.violations.length === 0) return;
  const lines = result.violations.flatMap((v) =>
    v.nodes.map((n) => `  ${v.id}: ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`),
  );
  throw new Error(`${element.localName} (${state}) has ${lines.length} accessibility violation(s):\n${lines.join('\n')}`);
}
