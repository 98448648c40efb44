import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../course/schema/course-data.ts';
import { loadCourse } from '../load/load-course.ts';
import { cueRows, formatCueReport, formatFinalReport } from './cue-report.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');

describe('cue report', () => {
  it('prints one row per module and language with the figures the checks judge', async () => {
    const loaded = await loadCourse(FIXTURE);
    if (!loaded.ok) throw new Error('fixture does not load');
    const datas = (['en', 'nl', 'nb'] as const).map((l) => loaded.course.data[l]!) as CourseData[];
    const rows = datas.flatMap(cueRows);
    expect(rows[0]).toMatchObject({ module: 'first-weeks', locale: 'en', points: 6, threeWay: 5, bestLongest: 1, withoutConsequence: 0, poorRejoining: 0, catchAll: 0, singleChoice: 2, correctCounts: [3], trueFalse: 2, quizItems: 8, guesserScore: 3 });
    const table = formatCueReport(rows).split('\n');
    expect(table[0]).toMatch(/^module\s+lang\s+points\s+3\+ choices\s+best 1st\s+best longest\s+best\/other len\s+no consequence\s+poor rejoins\s+catch-all\s+sort len ratio\s+correct longest\s+MR #correct\s+TF abs\. rule\s+guesser$/);
    expect(table[2]).toMatch(/^first-weeks\s+en\s+6\s+5\/6\s+6\/6\s+1\/6\s+1\.\d\d\s+0\s+0\s+0\s+1\.\d\d\s+2\/2\s+3\s+1\/2\s+3\/8$/);
    expect(formatFinalReport(datas)).toEqual([
      'final assessment first-weeks/mentor-basics: pool 8 items (per module: no other modules; without a module: 8), draws 6, pass mark 80%, 3 attempts before a wait',
      'guesser (en): scores 3/8 on the pool; passes an attempt with p = 0%; within 3 attempts 0%',
      'guesser (nl): scores 3/8 on the pool; passes an attempt with p = 0%; within 3 attempts 0%',
      'guesser (nb): scores 3/8 on the pool; passes an attempt with p = 0%; within 3 attempts 0%',
    ]);
  });
});
