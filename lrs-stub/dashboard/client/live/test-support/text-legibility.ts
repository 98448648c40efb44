/**
 * Measures what the room reads: every piece of visible text under an element (through shadow
 * roots), with its computed font size and the contrast of its colour against the background it
 * sits on (the nearest box, up the flat tree, that paints one), by WCAG 2.1's formula from the
 * course's own contrast module. Visually hidden text (for screen readers) is left out.
 */
import { contrast, toHex } from '../../../../../components/src/styles/contrast.ts';

export interface TextSample {
  /** `tag.class “first words”`, for a failure message. */
  where: string;
  fontSize: number;
  ratio: number;
}

function parseColour(value: string): { hex: string; alpha: number } | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
  return { hex: toHex({ r: Number(match[1]), g: Number(match[2]), b: Number(match[3]) }), alpha };
}

/** The element's parent in the flat tree: across a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function backgroundOf(element: Element): string {
  for (let at: Element | null = element; at; at = parentOf(at)) {
    const paint = parseColour(getComputedStyle(at).backgroundColor);
    if (paint && paint.alpha >= 0.99) return paint.hex;
  }
  return '#ffffff'; // the canvas
}

function visuallyHidden(element: Element): boolean {
  for (let at: Element | null = element; at; at = parentOf(at)) {
    const style = getComputedStyle(at);
    if (style.clipPath === 'inset(50%)' || style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}

/** Every element under `root` that shows text of its own. */
export function textSamples(root: Element): TextSample[] {
  const samples: TextSample[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      const own = [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '');
      if (!own || visuallyHidden(element) || element.getBoundingClientRect().width === 0) continue;
      const style = getComputedStyle(element);
      const colour = parseColour(style.color);
      if (!colour) continue;
      samples.push({
        where: `${element.localName}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} “${(element.textContent ?? '').trim().slice(0, 24)}”`,
        fontSize: parseFloat(style.fontSize),
        ratio: contrast(colour.hex, backgroundOf(element)),
      });
    }
  };
  visit(root.shadowRoot ?? root);
  return samples;
}
