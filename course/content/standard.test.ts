/**
 * The WORKMENTOR content as the build sees it: it loads without an error or a warning, and meets
 * the course standard in its own course.yaml (`standard:`: activities per module, dialogue depth
 * and endings, debriefs, quiz sizes, reading level, cast variety). What the standard asks is
 * data; how each rule is checked is tested in build/steps/check-standard.test.ts.
 */
import { expect, it } from 'vitest';
import { loadCourse } from '../../build/load/load-course.ts';
import { standardProblems } from '../../build/steps/check-standard.ts';

const pin = (p: { name: string; file: string; line: number; what: string }): string => `${p.name} ${p.file}:${p.line}: ${p.what}`;

it('loads without problems and meets its own standard in every language', async () => {
  const result = await loadCourse('course/content');
  if (!result.ok) throw new Error(`course/content does not load: ${result.errors.map(pin).join('; ')}`);
  expect(result.course.warnings.map(pin)).toEqual([]);
  expect((await standardProblems(result.course)).map(pin)).toEqual([]);
}, 60_000);
