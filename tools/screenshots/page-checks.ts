/**
 * Checks run on each screen as the browser shows it, beside the screenshot: axe-core over the
 * whole page (shadow DOM included) with the same rules as the element tests (WCAG 2.1 A/AA and
 * best practices, components/src/test-support/axe.ts), and whether the page scrolls sideways
 * (reflow: nothing may need horizontal scrolling at 360 px). Dark mode is where contrast
 * problems hide, so the audit runs per theme.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { AUDITED_TAGS, SHADOW_SKIP_LINK_RULES } from '../../components/src/test-support/axe-rules.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

export interface AxeFinding {
  rule: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page. The one exception is axe.ts's, for the same reason: a same-page link in
 * a shadow root whose target is in that root, for the two rules that look targets up in the
 * document only. It is written out here because it runs inside the page, where the test-support
 * module is not loaded.
 */
export async function auditPage(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(`(${IN_PAGE_AUDIT})(${JSON.stringify(AUDITED_TAGS)}, ${JSON.stringify(SHADOW_SKIP_LINK_RULES)})`) as Promise<AxeFinding[]>;
}

/**
 * The audit as it runs in the page. Plain JavaScript in a string: a function passed to
 * `page.evaluate` from tsx carries esbuild's `__name` helper, which the page does not have.
 */
const IN_PAGE_AUDIT = `async (tags, skipLinkRules) => {
  const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], elementRef: true });
  const shadowSkipLink = (el) => {
    if (!(el instanceof HTMLAnchorElement)) return false;
    const root = el.getRootNode();
    const id = decodeURIComponent(el.hash.slice(1));
    return root instanceof ShadowRoot && !!id && el.pathname === location.pathname && root.getElementById(id) !== null;
  };
  return result.violations
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.filter((n) => !(skipLinkRules.includes(v.id) && shadowSkipLink(n.element))).map((n) => JSON.stringify(n.target)) }))
    .filter((v) => v.targets.length > 0);
}`

/** How far the page is wider than the viewport (0: no sideways scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}
