import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('turns every formula start into text, and leaves numbers numbers', () => {
    expect(safeCell('=HYPERLINK("http://evil","x")')).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(safeCell('+1+1')).toBe("'+1+1");
    expect(safeCell('-2+3')).toBe("'-2+3");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('\tcmd')).toBe("'\tcmd");
    expect(safeCell('\rcmd')).toBe("'\rcmd");
    expect(safeCell(-3)).toBe('-3');
    expect(safeCell('Ayşe Yılmaz')).toBe('Ayşe Yılmaz');
    expect(safeCell(null)).toBe('');
    expect(safeCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks so a parser reads back the same cells', () => {
    const csv = toCsv(['name', 'note'], [['Łukasz "Luke", Jr.', 'line one\nline two'], ['=1+1', 42]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { relax_column_count: false });
    expect(rows).toEqual([
      ['name', 'note'],
      ['Łukasz "Luke", Jr.', 'line one\nline two'],
      ["'=1+1", '42'],
    ]);
  });
});
