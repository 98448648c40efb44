/**
 * The default WORKMENTOR colours meet WCAG 2.1 AA pair by pair, in light and dark mode: every
 * pair the course puts on screen (contrast-pairs.ts), the derived tints of the brand colour
 * included. The contrast formula itself is checked against values WCAG's own examples give.
 */
import { describe, expect, it } from 'vitest';
import { contrast, mix } from './contrast.ts';
import { CONTRAST_PAIRS, measurePairs, resolveColours } from './contrast-pairs.ts';
import { PALETTE } from './palette.ts';

describe('contrast', () => {
  it('measures as WCAG 2.1 does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#fff', '#000')).toBe(contrast('#000', '#fff'));
  });

  it('mixes as color-mix(in srgb) does', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#0e6371', '#ffffff', 1)).toBe('#0e6371');
  });
});

describe('the default palette', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`meets AA in ${mode} mode for all ${CONTRAST_PAIRS.length} pairs`, () => {
      const failing = measurePairs(resolveColours(PALETTE[mode], mode))
        .filter((r) => !r.ok)
        .map((r) => `${r.fg} on ${r.bg} (${r.use}): ${r.ratio.toFixed(2)} < ${r.min}`);
      expect(failing).toEqual([]);
    });
  }

  it('fails a pair that does not meet AA (the check can fail)', () => {
    const washedOut = { ...PALETTE.light, textMuted: '#9aa3ad' };
    const failing = measurePairs(resolveColours(washedOut, 'light')).filter((r) => !r.ok);
    expect(failing.map((r) => `${r.fg}/${r.bg}`)).toContain('textMuted/bg');
  });
});
