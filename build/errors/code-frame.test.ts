import { describe, expect, it } from 'vitest';
import { codeFrame } from './code-frame.ts';

const yaml = ['nodes:', '  - id: greet', '    choices:', '      - id: ask-why', '        next: explain', '  - id: end'].join('\n');

describe('codeFrame', () => {
  it('shows two lines above, marks the line and underlines the offending text', () => {
    expect(codeFrame(yaml, { line: 5, column: 15, length: 7 })).toBe(
      ['   3 |     choices:', '   4 |       - id: ask-why', ' > 5 |         next: explain', '     |               ^^^^^^^'].join('\n'),
    );
  });

  it('pads line numbers to the widest one shown', () => {
    const text = Array.from({ length: 12 }, (_, i) => `line${i + 1}: x`).join('\n');
    expect(codeFrame(text, { line: 10, column: 1 })).toBe(
      ['    8 | line8: x', '    9 | line9: x', ' > 10 | line10: x', '      | ^'].join('\n'),
    );
  });

  it('cuts the underline at the end of the line and never underlines nothing', () => {
    expect(codeFrame('a: b', { line: 1, column: 4, length: 50 }).split('\n')[1]).toBe('     |    ^');
    expect(codeFrame('', { line: 1, column: 1, length: 0 })).toBe(' > 1 |\n     | ^');
  });

  it('returns nothing for a line outside the text', () => {
    expect(codeFrame('a: b', { line: 3, column: 1 })).toBe('');
  });
});
