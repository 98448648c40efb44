/**
 * What a panel asks <wm-chart> to draw, in the dashboard's terms rather than chart.js's:
 * categories, series with a tone from the design tokens, and a unit that says how a value
 * reads. Panels build specs from API data; wm-chart turns them into a chart.js configuration
 * with the current theme and language (chart-config.ts).
 */
/**
 * `step-1` … `step-5` are an ordered ramp around the accent (a light tint to a dark shade) for
 * levels that have an order, like a rubric's from weakest to strongest: neighbours differ,
 * and stronger reads darker, without saying good or bad.
 */
export type Tone = 'accent' | 'muted' | 'good' | 'warn' | 'bad' | 'focus' | StepTone;
export const STEP_TONES = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5'] as const;
export type StepTone = (typeof STEP_TONES)[number];

/** The step for position `index` of `count` ordered levels, spread over the whole ramp. */
export function stepTone(index: number, count: number): StepTone {
  const last = STEP_TONES.length - 1;
  return STEP_TONES[count <= 1 ? 0 : Math.round((index * last) / (count - 1))]!;
}

export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  tone: Tone;
}

export interface ChartSpec {
  /** One per bar (or group of bars): module names, quiz names, score ranges. */
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** `percent` values are 0 to 100; `minutes` values are seconds. */
  unit: 'count' | 'percent' | 'minutes';
  /** Bars run sideways, labels on the left: the default, long names stay readable on a phone. */
  horizontal?: boolean;
  /** Series stack into one bar per category (parts of a whole). */
  stacked?: boolean;
  /** Fixed end of the value axis (100 for percentages). */
  max?: number;
}
