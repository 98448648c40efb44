/**
 * A ChartSpec as a chart.js configuration in the current theme and language: colours and
 * fonts from the tokens, ticks and tooltips through the dashboard's Intl formats, long
 * category names wrapped, values written at the bars' ends, no animation for people who ask
 * for reduced motion.
 */
import type { ChartConfiguration } from './chart-kit.ts';
import type { ChartSpec } from './chart-spec.ts';
import type { ChartTheme } from './chart-theme.ts';
import type { DashboardFormats } from '../i18n/dashboard-formats.ts';
import { valueLabels } from './value-labels.ts';
import { wrapLabel } from './wrap-label.ts';

export interface ChartConfigContext {
  theme: ChartTheme;
  format: DashboardFormats;
  /** Characters per line of a category label (from the chart's width). */
  labelWidth: number;
  reducedMotion: boolean;
}

export function formatValue(spec: ChartSpec, format: DashboardFormats, value: number): string {
  if (spec.unit === 'percent') return format.percent(value);
  if (spec.unit === 'minutes') return format.minutes(value);
  return format.count(value);
}

/** Ticks on whole minutes (5, 10, 15, 30, 60…), not at 16.7 min: seconds per step for about six steps. */
export function minuteStep(spec: ChartSpec): number {
  const largest = Math.max(0, ...spec.series.flatMap((series) => series.values.map((value) => value ?? 0)));
  const steps = [1, 2, 5, 10, 15, 20, 30, 60, 120, 240].map((minutes) => minutes * 60);
  return steps.find((step) => largest / step <= 6) ?? steps[steps.length - 1]!;
}

export function chartConfig(spec: ChartSpec, { theme, format, labelWidth, reducedMotion }: ChartConfigContext): ChartConfiguration<'bar', (number | null)[], string[]> {
  const horizontal = spec.horizontal ?? true;
  const stacked = spec.stacked ?? false;
  const font = { family: theme.fontFamily, size: theme.fontSize };
  const show = (value: number) => formatValue(spec, format, value);
  const lowest = Math.min(0, ...spec.series.flatMap((series) => series.values.map((value) => value ?? 0)));
  const valueAxis = {
    beginAtZero: true,
    stacked,
    ...(spec.max !== undefined ? { max: spec.max } : {}),
    // A negative discrimination index: room for it, not a scale from −100 % that squeezes the rest.
    ...(spec.max !== undefined && lowest < 0 ? { min: Math.floor(lowest / 10) * 10 } : {}),
    ticks: { color: theme.muted, font, precision: spec.unit === 'count' ? 0 : undefined, stepSize: spec.unit === 'minutes' ? minuteStep(spec) : undefined, callback: (value: string | number) => show(Number(value)) },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
  const categoryAxis = { stacked, ticks: { color: theme.text, font, autoSkip: false }, grid: { display: false }, border: { color: theme.muted } };
  return {
    type: 'bar',
    data: {
      labels: spec.labels.map((label) => wrapLabel(label, labelWidth)),
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: theme.tones[series.tone],
        borderColor: theme.background,
        borderWidth: stacked ? 1 : 0,
        maxBarThickness: 48,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 250 },
      locale: format.language,
      layout: { padding: stacked ? 4 : horizontal ? { right: theme.fontSize * 5 } : { top: theme.fontSize * 1.5 } },
      plugins: {
        legend: { display: spec.series.length > 1, position: 'top', align: 'start', labels: { color: theme.text, font, boxWidth: theme.fontSize, boxHeight: theme.fontSize } },
        tooltip: { titleFont: font, bodyFont: font, callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${show(Number(item.raw))}` } },
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
    plugins: stacked ? [] : [valueLabels({ format: show, color: theme.text, font: `${theme.fontSize}px ${theme.fontFamily}` })],
  };
}
