/**
 * How long a text looks to a learner, the one measure every length check uses: characters
 * (Unicode code points, so "æ" and "é" count once), after trimming and collapsing runs of white
 * space, since a line break in a YAML block is not something a learner sees.
 */
export function textLength(text: string): number {
  return [...text.normalize('NFC').trim().replace(/\s+/gu, ' ')].length;
}

/** The arithmetic mean, 0 for none. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
