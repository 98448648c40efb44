/**
 * One bar chart, drawn by chart.js on a canvas from a ChartSpec. The canvas is an image to
 * assistive technology (`role="img"` named by `label`); the numbers themselves are always in a
 * real table beside it (ui/chart-figure.ts), so a chart is never their only carrier.
 *
 * The chart is rebuilt when its spec or the language changes, when the colour scheme flips
 * (the canvas cannot follow CSS by itself) and when the text size changes (large text for a
 * projector), read from the same design tokens as the rest of the page.
 */
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { tokens } from '../../../../../components/src/styles/tokens.ts';
import { Chart } from '../../charts/chart-kit.ts';
import { chartConfig } from '../../charts/chart-config.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { readChartTheme, themeChanged, type ChartTheme } from '../../charts/chart-theme.ts';
import { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';

/**
 * @summary A bar chart on a canvas, themed by the design tokens.
 * @csspart canvas - The canvas chart.js draws on.
 */
@customElement('wm-chart')
export class WmChart extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        min-inline-size: 0;
      }
      /* chart.js sizes the canvas in px from this box; the box must never take its width from the canvas. */
      .frame {
        position: relative;
        inline-size: 100%;
        min-inline-size: 0;
        overflow: hidden;
        block-size: var(--wm-chart-height, 18rem);
      }
      canvas {
        display: block;
        max-inline-size: 100%;
      }
    `,
  ];

  /** What to draw. */
  @property({ attribute: false }) spec: ChartSpec | undefined;

  /** The chart's accessible name (the canvas is an image to screen readers). */
  @property() label = '';

  @query('canvas') private canvas!: HTMLCanvasElement;

  private chart: Chart<'bar', (number | null)[], string[]> | undefined;
  private theme: ChartTheme | undefined;
  private builtFor: { spec: ChartSpec; language: string; labelWidth: number } | undefined;
  private readonly i18n = new DashboardLocalizeController(this);
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private readonly motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
  private readonly onSchemeChange = (): void => this.refresh();
  // Refreshed in the next frame, not in the observer's callback: a refresh sets the chart's height,
  // and a size change inside the callback is the "ResizeObserver loop" error.
  private frame = 0;
  private readonly resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.refresh());
  });
  // Large text changes the root font size (a class on <html>) without resizing the chart's box.
  private readonly rootObserver = new MutationObserver(() => this.refresh());

  /** The chart.js instance on show (tests read what it was given). */
  get instance(): Chart<'bar', (number | null)[], string[]> | undefined {
    return this.chart;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    this.resizeObserver.observe(this);
    this.rootObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
  }

  override disconnectedCallback(): void {
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.frame);
    this.rootObserver.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
    this.builtFor = undefined;
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.refresh();
  }

  /** Characters per line of a category label: about a third of the chart's width. */
  private labelWidth(theme: ChartTheme): number {
    const width = this.clientWidth || 640;
    return Math.max(12, Math.min(32, Math.floor(width / 3 / (theme.fontSize * 0.55))));
  }

  /** Rebuilds the chart if anything it depends on changed. */
  private refresh(): void {
    const spec = this.spec;
    if (!spec || !this.canvas) return;
    const theme = readChartTheme(this);
    const labelWidth = this.labelWidth(theme);
    const language = this.i18n.language;
    const same = this.chart && this.builtFor?.spec === spec && this.builtFor.language === language && this.builtFor.labelWidth === labelWidth && !themeChanged(this.theme, theme);
    if (same) return;
    this.theme = theme;
    this.builtFor = { spec, language, labelWidth };
    this.style.setProperty('--wm-chart-height', `${this.height(spec, theme, labelWidth)}px`);
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, chartConfig(spec, { theme, format: this.i18n.format, labelWidth, reducedMotion: this.motionQuery.matches }));
  }

  /** Horizontal bars need a height that grows with their number and with wrapped labels. */
  private height(spec: ChartSpec, theme: ChartTheme, labelWidth: number): number {
    const line = theme.fontSize * 1.35;
    const chrome = theme.fontSize * (spec.series.length > 1 ? 6 : 4);
    if (!(spec.horizontal ?? true)) return Math.round(theme.fontSize * 18);
    const bars = spec.stacked ? 1 : spec.series.length;
    const rows = spec.labels.map((label) => Math.max(Math.ceil(label.length / labelWidth), bars * 0.9) * line + theme.fontSize * 0.9);
    return Math.round(rows.reduce((sum, row) => sum + row, 0) + chrome);
  }

  override render(): TemplateResult {
    return html`<div class="frame"><canvas part="canvas" role="img" aria-label=${this.label}></canvas></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-chart': WmChart;
  }
}
