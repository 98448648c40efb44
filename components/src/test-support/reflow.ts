/**
 * Reflow checks for element tests (WCAG 1.4.10 Reflow and 1.4.4 Resize text): nothing may make
 * the page scroll sideways on a 320 px wide screen, nor on a 360 px phone with text at 200 %
 * (the root font size doubled, as a browser's text-size setting does; every size in the
 * course is in rem, so everything grows with it). On failure it names the boxes that stick out,
 * searched through shadow roots, so the fix is one look away.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

export interface ReflowCase {
  name: string;
  width: number;
  /** The root font size (`''` for the browser's default). */
  fontSize: string;
}

export const REFLOW_CASES: readonly ReflowCase[] = [
  { name: '320 px', width: 320, fontSize: '' },
  { name: '360 px with 200 % text', width: 360, fontSize: '200%' },
];

/** Sets the screen and text size of `c` (call `resetReflow` after the test). */
export async function useReflowCase(c: ReflowCase): Promise<void> {
  await setViewport({ width: c.width, height: 740 });
  document.documentElement.style.fontSize = c.fontSize;
}

export async function resetReflow(): Promise<void> {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
}

/**
 * Fails when the page scrolls sideways or `element` is wider than its box, listing the widest
 * boxes that reach past the right edge of the screen.
 */
export async function expectNoSidewaysScroll(element: HTMLElement, state: string): Promise<void> {
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  // Layout settles in the next frame after a render (text-wrap: balance, container sizes).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const page = document.documentElement;
  const width = page.clientWidth;
  const edge = Math.min(width, element.getBoundingClientRect().left + element.clientWidth);
  const sticking = page.scrollWidth > width || element.scrollWidth > element.clientWidth ? offenders(element, edge) : [];
  expect(page.scrollWidth, `${state}: page ${page.scrollWidth} px wide on a ${width} px screen; sticking out: ${sticking.join('; ')}`).to.be.at.most(width);
  expect(element.scrollWidth, `${state}: ${element.localName} ${element.scrollWidth} px wide in its ${element.clientWidth} px box; sticking out: ${sticking.join('; ')}`).to.be.at.most(element.clientWidth);
}

/** The deepest boxes whose right edge passes `limit` (the screen's or the element's), as `tag.class (right px)`. */
function offenders(root: Element, limit: number): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot): boolean => {
    let childSticks = false;
    for (const child of node.children) {
      const inner = visit(child);
      if (child.shadowRoot && visit(child.shadowRoot)) childSticks = true;
      const right = child.getBoundingClientRect().right;
      if (right > limit + 0.5 && !inner) found.push(`${child.localName}${child.classList.length ? `.${[...child.classList].join('.')}` : ''} (${Math.round(right)} px)`);
      childSticks ||= inner || right > limit + 0.5;
    }
    return childSticks;
  };
  visit(root.shadowRoot ?? root);
  return found.slice(0, 6);
}
