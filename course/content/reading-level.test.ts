/** The course stays in plain language in every language: page prose at LIX 45 or below per module. */
import { expect, it } from 'vitest';
import { contentReport } from '../../build/content/content-report.ts';
import { loadCourse } from '../../build/load/load-course.ts';

it('keeps every module in plain language (LIX <= 45) in en, nl and nb', async () => {
  const result = await loadCourse('course/content');
  if (!result.ok) throw new Error('course/content does not load');
  const rows = Object.values(result.course.data).flatMap((d) => contentReport(d!));
  expect(rows).toHaveLength(27);
  const hard = rows.filter((r) => r.lix > 45).map((r) => `${r.module} (${r.locale}): LIX ${r.lix}`);
  expect(hard).toEqual([]);
}, 60_000);
