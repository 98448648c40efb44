/**
 * A chart with its numbers: the chart (or another drawing), a button that opens the same numbers as a real table
 * (caption, header cells with scope) below it, and the panel's CSV download with the current
 * filters. The button is a disclosure (`aria-expanded`, `aria-controls`); focus stays on it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { translate } from '../i18n/dashboard-i18n.ts';
import { tableBox } from './table-box.ts';
import { heading, type SubLevel } from './heading.ts';
import '../elements/wm-chart/wm-chart.ts';

export interface ChartFigureOptions {
  /** Unique in the shadow root. */
  id: string;
  title: string;
  /** The chart to draw, or `visual`. */
  spec?: ChartSpec;
  /** Another drawing in the chart's place (the dialogue flow's SVG). */
  visual?: TemplateResult;
  /** The table's header row and body rows (the caption is the title). */
  head: TemplateResult;
  body: TemplateResult | TemplateResult[];
  csvHref: string;
  open: boolean;
  onToggle: () => void;
  /** The title's heading level: one below the section the figure is in (3 by default). */
  level?: SubLevel;
}

export function chartFigure(options: ChartFigureOptions): TemplateResult {
  const { id, title, open } = options;
  return html`<figure class="chart-figure" aria-labelledby="${id}-title">
    ${heading(options.level ?? 3, title, `${id}-title`)}
    ${options.visual ?? html`<wm-chart .spec=${options.spec} label=${translate('data.chartLabel', { title })}></wm-chart>`}
    <div class="figure-actions">
      <button type="button" class="secondary table-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-data" @click=${options.onToggle}>
        ${translate(open ? 'data.hide' : 'data.show')}
      </button>
      ${csvLink(options.csvHref, title)}
    </div>
    <div id="${id}-data" class="figure-data" ?hidden=${!open}>${open ? tableBox({ id: `${id}-table`, caption: title, head: options.head, body: options.body }) : nothing}</div>
  </figure>`;
}

/** The CSV download of a panel; its name says which (visible text first, WCAG 2.5.3). */
export function csvLink(href: string, what: string): TemplateResult {
  return html`<a class="button quiet csv" href=${href} download>${translate('data.csv')}<span class="visually-hidden">: ${what}</span></a>`;
}
