/**
 * The chart's colours and type, read from the design tokens of the element that draws it
 * (components/src/styles/tokens.ts), so charts follow dark mode, a school's brand colour and
 * the large-text setting like every other part of the product. Canvas cannot read CSS custom
 * properties itself: the values are read when the chart is built, and again when the colour
 * scheme or the text size changes (wm-chart.ts).
 */
import type { Tone } from './chart-spec.ts';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  tones: Record<Tone, string>;
  fontFamily: string;
  /** px: the chart's text, a little smaller than body text (it scales with the root font size). */
  fontSize: number;
}

const TONE_TOKENS: Record<Tone, string> = { accent: '--wm-accent', muted: '--wm-text-muted', good: '--wm-good', warn: '--wm-warn', bad: '--wm-bad', focus: '--wm-focus' };

export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = token('--wm-text', '#1c2024');
  const tones = Object.fromEntries(Object.entries(TONE_TOKENS).map(([tone, name]) => [tone, token(name, text)])) as Record<Tone, string>;
  return {
    text,
    muted: token('--wm-text-muted', text),
    grid: token('--wm-border-subtle', '#d6dce2'),
    background: token('--wm-bg', '#ffffff'),
    tones,
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
    fontSize: Math.round(parseFloat(style.fontSize || '16') * 0.875),
  };
}

/** True when two themes draw differently (so the chart must be rebuilt). */
export function themeChanged(a: ChartTheme | undefined, b: ChartTheme): boolean {
  return !a || JSON.stringify(a) !== JSON.stringify(b);
}
