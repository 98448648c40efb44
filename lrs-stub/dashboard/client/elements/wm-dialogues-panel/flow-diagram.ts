/**
 * The flow diagram of one dialogue as inline SVG, from flow-layout.ts: boxes coloured by the
 * choice's quality (and named, so colour is never the only cue), bands as wide as the runs.
 * The SVG is one image to assistive technology, named and described; the numbers it draws are
 * in the transitions table beside it. Its size is in rem, so large text makes it larger too;
 * wider than the screen, it scrolls inside its own labelled box.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { FlowLayout, FlowVertex } from './flow-layout.ts';

export interface FlowDiagramOptions {
  id: string;
  layout: FlowLayout;
  /** The label of a box (a choice's text, an ending's outcome). */
  label: (vertex: FlowVertex) => string;
  /** Runs as the reader's language writes numbers. */
  count: (runs: number) => string;
  title: string;
  description: string;
  scrollLabel: string;
}

const PAD = 8;
const LABEL_CHARS = 26;
const toRem = (px: number) => `${(px / 16).toFixed(3)}rem`;

const qualityClass = (vertex: FlowVertex): string => {
  if (vertex.kind === 'decision' || vertex.kind === 'step') return 'box decision';
  if (vertex.kind === 'ending') return 'box ending';
  return `box choice ${['good', 'acceptable', 'poor'].includes(vertex.quality ?? '') ? vertex.quality : 'unrated'}`;
};

const clip = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text);

function box(vertex: FlowVertex, label: string, count: string): SVGTemplateResult {
  const y = vertex.y + vertex.height / 2;
  return svg`<g class="vertex">
    <rect class=${qualityClass(vertex)} x=${vertex.x} y=${vertex.y} width="14" height=${vertex.height} rx="2"></rect>
    <text class="label" x=${vertex.x + 20} y=${y - 2}>${clip(label)}</text>
    <text class="runs" x=${vertex.x + 20} y=${y + 12}>${count}</text>
  </g>`;
}

export function flowDiagram({ id, layout, label, count, title, description, scrollLabel }: FlowDiagramOptions): TemplateResult {
  const width = layout.width + PAD * 2;
  const height = layout.height + PAD * 2 + 14;
  return html`<div class="flow-scroll" role="region" aria-label=${scrollLabel} tabindex="0">
    <svg
      class="flow"
      viewBox="${-PAD} ${-PAD} ${width} ${height}"
      width=${toRem(width)}
      height=${toRem(height)}
      role="img"
      aria-labelledby="${id}-title ${id}-desc"
    >
      <title id="${id}-title">${title}</title>
      <desc id="${id}-desc">${description}</desc>
      <g class="bands">${layout.bands.map((band) => svg`<path d=${band.path} stroke-width=${band.width}></path>`)}</g>
      ${layout.vertices.map((vertex) => box(vertex, label(vertex), count(vertex.runs)))}
    </svg>
  </div>
  <p class="scroll-hint">${scrollLabel}</p>`;
}
