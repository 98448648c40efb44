import { describe, expect, it } from 'vitest';
import { modulesBeforeFinal } from './final-opening.ts';
import type { LearnerProgress } from './progress.ts';
import { makeCourse, module, page, quiz } from './test-course.ts';

const course = (opensAfter?: 'modules' | 'start') =>
  makeCourse([module('one', [page('a')]), module('two', [page('b'), page('extra', { optional: true })]), module('final', [page('how'), quiz('exam', { attempts: 0 })])], {
    finalAssessment: { activity: 'final/exam', attempts: 3, ...(opensAfter ? { opensAfter } : {}) },
  });
const read = (...keys: string[]): LearnerProgress => ({ activities: Object.fromEntries(keys.map((k) => [k, { status: 'completed', detail: { type: 'page' } }])) });

describe('when the final assessment opens', () => {
  it('waits for every other module by default, optional activities aside', () => {
    expect(modulesBeforeFinal(course(), read()).map((m) => m.id)).toEqual(['one', 'two']);
    expect(modulesBeforeFinal(course(), read('one/a')).map((m) => m.id)).toEqual(['two']);
    expect(modulesBeforeFinal(course(), read('one/a', 'two/b'))).toEqual([]);
  });

  it('is open from the start with opensAfter: start, and in a course without a final', () => {
    expect(modulesBeforeFinal(course('start'), read())).toEqual([]);
    expect(modulesBeforeFinal(makeCourse([module('one', [page('a')])]), read())).toEqual([]);
  });
});
