import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../load/load-course.ts';
import type { BuildContext } from '../context.ts';
import { reportReadingLevel } from './report-reading-level.ts';

describe('report reading level', () => {
  it('logs one line per module with the LIX of its pages in every language', async () => {
    const loaded = await loadCourse(path.resolve(import.meta.dirname, '../../tests/fixtures/course'));
    if (!loaded.ok) throw new Error('fixture does not load');
    const lines: string[] = [];
    const ctx = { course: loaded.course, log: (m: string) => lines.push(m) } as unknown as BuildContext;
    await reportReadingLevel().run(ctx);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^reading level \(LIX\) first-weeks: en \d+(\.\d)?, nl \d+(\.\d)?, nb \d+(\.\d)?$/);
  });
});
