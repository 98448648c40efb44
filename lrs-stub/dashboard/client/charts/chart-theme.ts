/**
 * The chart's colours and type, read from the design tokens of the element that draws it
 * (components/src/styles/tokens.ts), so charts follow dark mode, a school's brand colour and
 * the large-text setting like every other part of the product. Canvas cannot read CSS custom
 * properties itself: the values are read when the chart is built, and again when the colour
 * scheme or the text size changes (wm-chart.ts).
 */
import { STEP_TONES, type Tone } from './chart-spec.ts';

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

const TONE_TOKENS = { accent: '--wm-accent', muted: '--wm-text-muted', good: '--wm-good', warn: '--wm-warn', bad: '--wm-bad', focus: '--wm-focus' } as const;

/**
 * Each step of the ramp: the accent moved towards the page background (lighter in light mode)
 * or towards the text colour (darker), by a share. Wide apart on purpose: steps from the accent
 * to the text colour alone (22 % apart) were hard to tell apart in a bar (screenshots looked at).
 * The lightest steps are below 3:1 against the page; segments are outlined in the background
 * colour, and every chart has its table view.
 */
const STEPS: readonly { toward: 'background' | 'text'; share: number }[] = [
  { toward: 'background', share: 0.7 },
  { toward: 'background', share: 0.4 },
  { toward: 'text', share: 0 },
  { toward: 'text', share: 0.45 },
  { toward: 'text', share: 0.8 },
];

/**
 * A colour as the browser resolves it (a token may be color-mix(…) or a name), as sRGB 0–255.
 * Canvas would take the string, but mixing needs numbers: a probe element resolves it.
 */
function resolveRgb(color: string, element: Element): [number, number, number] | undefined {
  const probe = element.ownerDocument.createElement('span');
  probe.style.color = color;
  probe.style.display = 'none';
  element.ownerDocument.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(resolved);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(resolved);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  return undefined;
}

/** The ordered ramp around the accent: lighter towards the background, darker towards the text (the other way round in dark mode). */
function stepColours(accent: string, colours: { background: string; text: string }, element: Element): Record<(typeof STEP_TONES)[number], string> {
  const from = resolveRgb(accent, element);
  const towards = { background: resolveRgb(colours.background, element), text: resolveRgb(colours.text, element) };
  return Object.fromEntries(
    STEP_TONES.map((tone, i) => {
      const { toward, share } = STEPS[i]!;
      const to = towards[toward];
      if (!from || !to) return [tone, accent];
      const mixed = from.map((c, k) => Math.round(c + (to[k]! - c) * share));
      return [tone, `rgb(${mixed.join(', ')})`];
    }),
  ) as Record<(typeof STEP_TONES)[number], string>;
}

export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = token('--wm-text', '#1c2024');
  const named = Object.fromEntries(Object.entries(TONE_TOKENS).map(([tone, name]) => [tone, token(name, text)])) as Record<keyof typeof TONE_TOKENS, string>;
  const background = token('--wm-bg', '#ffffff');
  const tones: Record<Tone, string> = { ...named, ...stepColours(named.accent, { background, text }, element) };
  return {
    text,
    muted: token('--wm-text-muted', text),
    grid: token('--wm-border-subtle', '#d6dce2'),
    background,
    tones,
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
    fontSize: Math.round(parseFloat(style.fontSize || '16') * 0.875),
  };
}

/** True when two themes draw differently (so the chart must be rebuilt). */
export function themeChanged(a: ChartTheme | undefined, b: ChartTheme): boolean {
  return !a || JSON.stringify(a) !== JSON.stringify(b);
}
