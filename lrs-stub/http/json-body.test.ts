/** JSON bodies: the depth limit sees through strings, and the sliced parse gives what JSON.parse gives. */
import { describe, expect, it } from 'vitest';
import { timeSlices } from '../store/time-slices.ts';
import { checkJsonDepth, checkJsonDepthInSlices, MAX_JSON_DEPTH, parseJsonInSlices } from './json-body.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');
/** Elements whose strings hold every character the cutting must not be fooled by. */
const tricky = (i: number) => ({ i, s: `a "quoted", [bracketed] {braced} \\ back\\slash, ümlaut 🙂 ${i}\\`, nested: { list: [i, `${i}]`, { '[': ',' }] } });

describe('checkJsonDepth', () => {
  it('refuses one level more than the limit, naming the byte, and accepts the limit', () => {
    const at = (depth: number) => bytes(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(() => checkJsonDepth(at(MAX_JSON_DEPTH))).not.toThrow();
    expect(() => checkJsonDepth(at(MAX_JSON_DEPTH + 1))).toThrow(`JSON nested deeper than ${MAX_JSON_DEPTH} levels (at byte ${MAX_JSON_DEPTH})`);
  });

  it('ignores brackets in strings, escaped quotes included', () => {
    const text = JSON.stringify({ s: `\\"${'['.repeat(500)}"\\\\` });
    expect(() => checkJsonDepth(bytes(text))).not.toThrow();
  });

  it('refuses the same in slices', async () => {
    await expect(checkJsonDepthInSlices(bytes(`{"a":${'['.repeat(5_000)}`), 'request body', MAX_JSON_DEPTH, timeSlices(0))).rejects.toThrow('nested deeper');
  });
});

describe('parseJsonInSlices', () => {
  it('gives exactly what JSON.parse gives for a big array, taking turns of the event loop', async () => {
    const value = Array.from({ length: 20_000 }, (_, i) => tricky(i));
    const text = ` \n${JSON.stringify(value, null, 1)}\n`;
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    try {
      expect(await parseJsonInSlices(bytes(text), timeSlices(0))).toEqual(JSON.parse(text));
    } finally {
      clearInterval(counting);
    }
    expect(turns).toBeGreaterThan(0);
  });

  it('parses a small body, or a big one that is not an array, in one go', async () => {
    expect(await parseJsonInSlices(bytes('[1, "two"]'))).toEqual([1, 'two']);
    const big = { list: Array.from({ length: 30_000 }, (_, i) => tricky(i)) };
    expect(await parseJsonInSlices(bytes(JSON.stringify(big)))).toEqual(big);
  });

  it('throws a SyntaxError for a broken big array, wherever it breaks', async () => {
    const good = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => tricky(i)));
    await expect(parseJsonInSlices(bytes(`${good.slice(0, -1)}, {"broken": }]`))).rejects.toThrow(SyntaxError);
    await expect(parseJsonInSlices(bytes(good.slice(0, -1)))).rejects.toThrow(SyntaxError);
    await expect(parseJsonInSlices(bytes(`${good} []`))).rejects.toThrow(SyntaxError);
  });
});
